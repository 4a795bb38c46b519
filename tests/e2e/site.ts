import { readFileSync, readdirSync } from "node:fs";
import { sitemapLocations } from "../helpers/built-site";
import { readContentPages } from "../helpers/content";

/** Every page path in the built sitemap, relative to the site's root (no origin, no base path). */
export function sitemapPaths(): string[] {
  const files = readdirSync("dist").filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return files
    .flatMap((f) => sitemapLocations(readFileSync(`dist/${f}`, "utf8")))
    .map((loc) => new URL(loc).pathname);
}

/**
 * Checks that visit every page run as this many tests, so that each stays well inside its time on a busy
 * machine and the workers share them; one test over 80 pages ran out of time under load, and a shard of
 * 16 pages (of 125, with the topic and concept pages) ran out of its minute too.
 */
export const SITE_SHARDS = 16;

/** Shard `i` (0-based) of the sitemap's paths, read when the test runs (after the build). */
export const sitemapShard = (i: number) => sitemapPaths().filter((_, n) => n % SITE_SHARDS === i);

/**
 * The template a page is drawn from: its first folder and its depth ("/services/*\/", "/services/*\/*\/"),
 * or the page itself for a page of its own ("/practice/").
 */
export function templateOf(path: string): string {
  const [first, ...rest] = path.split("/").filter(Boolean);
  return rest.length ? `/${first}/${rest.map(() => "*").join("/")}/` : path;
}

/** At most `perTemplate` pages of each template, the first ones in sitemap order. */
export function samplePerTemplate(paths: readonly string[], perTemplate: number): string[] {
  const taken = new Map<string, number>();
  return paths.filter((path) => {
    const n = taken.get(templateOf(path)) ?? 0;
    taken.set(templateOf(path), n + 1);
    return n < perTemplate;
  });
}

/** The shard numbers, for declaring one test per shard. */
export const SHARDS = Array.from({ length: SITE_SHARDS }, (_, i) => i);

/** The ids of the service pages, from the content folder. */
export function serviceIds(): string[] {
  return readdirSync("src/content/services")
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.replace(/\.mdx$/, ""));
}

let pages: ReturnType<typeof readContentPages> | undefined;

/** A frontmatter field of a service (title, summary, category, ...), read by the project's MDX reader once. */
export function serviceField(id: string, name: string): string {
  pages ??= readContentPages("src/content/services");
  const page = pages.find((p) => p.id === id);
  return String(page?.data[name] ?? "");
}
