// The kinds of page the bench measures, declared once: each with its page on this site and, where the
// Starlight reference has a page of the same content, that page. Everything that walks pages (weight,
// Lighthouse, the table, the budgets) walks this list.
import { fileURLToPath } from "node:url";
import { importProject } from "./project.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const { SITE_PAGES } = await importProject(ROOT, "src/lib/sitePages.ts", ["SITE_PAGES"]);

/**
 * @typedef {object} PageType
 * @property {string} role its name in the report and the results' key
 * @property {string} [path] its page on this site; none for the diagram page, found in each build
 * @property {string} [starlight] the reference's page of the same content; none where it has none
 */

/** @type {PageType[]} */
export const PAGE_TYPES = [
  { role: "home", path: SITE_PAGES.home.path, starlight: "/" },
  { role: "service", path: "/services/athena/", starlight: "/services/athena/" },
  { role: "comparison", path: "/compare/glue-vs-dms/", starlight: "/compare/glue-vs-dms/" },
  // The service page with the most diagram bytes (findHeaviestDiagramPage); the reference draws its
  // one diagram, in the browser, on Data Pipeline's page.
  { role: "diagram", starlight: "/services/data-pipeline/" },
  { role: "map", path: SITE_PAGES.map.path },
  { role: "self-test", path: SITE_PAGES.selfTest.path },
  { role: "practice", path: SITE_PAGES.practice.path },
  { role: "mock exam", path: SITE_PAGES.mockExam.path },
  { role: "progress", path: SITE_PAGES.progress.path },
  // Starlight has no search page: its search is a dialog on every page.
  { role: "search", path: SITE_PAGES.search.path },
  { role: "glossary", path: SITE_PAGES.glossary.path, starlight: "/glossary/" },
];

/** The roles, in report order. */
export const ROLES = PAGE_TYPES.map((type) => type.role);

/**
 * The pages to measure on this site, by role.
 * @param {string} diagramPage the path of the heaviest diagram page of this build
 * @returns {Record<string, string>}
 */
export function sitePages(diagramPage) {
  return Object.fromEntries(PAGE_TYPES.map(({ role, path }) => [role, path ?? diagramPage]));
}

/** The pages to measure on the Starlight reference, by role: only those it has. */
export const STARLIGHT_PAGES = Object.fromEntries(
  PAGE_TYPES.flatMap(({ role, starlight }) => (starlight ? [[role, starlight]] : [])),
);
