import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { getArticles } from "@/lib/articles";
import { servicePath, withBase } from "@/lib/paths";

/** Every service page as Markdown, at its path with ".md" for the last slash: /services/athena.md. */
export async function getStaticPaths() {
  return (await getCollection("services")).map((s) => ({ params: { slug: s.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const path = withBase(servicePath(params.slug!));
  const article = (await getArticles()).find((a) => a.path === path)!;
  return new Response(article.markdown, { headers: { "content-type": "text/markdown; charset=utf-8" } });
};
