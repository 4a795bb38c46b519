import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listDiagrams } from "@/lib/diagramFiles";
import { readContentPages } from "../helpers/content";

/** Every `<Diagram name="...">` written in the content, with the file it is in. */
const diagramUses = () =>
  ["src/content/services", "src/content/comparisons"]
    .flatMap(readContentPages)
    .flatMap((page) => page.marks.diagrams.map(({ name }) => ({ name, file: page.file })));

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
