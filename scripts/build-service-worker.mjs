// Writes dist/sw.js, the offline worker, after `astro build` and `pagefind` have filled dist/. Workbox's
// injectManifest globs the built files and puts them, each with a hash of its own content, in place of the
// manifest placeholder of src/scripts/service-worker.js: after an edit, a returning reader's worker fetches
// only the files whose hash changed.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { injectManifest } from "workbox-build";

const WORKER_SOURCE = "src/scripts/service-worker.js";

/**
 * The built files a reader never needs offline; every other file of dist/ is kept. Globs, never names of
 * pages: a new page, asset or diagram is kept without anyone listing it.
 */
export const PRECACHE_IGNORES = [
  // Offline, the worker answers an unknown address with its own offline page.
  "404.html",
  // For hosts and crawlers, not readers.
  "_headers",
  "robots.txt",
  "sitemap-*.xml",
  // For AI assistants and feed readers, fetched online: the Markdown versions, llms.txt and the feed.
  "**/*.md",
  "llms*.txt",
  "changes.xml",
  ".build-stamp.json",
  // Pagefind writes its UI bundles and an index for pages without a language; the site uses none of
  // the UIs (src/scripts/search/ draws its own on Pagefind's search API), and every page says lang="en".
  "pagefind/pagefind-ui.*",
  "pagefind/pagefind-modular-ui.*",
  "pagefind/pagefind-component-ui.*",
  "pagefind/wasm.unknown.pagefind",
];

/**
 * Built files whose names already carry a hash of their content (Vite's bundles, Pagefind's index chunks,
 * fragments, filters and metadata): a changed file gets a new name, so the entry needs no revision.
 */
export const HASHED_NAME = /^_astro\/|^pagefind\/(fragment|index|filter)\/|\.pf_meta$/;

/**
 * The address of a built file, relative to the worker: services/s3/index.html → services/s3/. The worker
 * sits at the base path, so the same manifest works under any BASE_PATH.
 * @param {string} file a path under dist/, with forward slashes
 */
export function toWorkerUrl(file) {
  return file.replace(/(^|\/)index\.html$/, "$1") || "./";
}

/**
 * A Workbox manifest transform: pages under the addresses readers open, and a warning (an error, in
 * `buildServiceWorker`) when there is no offline page for the worker to fall back on.
 * @param {{ url: string, revision: string | null, size: number }[]} entries
 */
export function toWorkerUrls(entries) {
  const manifest = entries.map((entry) => ({ ...entry, url: toWorkerUrl(entry.url) }));
  const hasOfflinePage = manifest.some((entry) => entry.url === "offline/");
  return { manifest, warnings: hasOfflinePage ? [] : ["offline/index.html is not in the precache"] };
}

/**
 * The precache manifest of a built worker: its entries, each a URL relative to the worker and the
 * revision of the file's content (null where the name carries its hash).
 * @param {string} workerText the text of a built sw.js
 * @returns {{ url: string, revision: string | null }[]}
 */
export function readManifest(workerText) {
  const line = /^const PRECACHE = (\[.*\]);$/m.exec(workerText);
  if (!line?.[1]) throw new Error("No precache manifest in this worker: was it built by injectManifest?");
  return JSON.parse(line[1]);
}

/**
 * Writes `dist`/sw.js: the worker with the manifest of every file of `dist` but the ignored ones.
 * Workbox reports a glob that matches nothing, a missing folder or a file over its size limit as warnings
 * and carries on without those files; here any warning fails the build, so no file goes missing offline
 * without anyone knowing.
 * @param {string} dist the built site
 * @returns {Promise<{ count: number, size: number }>} how many files the worker keeps, and their bytes
 */
export async function buildServiceWorker(dist) {
  const swDest = join(dist, "sw.js");
  const { count, size, warnings } = await injectManifest({
    swSrc: WORKER_SOURCE,
    swDest,
    globDirectory: dist,
    globPatterns: ["**/*"],
    // A copy: Workbox adds the worker's own paths to the list it is given.
    globIgnores: [...PRECACHE_IGNORES],
    dontCacheBustURLsMatching: HASHED_NAME,
    manifestTransforms: [toWorkerUrls],
  });
  if (warnings.length > 0) {
    rmSync(swDest, { force: true });
    throw new Error(`The offline worker was not written:\n- ${warnings.join("\n- ")}`);
  }
  return { count, size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { count, size } = await buildServiceWorker(process.env.OUT_DIR ?? "dist");
  console.log(
    `sw.js: ${count} files to keep offline (${Math.round(size / 1024)} KB), each with its revision`,
  );
}
