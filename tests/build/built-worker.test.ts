import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlPages } from "../../scripts/built-pages.mjs";
import { readManifest, toWorkerUrl } from "../../scripts/build-service-worker.mjs";

// Reads dist/, which the build tests' global setup makes a fresh build of.
describe("the built worker", () => {
  const manifest = readManifest(readFileSync("dist/sw.js", "utf8"));
  const urls = manifest.map((entry) => entry.url);

  it("keeps every page, diagram and data file the pages fetch, and the search index", () => {
    const pages = htmlPages("dist").filter((file) => file !== "404.html");
    const diagrams = readdirSync("dist/diagrams").map((name) => `diagrams/${name}`);
    const fragments = readdirSync("dist/pagefind/fragment").map((name) => `pagefind/fragment/${name}`);
    for (const file of [...pages, ...diagrams, ...fragments, "previews.json", "search-names.json"]) {
      expect(urls).toContain(toWorkerUrl(file));
    }
  });

  it("gives each file the revision of its own content", () => {
    for (const { url, revision } of manifest.filter((entry) => entry.revision)) {
      const file = url === "./" || url.endsWith("/") ? `${url === "./" ? "" : url}index.html` : url;
      expect(
        createHash("md5")
          .update(readFileSync(join("dist", file)))
          .digest("hex"),
        url,
      ).toBe(revision);
    }
  });
});
