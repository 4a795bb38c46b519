/**
 * The rows a search shows: the pages named by the query first (answered from a few KB of names, at
 * once), then the pages full text found that the names did not. A named page takes the sections full
 * text found in it. Pure, so the search dialog, the search page and the tests share one order.
 */
import type { NameAnswer } from "./searchNames";

/** A section of a page that matched. */
export interface SectionRow {
  url: string;
  title: string;
  /** Pagefind's excerpt: HTML with the text escaped and matched words in <mark>. */
  excerpt: string;
}

/** A page that matched the query. */
export interface PageRow {
  url: string;
  title: string;
  category?: string;
  /** Why a named page matched when its title does not say ("Formerly …"). */
  note?: string;
  excerpt?: string;
  sections: SectionRow[];
}

/** A page found by full text. */
export interface FoundPage {
  url: string;
  title: string;
  category?: string;
  excerpt: string;
  sections: SectionRow[];
}

/** An address without its query and fragment. */
export const pathOf = (url: string) => url.replace(/[?#].*$/, "");

/**
 * A result's address asking the landing page to mark the searched words: one `highlight` parameter per
 * word, as Pagefind's highlight script reads them. Made here for every result, because Pagefind keeps
 * a page's data, address included, from the first search that loaded it.
 */
export function highlightUrl(url: string, term: string): string {
  const hashAt = url.indexOf("#");
  const hash = hashAt >= 0 ? url.slice(hashAt) : "";
  const words = term.trim().split(/\s+/).filter(Boolean);
  const query = words.map((word) => `highlight=${encodeURIComponent(word)}`).join("&");
  return `${pathOf(url)}${query && `?${query}`}${hash}`;
}

/**
 * Name answers, then full-text pages not already named. `pathFor` turns a named page's site path into
 * its address (the base path). `found` is undefined while full text is still loading.
 */
export function mergeRows(
  term: string,
  named: NameAnswer[],
  found: FoundPage[] | undefined,
  pathFor: (path: string) => string = (path) => path,
): PageRow[] {
  const byPath = new Map((found ?? []).map((page) => [pathOf(page.url), page]));
  const sections = (page: FoundPage | undefined) =>
    (page?.sections ?? []).map((section) => ({ ...section, url: highlightUrl(section.url, term) }));
  const namedRows: PageRow[] = named.map(({ page, note }) => {
    const path = pathFor(page.path);
    const match = byPath.get(path);
    byPath.delete(path);
    return {
      url: highlightUrl(path, term),
      title: page.title,
      category: page.category,
      ...(note && { note }),
      ...(match && { excerpt: match.excerpt }),
      sections: sections(match),
    };
  });
  const rest = (found ?? []).filter((page) => byPath.has(pathOf(page.url)));
  return [
    ...namedRows,
    ...rest.map((page) => ({ ...page, url: highlightUrl(page.url, term), sections: sections(page) })),
  ];
}
