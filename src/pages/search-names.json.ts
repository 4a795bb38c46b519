import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { CATEGORIES, categoryLabel } from "@/lib/categories";
import { comparisonPath, conceptPath, servicePath, topicPath } from "@/lib/paths";
import type { SearchNames } from "@/lib/searchNames";
import { byTitle } from "@/lib/services";
import { COMPARISONS_SEARCH_CATEGORY, CONCEPTS_SEARCH_CATEGORY } from "@/lib/sitePages";

/** Every name a page answers to, for search's name answers before the full-text index loads (src/lib/searchNames.ts). */
export const GET: APIRoute = async () => {
  const [services, topics, comparisons, concepts] = await Promise.all([
    getCollection("services"),
    getCollection("topics"),
    getCollection("comparisons"),
    getCollection("concepts"),
  ]);
  const names: SearchNames = {
    categories: [...CATEGORIES.map((c) => c.label), COMPARISONS_SEARCH_CATEGORY, CONCEPTS_SEARCH_CATEGORY],
    browse: CATEGORIES.map((c) => ({ label: c.label, href: `/#${c.id}` })),
    pages: [
      ...services.sort(byTitle).map((s) => ({
        path: servicePath(s.id),
        title: s.data.title,
        category: categoryLabel(s.data.category),
        names: [s.data.title, s.data.shortName, ...s.data.aliases],
        former: s.data.formerNames,
      })),
      ...topics.sort(byTitle).map((t) => ({
        path: topicPath(t.id),
        title: t.data.title,
        category: categoryLabel(services.find((s) => s.id === t.data.service.id)!.data.category),
        names: [t.data.title, ...t.data.aliases],
        former: [],
      })),
      ...comparisons.map((c) => ({
        path: comparisonPath(c.id),
        title: c.data.title,
        category: COMPARISONS_SEARCH_CATEGORY,
        names: [c.data.title],
        former: [],
      })),
      ...concepts.sort(byTitle).map((c) => ({
        path: conceptPath(c.id),
        title: c.data.title,
        category: CONCEPTS_SEARCH_CATEGORY,
        names: [c.data.title, ...c.data.aliases],
        former: [],
      })),
    ],
  };
  return new Response(JSON.stringify(names), { headers: { "content-type": "application/json" } });
};
