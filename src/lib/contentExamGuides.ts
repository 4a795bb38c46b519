import { getCollection, type CollectionEntry } from "astro:content";
import { getPageAnchors } from "./contentMarks";
import { checkTeachingLinks, itemsByPage, type ExamItem } from "./examItems";

let checked: Promise<CollectionEntry<"examGuides">[]> | undefined;

/**
 * The exam guides, checked once per build: every item names at least one section (the schema) and
 * every section it names exists. Throws one error naming each broken link with its file and item.
 */
export function getCheckedExamGuides(): Promise<CollectionEntry<"examGuides">[]> {
  checked ??= (async () => {
    const [guides, anchors] = await Promise.all([getCollection("examGuides"), getPageAnchors()]);
    const problems = guides.flatMap((g) => checkTeachingLinks(g.data, g.filePath ?? g.id, anchors));
    if (problems.length) throw new Error(`Bad exam guide:\n  ${problems.join("\n  ")}`);
    return guides;
  })();
  return checked;
}

/** Each guide with the items that the page at `path` (no base path) teaches, for "On the exam". */
export async function getItemsTaughtOn(
  path: string,
): Promise<{ id: string; code: string; items: ExamItem[] }[]> {
  const guides = await getCheckedExamGuides();
  return guides.map((g) => ({ id: g.id, code: g.data.code, items: itemsByPage(g.data).get(path) ?? [] }));
}
