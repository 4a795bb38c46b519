import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  HASHED_NAME,
  buildServiceWorker,
  readManifest,
  toWorkerUrl,
} from "../../scripts/build-service-worker.mjs";

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A built site in a temporary folder: each file holds its own name, or `size` bytes where given. */
function siteWith(files: string[], sizes: Record<string, number> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "dsn-sw-"));
  folders.push(dir);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), sizes[file] ? Buffer.alloc(sizes[file]) : file);
  }
  return dir;
}

describe("toWorkerUrl", () => {
  it.each([
    ["index.html", "./"],
    ["services/s3/index.html", "services/s3/"],
    ["offline/index.html", "offline/"],
    ["404.html", "404.html"],
    ["previews.json", "previews.json"],
    ["diagrams/kinesis-family.svg", "diagrams/kinesis-family.svg"],
    ["_astro/paths.BEgtcX-h.js", "_astro/paths.BEgtcX-h.js"],
  ])("%s → %s", (file, url) => {
    expect(toWorkerUrl(file)).toBe(url);
  });
});

describe("HASHED_NAME: files whose name changes with their content", () => {
  it.each([
    ["_astro/searchLoader.lbAKODYc.js", true],
    ["pagefind/fragment/en_135b8cd.pf_fragment", true],
    ["pagefind/index/en_e4a8d9f.pf_index", true],
    ["pagefind/filter/en_e18c905.pf_filter", true],
    ["pagefind/pagefind.en_67137e51b7.pf_meta", true],
    ["pagefind/pagefind-entry.json", false],
    ["pagefind/pagefind.js", false],
    ["pagefind/wasm.en.pagefind", false],
    ["theme-init.js", false],
    ["previews.json", false],
    ["services/s3/index.html", false],
  ])("%s → %s", (file, hashed) => {
    expect(HASHED_NAME.test(file)).toBe(hashed);
  });
});

describe("buildServiceWorker", () => {
  // Every kind of file the build writes; undefined: not kept offline.
  const kept: [string, string | undefined][] = [
    ["index.html", "./"],
    ["services/s3/index.html", "services/s3/"],
    ["offline/index.html", "offline/"],
    ["404.html", undefined],
    ["_astro/search.D_8EUn9Z.js", "_astro/search.D_8EUn9Z.js"],
    ["theme-init.js", "theme-init.js"],
    ["favicon.svg", "favicon.svg"],
    ["previews.json", "previews.json"],
    ["search-names.json", "search-names.json"],
    ["diagrams/kinesis-family.svg", "diagrams/kinesis-family.svg"],
    ["pagefind/pagefind.js", "pagefind/pagefind.js"],
    ["pagefind/pagefind-entry.json", "pagefind/pagefind-entry.json"],
    ["pagefind/pagefind-worker.js", "pagefind/pagefind-worker.js"],
    ["pagefind/wasm.en.pagefind", "pagefind/wasm.en.pagefind"],
    ["pagefind/pagefind-component-ui.js", undefined],
    ["pagefind/pagefind-highlight.js", "pagefind/pagefind-highlight.js"],
    ["pagefind/fragment/en_135b8cd.pf_fragment", "pagefind/fragment/en_135b8cd.pf_fragment"],
    ["pagefind/pagefind-ui.js", undefined],
    ["pagefind/pagefind-ui.css", undefined],
    ["pagefind/pagefind-modular-ui.js", undefined],
    ["pagefind/wasm.unknown.pagefind", undefined],
    ["sitemap-0.xml", undefined],
    ["sitemap-index.xml", undefined],
    ["robots.txt", undefined],
    ["_headers", undefined],
  ];
  let manifest: { url: string; revision: string | null }[] = [];
  beforeAll(async () => {
    const dist = siteWith(kept.map(([file]) => file));
    await buildServiceWorker(dist);
    manifest = readManifest(readFileSync(join(dist, "sw.js"), "utf8"));
  });

  it.each(kept)("%s → %s", (file, url) => {
    const entry = manifest.find((e) => e.url === toWorkerUrl(file));
    // Its own revision, a hash of its content; none where the name carries one.
    const revision = HASHED_NAME.test(file) ? null : createHash("md5").update(file).digest("hex");
    expect(entry).toEqual(url === undefined ? undefined : { url, revision });
  });

  it.each<[string, string[], Record<string, number>, RegExp]>([
    ["an empty folder", [], {}, /glob patterns doesn't match any files/],
    [
      "a file over Workbox's size limit",
      ["offline/index.html", "compare/any/index.html"],
      { "compare/any/index.html": 3 * 1024 * 1024 },
      /compare\/any\/index\.html is 3\.15 MB.*maximumFileSizeToCacheInBytes/,
    ],
    ["no offline page", ["index.html"], {}, /offline\/index\.html is not in the precache/],
  ])("refuses %s, naming why, and writes no worker", async (_, files, sizes, message) => {
    const dir = siteWith(files, sizes);
    await expect(buildServiceWorker(dir)).rejects.toThrow(message);
    expect(readdirSync(dir)).not.toContain("sw.js");
  });

  it("refuses a folder that does not exist", async () => {
    await expect(buildServiceWorker(join(tmpdir(), "dsn-sw-no-such-folder"))).rejects.toThrow(/not written/);
  });
});

describe("readManifest", () => {
  it("reads the injected manifest, and refuses a worker without one", () => {
    const entries = [{ revision: "abc", url: "./" }];
    expect(readManifest(`const PRECACHE = ${JSON.stringify(entries)};\nmore();`)).toEqual(entries);
    expect(() => readManifest("const PRECACHE = self.__WB_MANIFEST;")).toThrow(/No precache manifest/);
  });
});
