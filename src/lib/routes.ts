import { getCollection } from "astro:content";
import { categoryPath, comparisonPath, servicePath, withBase } from "./paths";
import { groupServicesByCategory } from "./services";

/** Pages that are not generated from a collection. */
const STATIC_ROUTES = [
  "/",
  "/search/",
  "/compare/",
  "/compare/any/",
  "/glossary/",
  "/which-service/",
  "/map/",
  "/self-test/",
  "/cheat-sheet/",
  "/offline/",
];

let cached: Promise<Set<string>> | undefined;

/** Every page path of the site (without the base path), for checking links written in content. */
export function getSiteRoutes(): Promise<Set<string>> {
  cached ??= (async () => {
    const [services, comparisons] = await Promise.all([
      getCollection("services"),
      getCollection("comparisons"),
    ]);
    return new Set([
      ...STATIC_ROUTES,
      ...services.map((s) => servicePath(s.id)),
      // A category has a page once it has a service, as in src/pages/categories/[category].astro.
      ...groupServicesByCategory(services).map((g) => categoryPath(g.category.id)),
      ...comparisons.map((c) => comparisonPath(c.id)),
    ]);
  })();
  return cached;
}

/** The content file a page was rendered from, for error messages. */
export async function getSourceFile(pathname: string, base: string): Promise<string> {
  const path = pathname.slice(withBase("/", base).length - 1);
  const match = /^\/(services|compare)\/([^/]+)\/$/.exec(path);
  if (!match) return `the page ${pathname}`;
  const collection = match[1] === "services" ? "services" : "comparisons";
  const entries = await getCollection(collection);
  return entries.find((e) => e.id === match[2])?.filePath ?? `the page ${pathname}`;
}
