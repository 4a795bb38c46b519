/**
 * Name answers: the pages a query names, found in a few KB of names (`/search-names.json`) before the
 * full-text index has loaded. A service answers to its title, short name, aliases and former names; a
 * comparison to its title. Pure functions, shared by the build (the file) and the browser (the answers).
 */
import { COMPARISONS_SEARCH_CATEGORY } from "./sitePages";

/** A page and every name it answers to. */
export interface NamedPage {
  path: string;
  title: string;
  /** The category label the page is filed under in search (as Pagefind's `category` filter). */
  category: string;
  /** Title first, then short name and aliases. */
  names: string[];
  /** Names the service had before, shown as "Formerly …" when a query matches one. */
  former: string[];
}

/** What `/search-names.json` holds. */
export interface SearchNames {
  /** Every category label search files pages under, in display order (Pagefind's `category` filter). */
  categories: string[];
  /** Where to browse each category of services, for the empty state. */
  browse: { label: string; href: string }[];
  pages: NamedPage[];
}

/** How a name matched, best first: the whole name, the name's start, or the start of one of its words. */
export type MatchKind = "exact" | "start" | "word";
const KIND_ORDER: readonly MatchKind[] = ["exact", "start", "word"];

export interface NameAnswer {
  page: NamedPage;
  kind: MatchKind;
  /** The name that matched, when the reader may not recognise the page from its title alone. */
  note?: string;
}

/** At an equal match, a service page goes before a comparison that names it. */
const isComparison = (page: NamedPage) => page.category === COMPARISONS_SEARCH_CATEGORY;

/** Lower case, single spaces, no quotes or surrounding space: how names and queries are compared. */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"'’]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Amazon" and "AWS" in front of a name are optional. */
const withoutVendor = (name: string) => name.replace(/^(amazon|aws) /, "");

/** How `name` matches the normalized query `q`, if it does. */
function matchKind(name: string, q: string): MatchKind | undefined {
  const n = normalizeName(name);
  const bare = withoutVendor(n);
  if (n === q || bare === q) return "exact";
  if (n.startsWith(q) || bare.startsWith(q)) return "start";
  if (n.includes(` ${q}`) || n.includes(`-${q}`)) return "word";
  return undefined;
}

/**
 * The best match among a page's names. The note says a former name whenever one matches, even when an
 * alias matched better: "Formerly Amazon Elasticsearch Service" tells a student more than "Elasticsearch".
 */
function bestMatch(page: NamedPage, q: string): { kind: MatchKind; rank: number; note?: string } | undefined {
  const candidates = [
    ...page.names.map((name, i) => ({ name, note: i < 2 ? undefined : `“${name}”`, own: i < 2 })),
    ...page.former.map((name) => ({ name, note: `Formerly ${name}`, own: false })),
  ];
  let best: { kind: MatchKind; rank: number; note?: string } | undefined;
  for (const { name, note, own } of candidates) {
    const kind = matchKind(name, q);
    if (!kind) continue;
    // The page's own names before its aliases at the same kind of match.
    const rank = KIND_ORDER.indexOf(kind) * 2 + (own ? 0 : 1);
    if (!best || rank < best.rank) best = { kind, rank, note };
  }
  const former = page.former.find((name) => matchKind(name, q));
  return best && former && best.note ? { ...best, note: `Formerly ${former}` } : best;
}

/**
 * The pages `query` names, best first: whole names, then names that start with it, then names with a
 * word that starts with it; a page's own name before an alias; services before comparisons; then by
 * title. `category` narrows them.
 */
export function matchNames(
  query: string,
  pages: readonly NamedPage[],
  { category = "", limit = 5 }: { category?: string; limit?: number } = {},
): NameAnswer[] {
  const q = normalizeName(query);
  if (!q) return [];
  return pages
    .filter((page) => !category || page.category === category)
    .flatMap((page) => {
      const match = bestMatch(page, q);
      return match ? [{ page, ...match }] : [];
    })
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(isComparison(a.page)) - Number(isComparison(b.page)) ||
        a.page.title.localeCompare(b.page.title),
    )
    .slice(0, limit)
    .map(({ page, kind, note }) => (note ? { page, kind, note } : { page, kind }));
}
