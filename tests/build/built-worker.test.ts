import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fileUrl, isPrecached, listFiles } from "../../scripts/build-service-worker.mjs";

// Reads dist/, which the build tests' global setup makes a fresh build of.
describe("the built worker", () => {
  it("keeps every page and search file of the built site, under the version of their contents", () => {
    const text = readFileSync("dist/sw.js", "utf8");
    const files = listFiles("dist").filter(isPrecached);
    const precache = JSON.parse(/const PRECACHE = (\[[^\]]*\]);/.exec(text)![1]!);
    expect(precache).toEqual(files.map((file) => fileUrl(file, "/")));
    expect(files).toContain("search/index.html");
    expect(files.some((f) => f.startsWith("pagefind/fragment/"))).toBe(true);
  });
});
