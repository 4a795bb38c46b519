import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stampInputs, whyStale, type BuildStamp } from "../../scripts/build-stamp.mjs";

const stamp = (files: Record<string, string>, env: Record<string, string> = {}): BuildStamp => ({
  files,
  env: { BASE_PATH: "", SITE_URL: "", ...env },
});
const built = stamp({ "src/a.mdx": "1", "src/b.ts": "2" });

describe("whyStale", () => {
  it.each<[string, BuildStamp | undefined, BuildStamp, string | undefined]>([
    ["the same inputs", built, stamp({ "src/a.mdx": "1", "src/b.ts": "2" }), undefined],
    ["no stamp", undefined, built, "it has no build stamp: no build yet, or one that did not finish"],
    [
      "one file edited",
      built,
      stamp({ "src/a.mdx": "1", "src/b.ts": "3" }),
      "a file has changed since it was built: src/b.ts",
    ],
    [
      "a file added and one removed",
      built,
      stamp({ "src/a.mdx": "1", "src/c.ts": "4" }),
      "2 files have changed since it was built: src/b.ts, src/c.ts",
    ],
    [
      "many files",
      stamp({}),
      stamp({ a: "1", b: "1", c: "1", d: "1", e: "1" }),
      "5 files have changed since it was built: a, b, c and 2 more",
    ],
    [
      "another base path",
      stamp(built.files, { BASE_PATH: "/data-services-notes/" }),
      built,
      'it was built with other settings: BASE_PATH was "/data-services-notes/", not unset',
    ],
  ])("%s", (_, before, now, expected) => {
    expect(whyStale(before, now)).toBe(expected);
  });
});

describe("stampInputs", () => {
  const root = mkdtempSync(join(tmpdir(), "dsn-stamp-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("hashes every input file, and only inputs, with the build's variables", () => {
    mkdirSync(join(root, "src/pages"), { recursive: true });
    writeFileSync(join(root, "src/pages/index.astro"), "home");
    writeFileSync(join(root, "astro.config.mjs"), "config");
    writeFileSync(join(root, "README.md"), "not an input");
    const first = stampInputs({ BASE_PATH: "/x/", OUT_DIR: "elsewhere" }, root);
    expect(Object.keys(first.files)).toEqual(["src/pages/index.astro", "astro.config.mjs"]);
    expect(first.env).toEqual({ BASE_PATH: "/x/", SITE_URL: "" });
    writeFileSync(join(root, "src/pages/index.astro"), "home, edited");
    expect(whyStale(first, stampInputs({ BASE_PATH: "/x/" }, root))).toMatch(/src\/pages\/index\.astro/);
  });
});
