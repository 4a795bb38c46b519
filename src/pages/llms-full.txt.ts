import type { APIRoute } from "astro";
import { getArticles } from "@/lib/articles";
import { SITE_DESCRIPTION, SITE_TITLE } from "@/site";

/** /llms-full.txt: every article's Markdown version in full, in the site's reading order. */
export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const text = [`# ${SITE_TITLE}`, `> ${SITE_DESCRIPTION}`, ...articles.map((a) => a.markdown.trim())].join(
    "\n\n---\n\n",
  );
  return new Response(`${text}\n`, { headers: { "content-type": "text/plain; charset=utf-8" } });
};
