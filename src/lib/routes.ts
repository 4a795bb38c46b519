import { getCollection } from "astro:content";
import { categoryPath, comparisonPath, conceptPath, examGuidePath, servicePath, topicPath } from "./paths";
import { groupServicesByCategory } from "./services";
import { SITE_PAGES } from "./sitePages";

let cached: Promise<Set<string>> | undefined;

/** Every page path of the site (without the base path), for checking links written in content. */
export function getSiteRoutes(): Promise<Set<string>> {
  cached ??= (async () => {
    const [services, topics, comparisons, concepts, guides] = await Promise.all([
      getCollection("services"),
      getCollection("topics"),
      getCollection("comparisons"),
      getCollection("concepts"),
      getCollection("examGuides"),
    ]);
    return new Set([
      ...Object.values(SITE_PAGES).map((page) => page.path),
      ...services.map((s) => servicePath(s.id)),
      ...topics.map((t) => topicPath(t.id)),
      // A category has a page once it has a service, as in src/pages/categories/[category].astro.
      ...groupServicesByCategory(services).map((g) => categoryPath(g.category.id)),
      ...comparisons.map((c) => comparisonPath(c.id)),
      ...concepts.map((c) => conceptPath(c.id)),
      ...guides.map((g) => examGuidePath(g.id)),
    ]);
  })();
  return cached;
}
