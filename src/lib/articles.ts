import { getCollection, getEntries, render, type CollectionEntry } from "astro:content";
import type { MdxEntry } from "./contentMarks";
import { categoryLabel } from "./categories";
import { describeLifecycle } from "./format";
import { renderMarkdownArticle } from "./markdownPage";
import { MARKDOWN_KEY } from "./mdx/remarkMarks";
import { comparisonPath, conceptPath, markdownPathOf, servicePath, topicPath, withBase } from "./paths";
import { orderServices } from "./services";
import { COMPARISONS_SEARCH_CATEGORY, CONCEPTS_SEARCH_CATEGORY } from "./sitePages";

/** An article of the site (a service, a comparison or a concept) with its Markdown version. */
export interface Article {
  /** The web page's path (base path included). */
  path: string;
  /** The Markdown version's path (base path included): the page's path with ".md" for its last slash. */
  markdownPath: string;
  title: string;
  summary: string;
  /** Its category's name, "Comparisons" or "Concepts". */
  group: string;
  markdown: string;
}

/** A path of the site as a full address, from the `site` setting of astro.config.mjs. */
const absolute = (path: string) => new URL(path, import.meta.env.SITE).href;

/** The body of an MDX entry as plain Markdown, from the build's one reading of it (remarkMarks). */
async function markdownBody(entry: MdxEntry): Promise<string> {
  const { remarkPluginFrontmatter } = await render(entry);
  return String(remarkPluginFrontmatter[MARKDOWN_KEY] ?? "");
}

let cached: Promise<Article[]> | undefined;

/** Every article, services in reading order, their topics, then comparisons and concepts, each with its Markdown version. */
export function getArticles(): Promise<Article[]> {
  cached ??= (async () => {
    const services = orderServices(await getCollection("services"));
    const comparisons = await getCollection("comparisons");
    const concepts = await getCollection("concepts");
    const topics = await getCollection("topics");
    const categoryOf = new Map(services.map((s) => [s.id, categoryLabel(s.data.category)]));
    const serviceArticles = services.map(async (s) => {
      const path = withBase(servicePath(s.id));
      const { status, formerNames } = s.data;
      const notes = [
        ...(formerNames.length ? [`Formerly ${formerNames.join("; ")}.`] : []),
        ...(status.state !== "available"
          ? [`Status: ${describeLifecycle(status.state, status.date)}. ${status.note ?? ""}`]
          : []),
        ...s.data.notices.map((n) => `${n.offering}: ${describeLifecycle(n.state, n.date)}. ${n.note}`),
      ];
      return {
        path,
        markdownPath: markdownPathOf(path),
        title: s.data.title,
        summary: s.data.summary,
        group: categoryLabel(s.data.category),
        markdown: renderMarkdownArticle({
          ...s.data,
          url: absolute(path),
          body: await markdownBody(s),
          notes,
        }),
      };
    });
    const comparisonArticles = comparisons.map(async (c) => {
      const path = withBase(comparisonPath(c.id));
      const columns = await getEntries(c.data.services);
      return {
        path,
        markdownPath: markdownPathOf(path),
        title: c.data.title,
        summary: c.data.summary,
        group: COMPARISONS_SEARCH_CATEGORY,
        markdown: renderMarkdownArticle({
          ...c.data,
          url: absolute(path),
          body: await markdownBody(c),
          table: {
            headers: ["", ...(c.data.columns ?? columns.map((s) => s.data.shortName))],
            rows: c.data.rows.map((r) => [r.aspect, ...r.cells]),
          },
        }),
      };
    });
    /** A concept or topic page: its frontmatter and body as they are, filed under `group`. */
    const plainArticle = async (
      entry: CollectionEntry<"concepts" | "topics">,
      path: string,
      group: string,
    ) => ({
      path,
      markdownPath: markdownPathOf(path),
      title: entry.data.title,
      summary: entry.data.summary,
      group,
      markdown: renderMarkdownArticle({
        ...entry.data,
        url: absolute(path),
        body: await markdownBody(entry),
      }),
    });
    const conceptArticles = concepts.map((c) =>
      plainArticle(c, withBase(conceptPath(c.id)), CONCEPTS_SEARCH_CATEGORY),
    );
    // A topic is filed with its service's category and follows the services in llms.txt.
    const topicArticles = topics.map((t) =>
      plainArticle(t, withBase(topicPath(t.id)), categoryOf.get(t.data.service.id)!),
    );
    return Promise.all([...serviceArticles, ...topicArticles, ...comparisonArticles, ...conceptArticles]);
  })();
  return cached;
}
