import { withBase } from "@/lib/paths";
import { SEARCH_RANKING } from "@/lib/searchOptions";
import { pathOf, type FoundPage, type SectionRow } from "@/lib/searchRows";

/**
 * Full-text search through Pagefind's own JavaScript API (its WASM and index, loaded on first use).
 * Pagefind ranks by words; the site's ranking (src/lib/searchOptions.ts) weighs names and titles up.
 */

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; category?: string };
  sub_results?: SectionRow[];
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: object): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

/** How many pages a search shows, and sections under each. */
const PAGES_SHOWN = 8;
const SECTIONS_SHOWN = 3;

let loading: Promise<Pagefind> | undefined;

/** Loads and starts Pagefind once; a load that failed (offline, say) is tried again next time. */
export function loadFullText(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ withBase("/pagefind/pagefind.js"))) as Pagefind;
    await pagefind.options({ ranking: SEARCH_RANKING, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The pages that match `term`, best first, narrowed to `category` when one is given. */
export async function searchFullText(term: string, category: string): Promise<FoundPage[]> {
  const pagefind = await loadFullText();
  const { results } = await pagefind.search(term, { filters: category ? { category } : {} });
  const pages = await Promise.all(results.slice(0, PAGES_SHOWN).map((result) => result.data()));
  return pages.map((page) => ({
    url: page.url,
    title: page.meta.title ?? pathOf(page.url),
    category: page.meta.category,
    excerpt: page.excerpt,
    // Pagefind lists the page itself as a section when no heading matched: that is the page's own result.
    sections: (page.sub_results ?? [])
      .filter((section) => section.url.includes("#"))
      .slice(0, SECTIONS_SHOWN),
  }));
}
