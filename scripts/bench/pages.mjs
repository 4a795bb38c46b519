// Page weight in Chromium: every response of a page load, gzipped here at level 9 (the local server
// does not compress), split by type, plus the inline diagram SVGs of the page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { chromium } from "playwright";
import { htmlPages } from "../built-pages.mjs";
import { CHROMIUM_ARGS, findChromium } from "../chromium.mjs";

/** The resource types the bench reports; everything else counts as "other". */
export const BYTE_TYPES = ["html", "css", "js", "other"];

/** Bytes of `data` once gzipped at level 9 (0 for an empty body). */
function gzipSize(data) {
  return data.length === 0 ? 0 : gzipSync(data, { level: 9 }).length;
}

/** Sorts a response into html, css, js or other, by its resource type then its content type. */
function typeOf(response) {
  const kind = response.request().resourceType();
  const contentType = response.headers()["content-type"] ?? "";
  if (kind === "document" || contentType.startsWith("text/html")) return "html";
  if (kind === "stylesheet" || contentType.startsWith("text/css")) return "css";
  if (kind === "script" || contentType.includes("javascript")) return "js";
  return "other";
}

/** The body of a response, or an empty buffer for those that have none (redirects). */
async function bodyOf(response) {
  try {
    return await response.body();
  } catch {
    return Buffer.alloc(0);
  }
}

/** Starts the system Chromium for page measurements. */
export function launchBrowser() {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/**
 * Loads `url` in a fresh context until the network is idle and weighs every response.
 * @param {import("playwright").Browser} browser
 * @param {string} url
 * @param {{ diagramSelector: string, waitFor?: string }} options `diagramSelector` picks the
 *   diagram SVGs; `waitFor` is a selector to wait for after load (client-rendered diagrams).
 * @returns {Promise<{ requests: number, bytes: Record<string, number>, diagramSvgs: number[],
 *   responses: { path: string, type: string, size: number }[] }>} bytes are gzip sizes by type plus
 *   `total`; diagramSvgs the gzip size of each diagram SVG's outerHTML; responses each response.
 */
export async function measurePage(browser, url, { diagramSelector, waitFor }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const weighed = [];
  page.on("response", (response) => {
    const { pathname } = new URL(response.url());
    weighed.push(
      bodyOf(response).then((body) => ({ path: pathname, type: typeOf(response), size: gzipSize(body) })),
    );
  });
  try {
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    if (waitFor) await page.waitForSelector(waitFor, { timeout: 15000 });
    const svgs = await outermostSvgs(page, diagramSelector);
    const items = await Promise.all(weighed);
    return {
      requests: items.length,
      bytes: sumByType(items),
      diagramSvgs: svgs.map(gzipSize),
      responses: items,
    };
  } finally {
    await context.close();
  }
}

/** The outerHTML of each SVG matched by `selector` that is not inside another SVG. */
function outermostSvgs(page, selector) {
  return page.$$eval(selector, (els) =>
    els.filter((el) => !el.parentElement?.closest("svg")).map((el) => el.outerHTML),
  );
}

/** Sums sizes per type, with a `total`. */
function sumByType(items) {
  const bytes = Object.fromEntries([...BYTE_TYPES, "total"].map((t) => [t, 0]));
  for (const { type, size } of items) {
    bytes[type] += size;
    bytes.total += size;
  }
  return bytes;
}

/**
 * The markup of the outermost `<svg>` elements inside `<figure>` elements of an HTML page (an SVG nested
 * in another stays inside its markup), as linkedom serializes them.
 */
export function figureSvgs(html) {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll("figure svg")]
    .filter((svg) => !svg.parentElement?.closest("svg"))
    .map((svg) => svg.outerHTML);
}

/** Each built page `dist/<section>/<slug>/index.html` of the given sections, with its HTML. */
function* builtPages(dist, sections) {
  for (const file of htmlPages(dist)) {
    const [section = "", slug, name, ...deeper] = file.split("/");
    if (!sections.includes(section) || name !== "index.html" || deeper.length) continue;
    yield { path: `/${section}/${slug}/`, html: readFileSync(join(dist, file), "utf8") };
  }
}

/**
 * The service page of a built site with the most SVG bytes inside figures.
 * @param {string} dist the built site
 * @returns {{ path: string, svgBytes: number } | undefined} undefined when no page has diagrams
 */
export function findHeaviestDiagramPage(dist) {
  let heaviest;
  for (const { path, html } of builtPages(dist, ["services"])) {
    const svgBytes = figureSvgs(html).reduce((sum, svg) => sum + Buffer.byteLength(svg), 0);
    if (svgBytes > (heaviest?.svgBytes ?? 0)) heaviest = { path, svgBytes };
  }
  return heaviest;
}

/**
 * Every diagram SVG of a built site's service and comparison pages, with its gzip size.
 * @param {string} dist
 * @returns {{ path: string, index: number, gzipBytes: number }[]}
 */
export function allDiagramSvgs(dist) {
  return [...builtPages(dist, ["services", "compare"])].flatMap(({ path, html }) =>
    figureSvgs(html).map((svg, index) => ({ path, index, gzipBytes: gzipSize(Buffer.from(svg)) })),
  );
}
