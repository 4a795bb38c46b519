import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";

/** An MDX file read outside the build (by the bench): its frontmatter, body and syntax tree. */
export interface ParsedMdx {
  data: Record<string, unknown>;
  body: string;
  tree: Root;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

/**
 * Parses MDX the way the build does (remark with MDX, frontmatter and GFM), for code that runs
 * outside Astro. Throws, naming `file`, when there is no frontmatter or it is not a YAML mapping.
 */
export function parseMdx(source: string, file: string): ParsedMdx {
  const tree = parser.runSync(parser.parse(source)) as Root;
  const yaml = tree.children[0];
  if (yaml?.type !== "yaml") throw new Error(`${file}: no frontmatter (a --- block at the top)`);
  const data: unknown = parseYaml(yaml.value);
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    throw new Error(`${file}:2: the frontmatter is not a mapping of fields`);
  }
  const body = source.slice(yaml.position?.end.offset ?? 0).replace(/^\r?\n/, "");
  return { data: data as Record<string, unknown>, body, tree };
}
