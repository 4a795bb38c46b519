// The weight of every service and topic page of a built site (HTML, its inline CSS and the JavaScript it
// loads, gzip), so that the budget holds for all of them and not only for the one page Lighthouse
// measures: the site grows by pages of depth, and a heavy one would otherwise go unseen.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { htmlPages } from "../built-pages.mjs";
import { gzipBytes, measurePageScripts } from "../js-budget.mjs";

/**
 * Each page under /services/ (service pages and their topic pages) with its gzip bytes, and the median
 * and the heaviest of them.
 * @param {string} dist a built site
 * @returns {{ count: number, median: number, heaviest: { path: string, bytes: number } }}
 */
export function measureArticles(dist) {
  const pages = htmlPages(dist)
    .filter((file) => file.startsWith("services/"))
    .map((file) => ({
      path: `/${file.replace(/index\.html$/, "")}`,
      bytes: gzipBytes(readFileSync(join(dist, file))) + measurePageScripts(dist, file).total,
    }))
    .sort((a, b) => a.bytes - b.bytes);
  if (pages.length === 0) throw new Error(`${dist} has no service pages: is it a build of this site?`);
  const mid = Math.floor(pages.length / 2);
  const median =
    pages.length % 2 ? pages[mid].bytes : Math.round((pages[mid - 1].bytes + pages[mid].bytes) / 2);
  return { count: pages.length, median, heaviest: pages.at(-1) };
}
