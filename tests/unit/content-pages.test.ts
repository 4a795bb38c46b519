import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { readMarks } from "@/lib/mdx/marks";
import { parseMdx } from "@/lib/mdx/parse";
import { makeQuestionSchema, makeServiceSchema } from "@/lib/schemas";
import { parse } from "yaml";

const FOLDER = "src/content/services";
const serviceSchema = makeServiceSchema({ service: z.string(), need: z.string() });

// Content rules checked on every real page, one test per page (`-t <id>` checks one): its marks read
// (facts, terms, diagrams), its frontmatter passes the schema, and the rules the schema cannot state.
describe("every real service page", () => {
  const files = readdirSync(FOLDER)
    .filter((f) => f.endsWith(".mdx"))
    .sort();

  it("is there to check", () => expect(files.length).toBeGreaterThan(0));

  it.each(files)("%s", (name) => {
    const file = join(FOLDER, name);
    const { data, tree } = parseMdx(readFileSync(file, "utf8"), file);
    const prose = readMarks(tree, file)
      .prose.map((run) => run.text)
      .join(" ");
    const result = serviceSchema.safeParse(data);
    const problems = result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(problems).toEqual([]);
    expect(
      (data.keyNumbers as unknown[] | undefined)?.length ?? 0,
      "at least 3 key numbers",
    ).toBeGreaterThanOrEqual(3);
    expect(prose, "never speaks of notes").not.toMatch(/\b(the|older|these|our) notes\b/i);
  });
});

// Each real question against its schema, one test per file (`-t <file>` checks one); links and
// services are checked by the build, against the pages.
describe("every real question", () => {
  const QUESTIONS = "src/content/questions";
  const questionSchema = makeQuestionSchema(z.string());
  const files = readdirSync(QUESTIONS)
    .filter((f) => f.endsWith(".yaml"))
    .sort();

  it.each(files)("%s", (name) => {
    const result = questionSchema.safeParse(parse(readFileSync(join(QUESTIONS, name), "utf8")));
    const problems = result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(problems).toEqual([]);
  });
});
