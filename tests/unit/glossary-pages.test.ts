import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { checkTermMarking, type GlossaryEntry } from "@/lib/glossary";

// Runs the term-marking check over the real pages, so a page that marks a term late fails here
// with its file and line, before a reader meets the term unexplained.
const SERVICES = "src/content/services";
const glossary: GlossaryEntry[] = Object.entries(
  parse(readFileSync("src/content/glossary.yaml", "utf8")) as Record<string, { term: string }>,
).map(([id, data]) => ({ id, data }));

/** The MDX body of a file and the number of lines before it (the frontmatter). */
function readBody(file: string): { body: string; linesBefore: number } {
  const text = readFileSync(file, "utf8");
  const match = /^---\n[\s\S]*?\n---\n/.exec(text);
  const frontmatter = match?.[0] ?? "";
  return { body: text.slice(frontmatter.length), linesBefore: frontmatter.split("\n").length - 1 };
}

describe("the service pages", () => {
  const files = readdirSync(SERVICES).filter((f) => f.endsWith(".mdx"));

  it("are all read", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(glossary.length).toBeGreaterThan(0);
  });

  it("mark each glossary term once, at its first use", () => {
    const problems = files.flatMap((name) => {
      const file = join(SERVICES, name);
      const { body, linesBefore } = readBody(file);
      return checkTermMarking(body, glossary).map(
        (p) => `${file}:${p.line + linesBefore} [${p.termId}] ${p.message}`,
      );
    });
    expect(problems).toEqual([]);
  });
});
