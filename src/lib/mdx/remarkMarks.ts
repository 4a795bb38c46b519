import type { Root } from "mdast";
import type { VFile } from "vfile";
import { readMarks } from "./marks";
import { unwrapComponents } from "./unwrap";

/** The frontmatter key under which the build hands a page's marks to `render()`. */
export const MARKS_KEY = "marks";

/** The frontmatter key of the page's body as plain Markdown, for its .md version and llms-full.txt. */
export const MARKDOWN_KEY = "markdown";

/** Records that the plugin ran, so a build whose Markdown processor skipped it fails (see getMarks). */
export const MARKS_READER = "remark-marks";

/**
 * A remark plugin: reads each MDX file's marks from the syntax tree Astro parses anyway, and hands
 * them to the page as `remarkPluginFrontmatter.marks`. Astro 7's default processor (Sätteri) skips
 * remark plugins, so astro.config.mjs opts in with `unified()`; getMarks fails when it did not run.
 */
export function remarkMarks(options: { siteUrl: string }) {
  const absolute = (url: string) => (url.startsWith("/") ? new URL(url.slice(1), options.siteUrl).href : url);
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    const frontmatter = (astro.frontmatter ??= {});
    const path = file.path ? file.path.slice(file.cwd.length + 1) : "an MDX file";
    frontmatter[MARKS_KEY] = { reader: MARKS_READER, ...readMarks(tree, path) };
    // The same reading gives the Markdown version: marks keep their text, a diagram its caption
    // above its text version, links become absolute.
    frontmatter[MARKDOWN_KEY] = unwrapComponents(
      String(file.value),
      tree,
      ({ name, attribute }) =>
        name === "Diagram" ? `**Diagram: ${attribute("caption") ?? ""}** (text version)` : "",
      absolute,
    )
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  };
}
