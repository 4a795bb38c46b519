import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { getArticles } from "@/lib/articles";
import { topicPath, withBase } from "@/lib/paths";

/** Every topic page as Markdown, at its path with ".md" for the last slash: /services/redshift/table-design.md. */
export async function getStaticPaths() {
  return (await getCollection("topics")).map((t) => {
    const [slug, topic] = t.id.split("/");
    return { params: { slug, topic } };
  });
}

export const GET: APIRoute = async ({ params }) => {
  const path = withBase(topicPath(`${params.slug}/${params.topic}`));
  const article = (await getArticles()).find((a) => a.path === path)!;
  return new Response(article.markdown, { headers: { "content-type": "text/markdown; charset=utf-8" } });
};
