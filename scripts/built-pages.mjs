// The pages of a built site: every HTML file of it, read by the search index, the JavaScript budget
// and the tests that check the build.
import { readdirSync } from "node:fs";

/**
 * Every HTML file of the built site in `dist`, as sorted paths relative to it; Pagefind's folder holds
 * none of the site's pages.
 * @param {string} dist
 * @returns {string[]}
 */
export function htmlPages(dist) {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/"))
    .sort();
}
