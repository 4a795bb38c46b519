import { checkSectionLink } from "./questionChecks";

/** The part of an exam guide these functions read (an entry's data fits it). */
export interface GuideItems {
  code: string;
  domains: {
    id: string;
    tasks: { number: string; title: string; items: { id: string; text: string; teach: string[] }[] }[];
  }[];
}

/** One item of a guide, with its task and domain. */
export interface ExamItem {
  id: string;
  text: string;
  teach: string[];
  task: string;
  domain: string;
}

/** Every item of a guide, in the guide's order. */
export const listItems = (guide: GuideItems): ExamItem[] =>
  guide.domains.flatMap((d) =>
    d.tasks.flatMap((t) => t.items.map((item) => ({ ...item, task: t.number, domain: d.id }))),
  );

/** The anchor of an item on the guide's page: "item-1-1-k1". */
export const itemAnchor = (id: string) => `item-${id.replaceAll(".", "-")}`;

/**
 * Every item's teaching links lead to a section that exists. Returns one message per broken link,
 * naming the file and the item.
 */
export function checkTeachingLinks(
  guide: GuideItems,
  file: string,
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  return listItems(guide).flatMap((item) =>
    item.teach.flatMap((link) => {
      const problem = checkSectionLink(link, anchors);
      return problem ? [`${file}: item ${item.id} (${item.text}): ${problem}`] : [];
    }),
  );
}

/** The items each page teaches, keyed by the page's path: what a service page lists as "On the exam". */
export function itemsByPage(guide: GuideItems): Map<string, ExamItem[]> {
  const pages = new Map<string, ExamItem[]>();
  for (const item of listItems(guide)) {
    for (const path of new Set(item.teach.map((link) => link.split("#")[0]!))) {
      pages.set(path, [...(pages.get(path) ?? []), item]);
    }
  }
  return pages;
}
