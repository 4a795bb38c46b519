// npm run check-sources: fetches every AWS page that a key number or a dated state cites, and reports
// the values a page no longer shows, the pages that moved or vanished, and the sources only the prose
// rests on. It never edits a page: it lists what a maintainer re-reads before a release. Exits 1 when
// anything needs re-reading, 2 on bad arguments or content it cannot read.
//
//   npm run check-sources                        every service page, against AWS
//   npm run check-sources -- --content DIR       another folder of service pages
//   npm run check-sources -- --origin FROM=TO    fetch FROM's pages from TO (the tests' fixture server)
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseHTML } from "linkedom";
import { importProject } from "./bench/project.mjs";
import { spaceBetweenBlocks } from "./search-text.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const [{ parseMdx }, { buildSourceReport, formatSourceReport }] = await Promise.all([
  importProject(ROOT, "src/lib/mdx/parse.ts", ["parseMdx"]),
  importProject(ROOT, "src/lib/sourceCheck.ts", ["buildSourceReport", "formatSourceReport"]),
]);

/** Pages fetched at once: AWS's documentation site is a shared host. */
const CONCURRENCY = 4;
const TIMEOUT_MS = 30_000;

/**
 * The text a reader sees on an HTML page, with a space between blocks (table cells stay apart).
 * @param {string} html
 */
function visibleText(html) {
  const { document } = parseHTML(spaceBetweenBlocks(html));
  for (const element of document.querySelectorAll("script, style, noscript, template")) element.remove();
  return document.body?.textContent ?? document.documentElement?.textContent ?? "";
}

/**
 * Fetches one page, following redirects, and says what it gave.
 * @param {string} url the cited address
 * @param {(url: string) => string} locate where to fetch it from
 */
async function fetchPage(url, locate) {
  const from = locate(url);
  try {
    const response = await fetch(from, {
      redirect: "follow",
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { "user-agent": "data-services-notes check-sources" },
    });
    if (!response.ok) return { ok: false, url, status: response.status, error: response.statusText };
    // The final address, as the cited page's origin: a redirect on the fixture server reads as AWS's.
    const finalUrl = unlocate(response.url, url, from);
    return { ok: true, url, finalUrl, text: visibleText(await response.text()) };
  } catch (error) {
    return { ok: false, url, error: /** @type {Error} */ (error).message };
  }
}

/**
 * The address `fetched` (where a page was fetched from) stands for, in the cited page's origin.
 * @param {string} fetched
 * @param {string} cited
 * @param {string} from
 */
function unlocate(fetched, cited, from) {
  const citedOrigin = new URL(cited).origin;
  const fromOrigin = new URL(from).origin;
  return fetched.startsWith(fromOrigin) ? citedOrigin + fetched.slice(fromOrigin.length) : fetched;
}

/**
 * Every service page of `folder`, read by the project's one MDX reader.
 * @param {string} folder
 */
function readPages(folder) {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => {
      const file = join(folder, f);
      return { file: relative(ROOT, resolve(file)), data: parseMdx(readFileSync(file, "utf8"), file).data };
    });
}

/**
 * Runs `task` over `items`, at most `limit` at a time, and returns the results in order.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<R>} task
 */
async function mapLimited(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function main() {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: join(ROOT, "src/content/services") },
      origin: { type: "string", multiple: true, default: [] },
    },
  });
  /** @type {[string, string][]} */
  const origins = values.origin.map((pair) => {
    const [from, to] = pair.split("=");
    if (!from || !to) throw new Error(`--origin wants FROM=TO, got "${pair}"`);
    return [from, to];
  });
  const locate = (/** @type {string} */ url) => {
    const pair = origins.find(([from]) => url.startsWith(from));
    return pair ? pair[1] + url.slice(pair[0].length) : url;
  };
  const pages = readPages(values.content);
  const urls = [
    ...new Set(pages.flatMap((p) => p.data.sources.map((/** @type {{url: string}} */ s) => s.url))),
  ];
  console.log(`Fetching ${urls.length} AWS pages cited by ${pages.length} service pages...`);
  const fetched = await mapLimited(urls, CONCURRENCY, (url) => fetchPage(url, locate));
  const report = buildSourceReport(pages, new Map(fetched.map((f) => [f.url, f])));
  console.log(formatSourceReport(report));
  return report.stale.length + report.moved.length + report.gone.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`check-sources: ${error.message}`);
    process.exitCode = 2;
  },
);
