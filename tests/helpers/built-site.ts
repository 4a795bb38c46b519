import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every HTML file of a built site, as paths relative to its folder. */
/** A <script> the browser never runs: a JSON or template data block. */
export const DATA_BLOCK =
  /<script type="(application\/json|text\/pagefind-template)"[^>]*>[\s\S]*?<\/script>/g;

export function htmlFiles(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      if (statSync(path).isDirectory()) return name === "pagefind" ? [] : walk(path);
      return name.endsWith(".html") ? [relative(dir, path)] : [];
    });
  return walk(dir).sort();
}

/** The site path a built HTML file is served at (services/s3/index.html → /services/s3/). */
export const pagePath = (file: string) => `/${file.replace(/index\.html$/, "")}`;

/**
 * Every broken link, fragment and asset of a built site served under `base`:
 * each href/src starting with the base must name a file of `dir`, and a #fragment an id in it.
 */
export function findBrokenLinks(dir: string, base = "/"): string[] {
  const prefix = base.replace(/\/+$/, "");
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const html = readFileSync(join(dir, file), "utf8");
      ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    }
    return ids.get(file)!;
  };
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    // Data blocks (Pagefind's result templates, JSON) hold placeholders, not links.
    const html = readFileSync(join(dir, file), "utf8").replace(DATA_BLOCK, "");
    for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const url = value!.replaceAll("&amp;", "&");
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
