import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { listDiagrams } from "@/lib/diagramFiles";
import { readContentPages } from "../helpers/content";

const run = promisify(execFile);

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

  it(
    "`npm run diagrams` fails on a source that does not parse, naming the file and Mermaid's message",
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "dsn-broken-diagram-"));
      writeFileSync(join(dir, "good.mmd"), "flowchart LR\n  a --> b\n");
      writeFileSync(join(dir, "broken.mmd"), "flowchart LR\n  a --> [unclosed\n");
      const outcome = await run("node", ["scripts/render-diagrams.mjs", dir]).then(
        () => ({ code: 0, stderr: "" }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain(`${dir}/broken.mmd: Parse error on line 2`);
      expect(readdirSync(dir).sort()).toEqual(["broken.mmd", "good.mmd", "good.svg"]);
    },
  );
});
