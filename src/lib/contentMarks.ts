import { getCollection, render, type CollectionEntry } from "astro:content";
import { loadDiagramSvg } from "./diagramFiles";
import { checkDiagrams, checkLinks, checkTerms, reportProblems } from "./mdx/checkMarks";
import type { Marks } from "./mdx/marks";
import { MARKS_KEY, MARKS_READER } from "./mdx/remarkMarks";
import { getSiteRoutes } from "./routes";

/** A page written in MDX. */
export type MdxEntry = CollectionEntry<"services"> | CollectionEntry<"comparisons">;

/** Every MDX page's marks, keyed by "collection/id". */
export type MarksIndex = Map<string, Marks>;

const keyOf = (entry: MdxEntry) => `${entry.collection}/${entry.id}`;

/** The marks the build read from one page's syntax tree (remarkMarks). */
async function readEntryMarks(entry: MdxEntry): Promise<Marks> {
  const { remarkPluginFrontmatter } = await render(entry);
  const marks = remarkPluginFrontmatter[MARKS_KEY] as (Marks & { reader?: string }) | undefined;
  if (marks?.reader !== MARKS_READER) {
    throw new Error(
      `${entry.filePath}: the build did not read its marks; is markdown.processor unified({ remarkPlugins: [remarkMarks] }) in astro.config.mjs?`,
    );
  }
  return marks;
}

let checked: Promise<MarksIndex> | undefined;

/**
 * The marks of every service and comparison page, checked once per build: links resolve, glossary
 * terms exist and are marked at their first use, diagrams are drawn and fresh. Throws one error naming
 * every problem with its file and line.
 */
export function getCheckedMarks(): Promise<MarksIndex> {
  checked ??= (async () => {
    const entries: MdxEntry[] = [
      ...(await getCollection("services")),
      ...(await getCollection("comparisons")),
    ];
    const [routes, glossary] = await Promise.all([getSiteRoutes(), getCollection("glossary")]);
    const terms = new Map(glossary.map((g) => [g.id, g.data.term]));
    const index: MarksIndex = new Map();
    const problems = [];
    for (const entry of entries) {
      const marks = await readEntryMarks(entry);
      index.set(keyOf(entry), marks);
      problems.push({
        file: entry.filePath ?? keyOf(entry),
        problems: [
          ...checkLinks(marks, routes),
          ...checkTerms(marks, terms),
          ...checkDiagrams(marks, loadDiagramSvg),
        ].sort((a, b) => a.line - b.line),
      });
    }
    const error = reportProblems(problems);
    if (error) throw error;
    return index;
  })();
  return checked;
}

/** One page's checked marks. */
export async function getMarks(entry: MdxEntry): Promise<Marks> {
  return (await getCheckedMarks()).get(keyOf(entry))!;
}
