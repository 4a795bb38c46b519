// The JavaScript each built page loads, in gzip bytes: the scripts its HTML names or holds, and every
// module they import, once each. Dynamic imports are counted apart, as what a page may load later (the
// scheduler, only when old self-test marks are migrated). `node scripts/js-budget.mjs` prints it for
// every page that loads more than the site-wide scripts; tests/build/js-budget.test.ts checks the budget.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { htmlPages } from "./built-pages.mjs";

/**
 * Gzip at zlib's default level, as static hosts and CDNs commonly serve.
 * @param {Buffer} buffer
 */
export const gzipBytes = (buffer) => gzipSync(buffer).length;

/** Script types a browser runs: none given, a module, or classic JavaScript by its MIME type. */
const RUN_TYPES = new Set(["", "module", "text/javascript"]);

/**
 * The scripts of a built HTML page that the browser runs, parsed by linkedom: `sources`, the site paths
 * of those it loads (src), and `inline`, the code of those inside the page (the theme's, before first
 * paint). Data blocks (JSON, templates) are not run, so they are not JavaScript.
 * @param {string} html
 * @returns {{ sources: string[], inline: string[] }}
 */
export function pageScripts(html) {
  const scripts = [...parseHTML(html).document.querySelectorAll("script")].filter((script) =>
    RUN_TYPES.has((script.getAttribute("type") ?? "").trim().toLowerCase()),
  );
  return {
    sources: scripts.flatMap((script) => script.getAttribute("src") ?? []),
    inline: scripts
      .filter((script) => !script.hasAttribute("src"))
      .map((script) => script.textContent ?? "")
      .filter((code) => code.trim()),
  };
}

/**
 * The modules a module imports: static (import ... from "./x.js", import "./x.js") and dynamic (import(`./x.js`)).
 * @param {string} code
 * @returns {{ static: string[], dynamic: string[] }}
 */
export function moduleImports(code) {
  const spec = (/** @type {RegExpMatchArray} */ m) => m[1] ?? "";
  return {
    static: [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map(spec),
    dynamic: [...code.matchAll(/\bimport\(\s*[`"'](\.{1,2}\/[^`"']+)[`"']\s*\)/g)].map(spec),
  };
}

/**
 * The JavaScript a page loads: `files` every module its scripts load at once (path → gzip bytes),
 * `lazy` those only a dynamic import brings, `total` and `lazyTotal` their sums. `base` is the
 * base path the site was built under.
 * @param {string} dist
 * @param {string} htmlFile
 * @returns {{ files: Map<string, number>, lazy: Map<string, number>, total: number, lazyTotal: number }}
 */
export function measurePageScripts(dist, htmlFile, base = "/") {
  const prefix = base.replace(/\/+$/, "");
  /** @type {Map<string, number>} */
  const files = new Map();
  /** @type {Map<string, number>} */
  const lazy = new Map();
  /** @param {string} sitePath @param {Map<string, number>} into */
  const visit = (sitePath, into) => {
    if (files.has(sitePath) || into.has(sitePath)) return;
    const file = join(dist, sitePath.slice(prefix.length));
    const code = readFileSync(file);
    into.set(sitePath, gzipBytes(code));
    const imports = moduleImports(code.toString("utf8"));
    const dir = sitePath.slice(0, sitePath.lastIndexOf("/") + 1);
    const resolve = (/** @type {string} */ spec) => new URL(spec, `http://x${dir}`).pathname;
    for (const spec of imports.static) visit(resolve(spec), into);
    for (const spec of imports.dynamic) visit(resolve(spec), lazy);
  };
  const scripts = pageScripts(readFileSync(join(dist, htmlFile), "utf8"));
  for (const src of scripts.sources) if (src.startsWith(`${prefix}/`)) visit(src, files);
  scripts.inline.forEach((code, i) => files.set(`(inline script ${i + 1})`, gzipBytes(Buffer.from(code))));
  for (const path of files.keys()) lazy.delete(path);
  const sum = (/** @type {Map<string, number>} */ map) => [...map.values()].reduce((a, b) => a + b, 0);
  return { files, lazy, total: sum(files), lazyTotal: sum(lazy) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? "dist";
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: run npm run build first`);
  const home = measurePageScripts(dist, "index.html");
  const rows = htmlPages(dist)
    .map((file) => ({ file, ...measurePageScripts(dist, file) }))
    .filter((page) => page.file === "index.html" || page.total !== home.total);
  for (const page of rows) {
    const own = [...page.files].filter(([path]) => !home.files.has(path));
    console.log(
      `${page.file.padEnd(40)} ${String(page.total).padStart(6)} B gzip in all (${own.reduce((n, [, b]) => n + b, 0)} B beyond the site-wide scripts)` +
        (page.lazyTotal ? `, + ${page.lazyTotal} B only if loaded later` : ""),
    );
  }
}
