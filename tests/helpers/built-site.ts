import { existsSync, readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import { htmlPages } from "../../scripts/built-pages.mjs";

/** The DOM of an HTML page, parsed by linkedom: elements and attributes as a browser sees them. */
export const parseDocument = (html: string): Document => parseHTML(html).document;

/** The DOM of the built HTML file `file` (relative to `dir`). */
export const readBuiltPage = (dir: string, file: string) =>
  parseDocument(readFileSync(join(dir, file), "utf8"));

/** The site path a built HTML file is served at (services/s3/index.html → /services/s3/). */
export const pagePath = (file: string) => `/${file.replace(/index\.html$/, "")}`;

/** One URL a page asks for: the attribute it stands in and its value, entities decoded. */
export interface PageLink {
  attr: "href" | "src";
  url: string;
}

/**
 * Every href and src of a page's elements, in document order. What a data block (a JSON `<script>`) or
 * a comment holds is text, not an element, so it never counts.
 */
export const linksIn = (document: Document): PageLink[] =>
  [...document.querySelectorAll("[href], [src]")].flatMap((element) =>
    (["href", "src"] as const).flatMap((attr) => {
      const url = element.getAttribute(attr);
      return url === null ? [] : [{ attr, url }];
    }),
  );

/** The ids of a page's elements: the #fragments a link to it can name. */
export const idsIn = (document: Document) => new Set([...document.querySelectorAll("[id]")].map((e) => e.id));

/** The page URLs a sitemap lists, each `<loc>`'s text, read as XML (entities and CDATA decoded). */
export const sitemapLocations = (xml: string): string[] =>
  [...new DOMParser().parseFromString(xml, "text/xml").querySelectorAll("loc")].map((loc) =>
    loc.textContent!.trim(),
  );

/** Every HTML page of a built site, parsed once: its path relative to `dir` → its DOM. */
export const readBuiltSite = (dir: string) =>
  new Map(htmlPages(dir).map((file) => [file, readBuiltPage(dir, file)]));

/**
 * Every broken link, fragment and asset of a built site served under `base`:
 * each href/src starting with the base must name a file of `dir`, and a #fragment an id in it.
 * `pages` are its parsed pages, when the caller has them already.
 */
export function findBrokenLinks(dir: string, base = "/", pages = readBuiltSite(dir)): string[] {
  const prefix = base.replace(/\/+$/, "");
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, idsIn(pages.get(file) ?? readBuiltPage(dir, file)));
    return ids.get(file)!;
  };
  const problems: string[] = [];
  for (const [file, document] of pages) {
    for (const { attr, url } of linksIn(document)) {
      if (/^(https?:|mailto:|data:)/.test(url)) continue;
      const [pathPart, fragment] = url.split("#") as [string, string | undefined];
      let target = file;
      if (pathPart) {
        if (!pathPart.startsWith(`${prefix}/`)) {
          problems.push(`${file}: ${attr}="${url}" is outside the base path ${base}`);
          continue;
        }
        const path = decodeURIComponent(pathPart.slice(prefix.length).replace(/\?.*$/, ""));
        target = path.endsWith("/") ? `${path.slice(1)}index.html` : path.slice(1);
        if (!existsSync(join(dir, target))) {
          problems.push(`${file}: ${attr}="${url}" does not exist`);
          continue;
        }
      }
      if (fragment && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(fragment))) {
        problems.push(`${file}: ${attr}="${url}" has no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}

/** The text Pagefind keeps of each page it indexed, by page path: its fragment files, unzipped. */
export function indexedText(dir: string): Map<string, string> {
  const folder = join(dir, "pagefind", "fragment");
  return new Map(
    readdirSync(folder).map((file) => {
      const data = gunzipSync(readFileSync(join(folder, file))).toString("utf8");
      const { url, content } = JSON.parse(data.slice(data.indexOf("{"))) as { url: string; content: string };
      return [url, content];
    }),
  );
}
