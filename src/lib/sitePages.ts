/**
 * The pages that are not made from a collection, each declared once: its path, its label, where the
 * sidebar lists it and under which category search files it. The sidebar, the routes that content
 * links are checked against and the pages' search attributes all derive from this list.
 */

/** The sidebar's groups of site pages, in order. */
export const NAV_GROUPS = [
  { id: "overview", title: "Overview" },
  { id: "study", title: "Study tools" },
] as const;

export type NavGroupId = (typeof NAV_GROUPS)[number]["id"];

/** A page of the site that no collection generates. */
export interface SitePage {
  /** Its path without the base path, with a trailing slash. */
  path: string;
  /** Its name in the sidebar and in links. */
  label: string;
  /** The sidebar group that lists it; none for pages reached otherwise (search, offline). */
  nav?: NavGroupId;
  /** The category search files it under; none for pages search does not index. */
  searchCategory?: string;
}

/** Every non-collection page, in sidebar order within each group. */
export const SITE_PAGES = {
  home: { path: "/", label: "All services", nav: "overview" },
  comparisons: { path: "/compare/", label: "Comparisons", nav: "overview" },
  concepts: { path: "/concepts/", label: "Concepts", nav: "overview" },
  changes: {
    path: "/changes/",
    label: "What changed at AWS",
    nav: "overview",
    searchCategory: "Study tools",
  },
  examGuides: {
    path: "/exam/",
    label: "Study by the exam guide",
    nav: "study",
    searchCategory: "Study tools",
  },
  whichService: {
    path: "/which-service/",
    label: "Which service?",
    nav: "study",
    searchCategory: "Study tools",
  },
  compareAny: {
    path: "/compare/any/",
    label: "Compare any two",
    nav: "study",
    searchCategory: "Study tools",
  },
  map: { path: "/map/", label: "Service map", nav: "study" },
  glossary: { path: "/glossary/", label: "Glossary", nav: "study", searchCategory: "Glossary" },
  selfTest: { path: "/self-test/", label: "Self-test", nav: "study" },
  practice: {
    path: "/practice/",
    label: "Practice questions",
    nav: "study",
    searchCategory: "Study tools",
  },
  mockExam: { path: "/practice/exam/", label: "Mock exam", nav: "study", searchCategory: "Study tools" },
  progress: { path: "/progress/", label: "Your progress", nav: "study", searchCategory: "Study tools" },
  cheatSheet: { path: "/cheat-sheet/", label: "Cheat sheet", nav: "study" },
  search: { path: "/search/", label: "Search" },
  offline: { path: "/offline/", label: "Offline" },
} as const satisfies Record<string, SitePage>;

export type SitePageId = keyof typeof SITE_PAGES;

/** The pages a sidebar group lists, in order. */
export function listNavPages(group: NavGroupId): SitePage[] {
  return Object.values(SITE_PAGES).filter((page: SitePage) => page.nav === group);
}

/** The category search files under: for service pages, their category label; else "Comparisons" and the like. */
export const COMPARISONS_SEARCH_CATEGORY = "Comparisons";

/** The category search files concept pages under. */
export const CONCEPTS_SEARCH_CATEGORY = "Concepts";

/**
 * The attributes that put a page's body in the search index under a category (Pagefind's filter and
 * result meta), or none when the page is not indexed.
 */
export function searchAttributes(category: string | undefined): Record<string, string> {
  if (!category) return {};
  return {
    "data-pagefind-body": "",
    "data-pagefind-filter": `category:${category}`,
    "data-pagefind-meta": `category:${category}`,
  };
}
