/**
 * Pagefind ranks by words, so a page that repeats "Kinesis" can beat the page whose former name is
 * exactly "Kinesis Data Analytics". When the query is exactly a service's name, short name, former
 * name or alias, that page goes first; everything else keeps Pagefind's order.
 */

/** Lower case, single spaces, no surrounding punctuation: how names and queries are compared. */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"'’]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The names each page answers to, as page path by normalized name; a name two pages share is left out. */
export function buildNameIndex(pages: { path: string; names: string[] }[]): Record<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const { path, names } of pages) {
    for (const name of names) {
      const key = normalizeName(name);
      owners.set(key, (owners.get(key) ?? new Set()).add(path));
    }
  }
  return Object.fromEntries(
    [...owners].filter(([, paths]) => paths.size === 1).map(([name, paths]) => [name, [...paths][0]!]),
  );
}

/** The page path a query names exactly, if any ("amazon", "aws" in front are optional). */
export function findNamedPage(query: string, index: Record<string, string>): string | undefined {
  const q = normalizeName(query);
  return index[q] ?? index[`amazon ${q}`] ?? index[`aws ${q}`];
}

/** Moves the item whose path is `target` to the front; returns the same order when it is absent. */
export function promoteToFront<T>(items: T[], pathOf: (item: T) => string, target: string | undefined): T[] {
  if (!target) return items;
  const i = items.findIndex((item) => pathOf(item) === target);
  if (i <= 0) return items;
  return [items[i]!, ...items.slice(0, i), ...items.slice(i + 1)];
}
