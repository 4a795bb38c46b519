import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { readMarks } from "@/lib/mdx/marks";
import { parseMdx } from "@/lib/mdx/parse";
import { makeConceptSchema, makeTopicSchema } from "@/lib/schemas";

// Every real concept page and topic page (a part of a service taught in depth), one test per page
// (`-t <id>` checks one): its marks read, its frontmatter passes its schema, and it teaches with
// flashcards of its own.
const KINDS = [
  { folder: "src/content/concepts", schema: makeConceptSchema(z.string()), minFacts: 3 },
  { folder: "src/content/topics", schema: makeTopicSchema(z.string()), minFacts: 1 },
];

describe.each(KINDS)("every real page of $folder", ({ folder, schema, minFacts }) => {
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .sort();

  it("is there to check", () => expect(files.length).toBeGreaterThan(0));

  it.each(files)("%s", (name) => {
    const file = join(folder, name);
    const { data, tree } = parseMdx(readFileSync(file, "utf8"), file);
    const marks = readMarks(tree, file);
    const result = schema.safeParse(data);
    const problems = result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(problems).toEqual([]);
    // A topic lives in its service's folder: src/content/topics/<service>/<topic>.mdx.
    if ("service" in data) expect(data.service, "the topic's folder").toBe(name.split("/")[0]);
    expect(marks.facts.length, `at least ${minFacts} flashcards`).toBeGreaterThanOrEqual(minFacts);
  });
});
