import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { readMarks } from "@/lib/mdx/marks";
import { parseMdx } from "@/lib/mdx/parse";
import { makeConceptSchema, makeTopicSchema } from "@/lib/schemas";

const FOLDER = "src/content/concepts";
const conceptSchema = makeConceptSchema(z.string());

// Every real concept page, one test per page (`-t <id>` checks one): its marks read, its frontmatter
// passes the schema, and it teaches with flashcards of its own.
describe("every real concept page", () => {
  const files = readdirSync(FOLDER)
    .filter((f) => f.endsWith(".mdx"))
    .sort();

  it("is there to check", () => expect(files.length).toBeGreaterThan(0));

  it.each(files)("%s", (name) => {
    const file = join(FOLDER, name);
    const { data, tree } = parseMdx(readFileSync(file, "utf8"), file);
    const marks = readMarks(tree, file);
    const result = conceptSchema.safeParse(data);
    const problems = result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(problems).toEqual([]);
    expect(marks.facts.length, "at least 3 flashcards").toBeGreaterThanOrEqual(3);
  });
});

// Every real topic page (a part of a service taught in depth), one test per page.
describe("every real topic page", () => {
  const FOLDER_TOPICS = "src/content/topics";
  const topicSchema = makeTopicSchema(z.string());
  const files = readdirSync(FOLDER_TOPICS, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .sort();

  it("is there to check", () => expect(files.length).toBeGreaterThan(0));

  it.each(files)("%s", (name) => {
    const file = join(FOLDER_TOPICS, name);
    const { data, tree } = parseMdx(readFileSync(file, "utf8"), file);
    const marks = readMarks(tree, file);
    const result = topicSchema.safeParse(data);
    const problems = result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(problems).toEqual([]);
    expect(data.service, "a topic lives in its service's folder").toBe(name.split("/")[0]);
    expect(marks.facts.length, "at least 1 flashcard").toBeGreaterThanOrEqual(1);
  });
});
