import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listDiagrams } from "@/lib/diagramFiles";

/** Every `<Diagram name="...">` written in the content, with the file it is in. */
function diagramUses(): { name: string; file: string }[] {
  const uses: { name: string; file: string }[] = [];
  for (const folder of ["src/content/services", "src/content/comparisons"]) {
    for (const f of readdirSync(folder).filter((n) => n.endsWith(".mdx"))) {
      const text = readFileSync(join(folder, f), "utf8");
      for (const m of text.matchAll(/<Diagram\s[^>]*name="([^"]+)"/g)) uses.push({ name: m[1]!, file: f });
    }
  }
  return uses;
}

describe("diagram sources", () => {
  it("every source in diagrams/ is used by a page", () => {
    const used = new Set(diagramUses().map((u) => u.name));
    expect(listDiagrams().filter((name) => !used.has(name))).toEqual([]);
  });

  it("every source has an accessible title and description", () => {
    const missing = listDiagrams().filter((name) => {
      const text = readFileSync(`diagrams/${name}.mmd`, "utf8");
      return !/^\s*accTitle:/m.test(text) || !/^\s*accDescr:/m.test(text);
    });
    expect(missing).toEqual([]);
  });
});
