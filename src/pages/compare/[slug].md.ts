import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { getArticles } from "@/lib/articles";
import { comparisonPath, withBase } from "@/lib/paths";

/** Every comparison as Markdown, at its path with ".md" for the last slash: /compare/glue-vs-dms.md. */
export async function getStaticPaths() {
  return (await getCollection("comparisons")).map((c) => ({ params: { slug: c.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const path = withBase(comparisonPath(params.slug!));
  const article = (await getArticles()).find((a) => a.path === path)!;
  return new Response(article.markdown, { headers: { "content-type": "text/markdown; charset=utf-8" } });
};
