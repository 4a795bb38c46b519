import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildEnv } from "../../scripts/build-env.mjs";

const run = promisify(execFile);
const root = process.cwd();
const copies: string[] = [];

/** A copy of the project (sources only, node_modules linked) with one file changed. */
function copyWith(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "dsn-bad-input-"));
  copies.push(dir);
  for (const part of ["src", "public", "diagrams", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
  return dir;
}

/** Runs `astro build` in a copy; returns its exit code and everything it printed. */
async function build(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["astro", "build"], {
      cwd: dir,
      env: buildEnv(),
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

const frontmatter = (field: string) => (text: string) => text.replace(/^---\n/, `---\n${field}\n`);
const setField = (field: string, value: string) => (text: string) =>
  text.replace(new RegExp(`^${field}:.*$`, "m"), `${field}: ${value}`);

// The marks below are appended after a blank line: the first lands two lines past the file's last line.
const batchEnd = readFileSync(join(root, "src/content/services/batch.mdx"), "utf8").split("\n").length;
const badMarks = [
  "See [the missing page](/services/amazon-nothing/).",
  'A <Term id="no-such-term">thing</Term>.',
  "An OLAP store.",
  'It is <Term id="olap">OLAP</Term>.',
  '<Diagram name="no-such-diagram" caption="c">text</Diagram>',
];
const markLine = (i: number) => batchEnd + 1 + 2 * i;

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the build fails on bad input, naming the file and what is wrong", () => {
  it.each<[string, string, (text: string) => string, RegExp[]]>([
    [
      "an unknown frontmatter key",
      "src/content/services/athena.mdx",
      frontmatter("colour: blue"),
      [/athena\.mdx/, /colour/],
    ],
    [
      "a missing required field",
      "src/content/services/glue.mdx",
      (t) => t.replace(/^summary:.*\n/m, ""),
      [/glue\.mdx/, /summary/],
    ],
    [
      "an unknown category",
      "src/content/services/s3.mdx",
      setField("category", "compute"),
      [/s3\.mdx/, /category/],
    ],
    [
      "a related service that does not exist",
      "src/content/services/athena.mdx",
      (t) => t.replace(/^related:\n/m, "related:\n  - service: amazon-nothing\n    kind: uses\n"),
      [/athena/, /amazon-nothing/],
    ],
    [
      "a docs URL outside AWS documentation",
      "src/content/services/dms.mdx",
      setField("docsUrl", "https://example.com/dms/"),
      [/dms\.mdx/, /docsUrl/, /docs\.aws\.amazon\.com/],
    ],
    [
      "a broken link, an unknown term, a term marked after its first use and a missing diagram, all in one report",
      "src/content/services/batch.mdx",
      (t) => `${t}\n${badMarks.join("\n\n")}\n`,
      [
        new RegExp(
          `batch\\.mdx:${markLine(0)}: broken link: "/services/amazon-nothing/" is not a page of this site`,
        ),
        new RegExp(`batch\\.mdx:${markLine(1)}: <Term id="no-such-term"> has no entry`),
        new RegExp(
          `batch\\.mdx:${markLine(2)}: "OLAP" comes before the marked <Term id="olap"> \\(line ${markLine(3)}\\)`,
        ),
        new RegExp(
          `batch\\.mdx:${markLine(4)}: <Diagram name="no-such-diagram"> has no source diagrams/no-such-diagram\\.mmd`,
        ),
      ],
    ],
    [
      "a status date without a source",
      "src/content/services/data-pipeline.mdx",
      (t) => t.replace(/^  source: .*\n/m, ""),
      [/data-pipeline\.mdx/, /status\.source: the status is dated 2024-07-25 but names no AWS source/],
    ],
    [
      "a key number without a source",
      "src/content/services/athena.mdx",
      (t) => t.replace(/(^keyNumbers:\n(?:.*\n)*?)\s+source: .*\n/m, "$1"),
      [
        /athena\.mdx/,
        /keyNumbers\.0\.source/,
        /must be the https URL of the AWS page the number was read on/,
      ],
    ],
    [
      "a Markdown processor that skips remark plugins (Astro 7's default), so no marks were read",
      "astro.config.mjs",
      (t) => t.replace(/^  markdown: \{\n[\s\S]*?^  \},\n/m, ""),
      [/the build did not read its marks; is markdown\.processor unified/],
    ],
    [
      "a flashcard that asks no question",
      "src/content/services/glue.mdx",
      (t) => `${t}\nIntro.\n\n<Fact q="Glue runs Spark">Glue runs Spark jobs.</Fact>\n`,
      [/glue\.mdx:\d+: <Fact q="Glue runs Spark"> must ask a question ending with "\?"/],
    ],
    [
      "a flashcard whose answer opens with a bare No, which reads as no sentence of the page",
      "src/content/services/sqs.mdx",
      (t) => `${t}\nIntro.\n\n<Fact q="Is SQS a stream?">No. It is a queue.</Fact>\n`,
      [
        /sqs\.mdx:\d+: <Fact q="Is SQS a stream\?"> opens with "No", which answers a question the page does not show/,
      ],
    ],
  ])("%s", { timeout: 180_000 }, async (_, file, change, messages) => {
    const { code, output } = await build(copyWith(file, change));
    expect(code).not.toBe(0);
    for (const message of messages) expect(output).toMatch(message);
  });
});
