/** The site path of a service page. */
export const servicePath = (id: string) => `/services/${id}/`;

/** The site path of a service's topic page: its id is "<service>/<topic>", under the service's path. */
export const topicPath = (id: string) => `/services/${id}/`;

/** The site path of a concept page. */
export const conceptPath = (id: string) => `/concepts/${id}/`;

/** The site path of an exam guide's "study by the exam guide" page. */
export const examGuidePath = (id: string) => `/exam/${id}/`;

/** The site path of a comparison page. */
export const comparisonPath = (id: string) => `/compare/${id}/`;

/**
 * Prefixes a root-relative site path with the base path the site is published under: Astro's
 * `base`, which Vite hands to every module as `import.meta.env.BASE_URL`. Pass `base` only where
 * Vite is not running (a node script) or to test another base.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (!path.startsWith("/")) return path;
  return base.replace(/\/+$/, "") + path;
}

/** True for links that leave the site (http, https, mailto). */
export const isExternal = (href: string) => /^(https?:|mailto:)/.test(href);

/**
 * Checks a root-relative link written in content against the site's routes.
 * Returns an error message, or undefined when the link resolves. Fragments and queries are ignored.
 */
export function checkInternalLink(href: string, routes: ReadonlySet<string>): string | undefined {
  if (!href.startsWith("/")) return undefined;
  const path = href.replace(/[?#].*$/, "");
  if (routes.has(path)) return undefined;
  if (!path.endsWith("/") && routes.has(`${path}/`)) {
    return `"${href}" needs a trailing slash: "${path}/"`;
  }
  return `"${href}" is not a page of this site`;
}

/** The site path of a category page. */
export const categoryPath = (id: string) => `/categories/${id}/`;

/** The 1-based line of the first occurrence of `needle` in `source`, or undefined when it is absent. */
export function findLine(source: string, needle: string): number | undefined {
  const index = needle ? source.indexOf(needle) : -1;
  if (index === -1) return undefined;
  return source.slice(0, index).split("\n").length;
}

/** The Markdown version's path of a page path: /services/athena/ → /services/athena.md. */
export const markdownPathOf = (path: string) => path.replace(/\/$/, ".md");
