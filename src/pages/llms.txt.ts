import type { APIRoute } from "astro";
import { getArticles } from "@/lib/articles";
import { SITE_DESCRIPTION, SITE_TITLE } from "@/site";

/**
 * /llms.txt, as the llms.txt convention asks: the site's title, its summary, then every article as a
 * link to its Markdown version with its one-line summary, grouped by category.
 */
export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const groups = [...new Set(articles.map((a) => a.group))];
  const url = (path: string) => new URL(path, import.meta.env.SITE).href;
  const sections = groups.map((group) =>
    [
      `## ${group}`,
      ...articles
        .filter((a) => a.group === group)
        .map((a) => `- [${a.title}](${url(a.markdownPath)}): ${a.summary}`),
    ].join("\n"),
  );
  const text = [
    `# ${SITE_TITLE}`,
    `> ${SITE_DESCRIPTION}`,
    `Every article in full: ${url(`${import.meta.env.BASE_URL}llms-full.txt`)}`,
    ...sections,
  ].join("\n\n");
  return new Response(`${text}\n`, { headers: { "content-type": "text/plain; charset=utf-8" } });
};
