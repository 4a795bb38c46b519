// Reads this project's MDX content through the project's one MDX reader (src/lib/mdx: the same parse
// as the build, frontmatter and syntax tree) and turns it into plain Starlight pages.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importFrom } from "./deps.mjs";
import { importProject } from "./project.mjs";

/** js-yaml, a dependency of astro, to write the Starlight frontmatter. */
const { default: yaml } = await importFrom("astro", "js-yaml");
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const [{ parseMdx }, { unwrapComponents }, { markdownTable }] = await Promise.all([
  importProject(ROOT, "src/lib/mdx/parse.ts", ["parseMdx"]),
  importProject(ROOT, "src/lib/mdx/unwrap.ts", ["unwrapComponents"]),
  importProject(ROOT, "src/lib/markdownPage.ts", ["markdownTable"]),
]);
export { markdownTable };

/**
 * Reads an MDX file with the project's reader: its frontmatter data, its body, and the links of the
 * body to service pages with where each URL sits in the body (links in code and comments are not links).
 * @param {string} file
 * @returns {{ data: Record<string, any>, body: string, source: string, tree: any, serviceLinks: { id: string, start: number, end: number }[] }}
 */
export function readMdx(file) {
  const source = readFileSync(file, "utf8");
  const { data, body, tree } = parseMdx(source, file);
  const bodyStart = source.length - body.length;
  const serviceLinks = [];
  const visit = (node) => {
    // A service page's link, not a link to one of its topic pages (/services/glue/jobs/), which stays as it is.
    const id = node.type === "link" ? /^\/services\/([^/#?]+)\/(?:[#?]|$)/.exec(node.url)?.[1] : undefined;
    if (id) {
      // The URL is the last "(url" of the link's source: the link text may hold brackets of its own.
      const { start, end } = node.position;
      const at = source.lastIndexOf(`(${node.url}`, end.offset);
      if (at >= start.offset)
        serviceLinks.push({ id, start: at + 1 - bodyStart, end: at + 1 + node.url.length - bodyStart });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { data, body, source, tree, serviceLinks };
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
 * Rewrites a page read by readMdx for a site without its components: each `<Diagram name caption>`
 * becomes a Mermaid block of diagrams/<name>.mmd (drawn in the browser) and its caption, above its
 * text; `<Fact>`, `<Term>` and other components keep only their text; ESM and JSX comments go.
 * With `diagrams: false` only the caption and text stay: the reference draws one diagram, on one page.
 * @param {{ source: string, tree: any }} page
 * @param {string} diagramsDir
 * @param {{ diagrams?: boolean }} [options]
 */
export function convertBody({ source, tree }, diagramsDir, { diagrams = true } = {}) {
  return unwrapComponents(source, tree, ({ name, attribute }) => {
    if (name !== "Diagram") return "";
    const caption = attribute("caption") ? `*${attribute("caption")}*\n` : "";
    if (!diagrams) return caption;
    const mermaid = readFileSync(join(diagramsDir, `${attribute("name")}.mmd`), "utf8");
    return `${mermaidBlock(mermaid)}\n\n${caption}`;
  }).trim();
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
