import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readContentPages } from "./content";

/** A piece of a page's text, with the site path of the link it sits in, if any. */
export interface TextRun {
  text: string;
  href?: string;
}

/** What the link-graph checks read from one built service page. */
export interface ServicePage {
  id: string;
  /** The article body's text, in order (diagram drawings and glossary tooltips left out). */
  body: TextRun[];
  /** Ids of the services the article body links to. */
  bodyLinks: Set<string>;
  /** The Connections section, one "label → id" line per link. */
  connections: string[];
}

/** What the service entries' frontmatter says, read from the MDX files. */
export interface ServiceSource {
  id: string;
  file: string;
  title: string;
  shortName: string;
  related: { service: string; kind: string }[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!);

/** The inner HTML of the first element whose opening tag contains `marker`, by counting its tag's nesting. */
export function innerHtmlOf(html: string, marker: string): string {
  const start = html.indexOf(marker);
  if (start === -1) return "";
  const open = html.lastIndexOf("<", start);
  const tag = /^<([a-z]+)/.exec(html.slice(open))![1]!;
  const tags = new RegExp(`<${tag}[\\s>]|</${tag}>`, "g");
  tags.lastIndex = html.indexOf(">", start) + 1;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return html.slice(html.indexOf(">", start) + 1, m.index);
  }
  return html.slice(start);
}

/** The text of an HTML fragment in reading order, each run with the href of its enclosing link. */
export function textRuns(html: string): TextRun[] {
  const runs: TextRun[] = [];
  const hrefs: (string | undefined)[] = [];
  // Drawings and tooltips repeat words the prose says; they are not where a reader meets a name.
  const cleaned = html
    .replace(/<svg[\s\S]*?<\/svg>/g, " ")
    .replace(/<span role="tooltip"[^>]*>[\s\S]*?<\/span>/g, "");
  for (const [token] of cleaned.matchAll(/<a\s[^>]*>|<\/a>|<[^>]*>|[^<]+/g)) {
    if (token.startsWith("<a ")) hrefs.push(/\shref="([^"]*)"/.exec(token)?.[1]);
    else if (token === "</a>") hrefs.pop();
    else if (!token.startsWith("<")) runs.push({ text: decode(token), href: hrefs.at(-1) });
  }
  return runs;
}

/** The service id a site path names (/services/s3/#x → s3), or undefined. */
export const serviceIdOf = (href = "") => /^\/services\/([^/#?]+)\/(?:[#?].*)?$/.exec(href)?.[1];

/** Reads a built service page of `dist`. */
export function readServicePage(dist: string, id: string): ServicePage {
  const html = readFileSync(join(dist, "services", id, "index.html"), "utf8");
  const body = textRuns(innerHtmlOf(html, 'class="prose" data-link-previews'));
  const connections: string[] = [];
  let label = "";
  const section = innerHtmlOf(html, 'aria-labelledby="connected-services"');
  for (const m of section.matchAll(/<dt[^>]*>([^<]*)<\/dt>|<a\s[^>]*href="([^"]*)"/g)) {
    if (m[1] !== undefined) label = decode(m[1]);
    else connections.push(`${label} → ${serviceIdOf(m[2])}`);
  }
  const bodyLinks = new Set(body.map((r) => serviceIdOf(r.href)).filter((s): s is string => !!s && s !== id));
  return { id, body, bodyLinks, connections };
}

/** Every service's title, short name and stated relations, read from its MDX frontmatter. */
export function readServiceSources(folder = "src/content/services"): ServiceSource[] {
  return readContentPages(folder).map(({ id, file, data }) => {
    const front = data as { title: string; shortName: string; related?: { service: string; kind: string }[] };
    const related = (front.related ?? []).map(({ service, kind }) => ({ service, kind }));
    return { id, file, title: front.title, shortName: front.shortName, related };
  });
}
