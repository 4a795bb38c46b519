import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { getArticles } from "@/lib/articles";
import { conceptPath, withBase } from "@/lib/paths";

/** Every concept as Markdown, at its path with ".md" for the last slash: /concepts/file-formats.md. */
export async function getStaticPaths() {
  return (await getCollection("concepts")).map((c) => ({ params: { slug: c.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const path = withBase(conceptPath(params.slug!));
  const article = (await getArticles()).find((a) => a.path === path)!;
  return new Response(article.markdown, { headers: { "content-type": "text/markdown; charset=utf-8" } });
};
