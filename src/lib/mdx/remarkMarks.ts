import type { Root } from "mdast";
import type { VFile } from "vfile";
import { readMarks } from "./marks";

/** The frontmatter key under which the build hands a page's marks to `render()`. */
export const MARKS_KEY = "marks";

/** Records that the plugin ran, so a build whose Markdown processor skipped it fails (see getMarks). */
export const MARKS_READER = "remark-marks";

/**
 * A remark plugin: reads each MDX file's marks from the syntax tree Astro parses anyway, and hands
 * them to the page as `remarkPluginFrontmatter.marks`. Astro 7's default processor (Sätteri) skips
 * remark plugins, so astro.config.mjs opts in with `unified()`; getMarks fails when it did not run.
 */
export function remarkMarks() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    const frontmatter = (astro.frontmatter ??= {});
    const path = file.path ? file.path.slice(file.cwd.length + 1) : "an MDX file";
    frontmatter[MARKS_KEY] = { reader: MARKS_READER, ...readMarks(tree, path) };
  };
}
