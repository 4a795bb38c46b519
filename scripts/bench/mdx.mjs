// Reads this project's MDX content and turns it into plain Starlight pages.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importFrom } from "./deps.mjs";

/** js-yaml, a dependency of astro (which parses frontmatter with it). */
const { default: yaml } = await importFrom("astro", "js-yaml");

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Splits an MDX file into its frontmatter data and its body.
 * @param {string} file
 * @returns {{ data: Record<string, any>, body: string }}
 */
export function readMdx(file) {
  const text = readFileSync(file, "utf8");
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return { data: yaml.load(match[1]) ?? {}, body: text.slice(match[0].length) };
}

/**
 * An MDX page with Starlight's frontmatter.
 * @param {{ title: string, description: string, body: string }} page
 */
export function starlightPage({ title, description, body }) {
  return `---\n${yaml.dump({ title, description }, { lineWidth: -1 })}---\n\n${body.trim()}\n`;
}

/** A Mermaid code block. */
export function mermaidBlock(source) {
  return `\`\`\`mermaid\n${source.trim()}\n\`\`\``;
}

/**
 * Rewrites this project's MDX body for a site without its components: each
 * `<Diagram name="x" caption="…">text</Diagram>` becomes a Mermaid block of diagrams/x.mmd (drawn in
 * the browser), its caption and its text; inline marks (`<Fact>`, `<Term>`) keep only their text;
 * other component tags, JSX comments and ESM lines are dropped.
 * With `diagrams: false` only the caption and text stay: the reference draws one diagram, on one page.
 * @param {string} body
 * @param {string} diagramsDir
 * @param {{ diagrams?: boolean }} [options]
 */
export function convertBody(body, diagramsDir, { diagrams = true } = {}) {
  return body
    .replace(/^<Diagram\b([^>]*)>\s*$/gm, (_, attrs) => {
      const name = /name="([^"]+)"/.exec(attrs)?.[1];
      const caption = /caption="([^"]+)"/.exec(attrs)?.[1];
      const captionLine = caption ? `*${caption}*\n` : "";
      if (!diagrams) return captionLine;
      const source = readFileSync(join(diagramsDir, `${name}.mmd`), "utf8");
      return `${mermaidBlock(source)}\n\n${captionLine}`;
    })
    .replace(/<\/?(Fact|Term)\b[^>]*>/g, "")
    .replace(/^\s*\{\/\*.*\*\/\}\s*$/gm, "")
    .replace(/^\s*<\/?[A-Z][^>]*>\s*$/gm, "")
    .replace(/^(import|export) .*$/gm, "");
}

/** Whether a body holds a Mermaid block. */
export function hasMermaid(body) {
  return body.includes("```mermaid");
}

/**
 * The source of the diagram named like `prefix`, from diagrams/, or undefined.
 * @param {string} diagramsDir
 * @param {string} prefix
 */
export function findDiagramSource(diagramsDir, prefix) {
  if (!existsSync(diagramsDir)) return undefined;
  const name = readdirSync(diagramsDir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".mmd"))
    .sort()[0];
  return name && readFileSync(join(diagramsDir, name), "utf8");
}

/**
 * A markdown table of a comparison's frontmatter rows.
 * @param {string[]} headers the column headers: the aspect column, then one per service
 * @param {{ aspect: string, cells: string[] }[]} rows
 */
export function markdownTable(headers, rows) {
  const line = (cells) => `| ${cells.map((c) => String(c).replaceAll("|", "\\|")).join(" | ")} |`;
  return [
    line(headers),
    line(headers.map(() => "---")),
    ...rows.map((r) => line([r.aspect, ...r.cells])),
  ].join("\n");
}
