import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "./built-site";
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
  formerNames: string[];
  related: { service: string; kind: string }[];
}

/** What a reader does not meet as prose: drawings and tooltips repeat words the prose says; code is not read. */
const NOT_PROSE = "svg, [role=tooltip], script, style, template";

/** The text under `root` in reading order, each run with the href of the link it sits in, if any. */
export function textRuns(root: Node): TextRun[] {
  const runs: TextRun[] = [];
  for (const node of root.childNodes) {
    if (node.nodeType === node.TEXT_NODE) {
      // linkedom ends a text node at each character reference (user&#39;s); a browser keeps one node.
      if (node.previousSibling?.nodeType === node.TEXT_NODE) runs.at(-1)!.text += node.textContent;
      else
        runs.push({
          text: node.textContent!,
          href: node.parentElement?.closest("a")?.getAttribute("href") ?? undefined,
        });
    } else if (node.nodeType === node.ELEMENT_NODE && !(node as Element).matches(NOT_PROSE)) {
      runs.push(...textRuns(node));
    }
  }
  return runs;
}

/** The service id a site path names (/services/s3/#x → s3), or undefined. */
export const serviceIdOf = (href = "") => /^\/services\/([^/#?]+)\/(?:[#?].*)?$/.exec(href)?.[1];

/** What the link-graph checks read from the HTML of service `id`'s page. */
export function parseServicePage(html: string, id: string): ServicePage {
  const document = parseDocument(html);
  const article = document.querySelector(".prose[data-link-previews]");
  const body = article ? textRuns(article) : [];
  const connections: string[] = [];
  let label = "";
  // Each group's <dt> names the relation of the links that follow it, up to the next <dt>.
  for (const element of document.querySelectorAll(
    '[aria-labelledby="connected-services"] :is(dt, a[href])',
  )) {
    if (element.localName === "dt") label = element.textContent!.trim();
    else connections.push(`${label} → ${serviceIdOf(element.getAttribute("href")!)}`);
  }
  const bodyLinks = new Set(body.map((r) => serviceIdOf(r.href)).filter((s): s is string => !!s && s !== id));
  return { id, body, bodyLinks, connections };
}

/** Reads a built service page of `dist`. */
export const readServicePage = (dist: string, id: string) =>
  parseServicePage(readFileSync(join(dist, "services", id, "index.html"), "utf8"), id);

/** Every service's title, short name and stated relations, read from its MDX frontmatter. */
export function readServiceSources(folder = "src/content/services"): ServiceSource[] {
  return readContentPages(folder).map(({ id, file, data }) => {
    const front = data as {
      title: string;
      shortName: string;
      formerNames?: string[];
      related?: { service: string; kind: string }[];
    };
    const related = (front.related ?? []).map(({ service, kind }) => ({ service, kind }));
    return {
      id,
      file,
      title: front.title,
      shortName: front.shortName,
      formerNames: front.formerNames ?? [],
      related,
    };
  });
}
