import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { listDiagrams } from "@/lib/diagramFiles";

const run = promisify(execFile);

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
