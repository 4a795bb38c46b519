import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { buildNameIndex } from "@/lib/searchRank";
import { comparisonPath, servicePath } from "@/lib/paths";

/** Every name a page answers to, for putting an exact match first in search (src/lib/searchRank.ts). */
export const GET: APIRoute = async () => {
  const [services, comparisons] = await Promise.all([
    getCollection("services"),
    getCollection("comparisons"),
  ]);
  const index = buildNameIndex([
    ...services.map((s) => ({
      path: servicePath(s.id),
      names: [s.data.title, s.data.shortName, ...s.data.formerNames, ...s.data.aliases],
    })),
    ...comparisons.map((c) => ({ path: comparisonPath(c.id), names: [c.data.title] })),
  ]);
  return new Response(JSON.stringify(index), { headers: { "content-type": "application/json" } });
};
