import { SECTIONS } from "./sectionIds";
import { getCollection, render, type CollectionEntry } from "astro:content";
import { loadDiagramSvg } from "./diagramFiles";
import { checkDiagrams, checkLinks, checkTerms, reportProblems } from "./mdx/checkMarks";
import type { Marks } from "./mdx/marks";
import { MARKS_KEY, MARKS_READER } from "./mdx/remarkMarks";
import { getSiteRoutes } from "./routes";
import { factAnchor, type Fact } from "./flashcards";
import { comparisonPath, conceptPath, servicePath, topicPath } from "./paths";

/** A page written in MDX. */
export type MdxEntry =
  | CollectionEntry<"services">
  | CollectionEntry<"topics">
  | CollectionEntry<"comparisons">
  | CollectionEntry<"concepts">;

/** Every MDX page's marks, keyed by "collection/id". */
export type MarksIndex = Map<string, Marks>;

/** The sections a link may point at on each page, keyed by the page's path: heading and fact ids. */
export type AnchorIndex = Map<string, Set<string>>;

const keyOf = (entry: MdxEntry) => `${entry.collection}/${entry.id}`;
/** The site path of an MDX page. */
export const pathOf = (entry: MdxEntry) =>
  ({ services: servicePath, topics: topicPath, comparisons: comparisonPath, concepts: conceptPath })[
    entry.collection
  ](entry.id);

/** Sections a page draws from its frontmatter, outside the MDX body (see src/pages/services/[slug].astro). */
const pageSections = (entry: MdxEntry) =>
  entry.collection !== "comparisons" && entry.data.keyNumbers.length > 0
    ? [SECTIONS.keyNumbers.id, SECTIONS.sources.id]
    : [SECTIONS.sources.id];

/** The marks the build read from one page's syntax tree (remarkMarks), and its headings. */
async function readEntryMarks(
  entry: MdxEntry,
): Promise<Marks & { headings: { slug: string; text: string }[] }> {
  const { remarkPluginFrontmatter, headings } = await render(entry);
  const marks = remarkPluginFrontmatter[MARKS_KEY] as (Marks & { reader?: string }) | undefined;
  if (marks?.reader !== MARKS_READER) {
    throw new Error(
      `${entry.filePath}: the build did not read its marks; is markdown.processor unified({ remarkPlugins: [remarkMarks] }) in astro.config.mjs?`,
    );
  }
  return { ...marks, headings };
}

let checked: Promise<MarksIndex> | undefined;
let anchors: AnchorIndex | undefined;
let labels: Map<string, string> | undefined;

/** What a link to a section is called: the page's short name and the section's heading (or fact). */
function sectionLabels(entry: MdxEntry, marks: Marks, headings: { slug: string; text: string }[]) {
  const name = entry.collection === "services" ? entry.data.shortName : entry.data.title;
  const path = pathOf(entry);
  return [
    ...headings.map((h) => [h.slug, h.text] as const),
    ...marks.facts.map((f) => [factAnchor(f.question), f.question] as const),
    [SECTIONS.keyNumbers.id, SECTIONS.keyNumbers.title] as const,
    [SECTIONS.sources.id, SECTIONS.sources.title] as const,
  ].map(([id, text]) => [`${path}#${id}`, `${name}: ${text}`] as const);
}

/**
 * The marks of every service, comparison and concept page, checked once per build: links resolve, glossary
 * terms exist and are marked at their first use, diagrams are drawn and fresh. Throws one error naming
 * every problem with its file and line.
 */
export function getCheckedMarks(): Promise<MarksIndex> {
  checked ??= (async () => {
    const entries: MdxEntry[] = [
      ...(await getCollection("services")),
      ...(await getCollection("topics")),
      ...(await getCollection("comparisons")),
      ...(await getCollection("concepts")),
    ];
    const [routes, glossary] = await Promise.all([getSiteRoutes(), getCollection("glossary")]);
    const terms = new Map(glossary.map((g) => [g.id, g.data.term]));
    const index: MarksIndex = new Map();
    anchors = new Map();
    labels = new Map();
    const problems = [];
    for (const entry of entries) {
      const { headings, ...marks } = await readEntryMarks(entry);
      index.set(keyOf(entry), marks);
      anchors.set(
        pathOf(entry),
        new Set([
          ...headings.map((h) => h.slug),
          ...marks.facts.map((f) => factAnchor(f.question)),
          ...pageSections(entry),
        ]),
      );
      for (const [link, label] of sectionLabels(entry, marks, headings)) labels.set(link, label);
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

/** The ids of the sections a link may point at on every MDX page, once its marks are checked. */
export async function getPageAnchors(): Promise<AnchorIndex> {
  await getCheckedMarks();
  return anchors!;
}

/** What each section a link may point at is called ("SQS: Common traps"), keyed by its path and #id. */
export async function getSectionLabels(): Promise<ReadonlyMap<string, string>> {
  await getCheckedMarks();
  return labels!;
}

/** One page's checked marks. */
export async function getMarks(entry: MdxEntry): Promise<Marks> {
  return (await getCheckedMarks()).get(keyOf(entry))!;
}

/** A service's flashcard facts: those of its page, then those of its topic pages with their paths. */
export async function getServiceFacts(service: CollectionEntry<"services">): Promise<Fact[]> {
  const topics = (await getCollection("topics"))
    .filter((t) => t.data.service.id === service.id)
    .sort((a, b) => a.data.order - b.data.order);
  const own: Fact[] = (await getMarks(service)).facts.map(({ question, answer }) => ({ question, answer }));
  const deeper = await Promise.all(
    topics.map(async (t) =>
      (await getMarks(t)).facts.map(({ question, answer }) => ({ question, answer, path: topicPath(t.id) })),
    ),
  );
  return [...own, ...deeper.flat()];
}
