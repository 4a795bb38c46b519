import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

// Drives Chromium through Mermaid, so it sits with the build tests rather than the unit tests.
describe("npm run diagrams", () => {
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
