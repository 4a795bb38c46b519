import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { pagePath, readBuiltSite } from "../helpers/built-site";

// These tests read dist/, which the build tests' global setup makes a fresh build of.
const DIST = "dist";

/** The text Pagefind keeps of each page it indexed, by page path: its fragment files, unzipped. */
function indexedText(dir: string): Map<string, string> {
  const folder = join(dir, "pagefind", "fragment");
  return new Map(
    readdirSync(folder).map((file) => {
      const data = gunzipSync(readFileSync(join(folder, file))).toString("utf8");
      const { url, content } = JSON.parse(data.slice(data.indexOf("{"))) as { url: string; content: string };
      return [url, content];
    }),
  );
}

describe("the search index", () => {
  let pages: Map<string, Document>;
  let text: Map<string, string>;
  beforeAll(() => {
    pages = readBuiltSite(DIST);
    text = indexedText(DIST);
  }, 120_000);

  it("keeps the words of neighbouring table cells apart", () => {
    const glued: string[] = [];
    let pairs = 0;
    for (const [file, document] of pages) {
      const content = text.get(pagePath(file));
      if (content === undefined) continue;
      for (const row of document.querySelectorAll("tr")) {
        const cells = [...row.children].map((cell) => cell.textContent?.trim() ?? "");
        for (let i = 1; i < cells.length; i++) {
          if (!cells[i - 1] || !cells[i]) continue;
          pairs++;
          const together = `${cells[i - 1]!.split(/\s+/).at(-1)}${cells[i]!.split(/\s+/)[0]}`;
          if (content.includes(together)) glued.push(`${pagePath(file)}: "${together}"`);
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
    expect(glued).toEqual([]);
  });
});
