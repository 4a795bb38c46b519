// The Starlight reference: the same home, service, comparison and glossary pages as a Starlight site,
// with Mermaid drawn in the browser by astro-mermaid. Its node_modules stay in a stable temp folder
// between runs; its content is rewritten from this project's content every run.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import {
  convertBody,
  findDiagramSource,
  hasMermaid,
  markdownTable,
  mermaidBlock,
  readMdx,
  starlightPage,
} from "./mdx.mjs";
import { run, runOrThrow } from "./proc.mjs";
import { importProject } from "./project.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const [{ groupTermsByLetter, findTermPages }, { readMarks }] = await Promise.all([
  importProject(ROOT, "src/lib/glossary.ts", ["groupTermsByLetter", "findTermPages"]),
  importProject(ROOT, "src/lib/mdx/marks.ts", ["readMarks"]),
]);

/** Where the reference site lives between runs. */
export const STARLIGHT_DIR = join(tmpdir(), "dsn-starlight-ref");

/** How the reference's diagrams are found once drawn: astro-mermaid draws into `pre.mermaid`. */
export const STARLIGHT_DIAGRAMS = { diagramSelector: ".mermaid svg", waitFor: ".mermaid svg" };

const SERVICES = ["athena", "redshift", "kinesis-data-streams", "data-pipeline", "quicksight"];
const COMPARISONS = ["glue-vs-dms"];
const DIAGRAM_SERVICE = "data-pipeline";
const STAMP = "node_modules/.bench-installed.json";
const INSTALL_TIMEOUT_MS = 15 * 60 * 1000;

/** Used only when this project has no Data Pipeline diagram source yet. */
const FALLBACK_DIAGRAM = `flowchart LR
  dp[AWS Data Pipeline] -->|launches| compute[EC2 or EMR]
  compute -->|runs| act[Activity]
  act <-->|reads and writes| nodes[(S3, DynamoDB, RDS, Redshift)]
  act -->|fails| retry[Retry, then notify]`;

const ASTRO_CONFIG = `import starlight from "@astrojs/starlight";
import mermaid from "astro-mermaid";
import { defineConfig } from "astro/config";

export default defineConfig({
  site: "https://starlight-reference.example.org",
  integrations: [mermaid(), starlight({ title: "Data Services Notes" })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from "astro:content";
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** The latest version of a package and its peer dependencies, from the npm registry. */
async function npmView(spec, cwd) {
  const { output } = await runOrThrow("npm", ["view", spec, "version", "peerDependencies", "--json"], {
    cwd,
  });
  return JSON.parse(output);
}

/** The reference's dependencies: the latest Starlight with the astro it asks for, and astro-mermaid. */
async function resolveDependencies(cwd) {
  const starlight = await npmView("@astrojs/starlight@latest", cwd);
  const astroMermaid = await npmView("astro-mermaid@latest", cwd);
  const mermaidRanges = astroMermaid.peerDependencies.mermaid.split("||").map((r) => r.trim());
  return {
    "@astrojs/starlight": starlight.version,
    astro: starlight.peerDependencies.astro,
    "astro-mermaid": astroMermaid.version,
    mermaid: mermaidRanges.at(-1),
  };
}

/**
 * Installs the reference's packages unless a previous run did; returns the dependencies installed.
 * @param {string} dir
 * @returns {Promise<{ dependencies: Record<string, string>, installSeconds: number }>}
 */
export async function ensureInstalled(dir) {
  const stamp = join(dir, STAMP);
  if (existsSync(stamp)) return { ...JSON.parse(readFileSync(stamp, "utf8")), installSeconds: 0 };
  mkdirSync(dir, { recursive: true });
  const dependencies = await resolveDependencies(dir);
  const pkg = {
    name: "dsn-starlight-reference",
    private: true,
    type: "module",
    scripts: { build: "astro build" },
    dependencies,
    allowScripts: { esbuild: true, sharp: true },
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  const install = await run("npm", ["install", "--no-audit", "--no-fund"], {
    cwd: dir,
    timeoutMs: INSTALL_TIMEOUT_MS,
  });
  if (!install.ok) throw new Error(`npm install of the Starlight reference failed:\n${install.output}`);
  writeFileSync(stamp, JSON.stringify({ dependencies }));
  return { dependencies, installSeconds: install.seconds };
}

/** Writes `text` to `file`, creating its folder. */
function writeFile(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The reference page of one service; the Data Pipeline page gets its diagram as client-rendered Mermaid. */
function servicePage(root, id) {
  const diagramsDir = join(root, "diagrams");
  const page = readMdx(join(root, "src/content/services", `${id}.mdx`));
  const { data } = page;
  let converted = convertBody(page, diagramsDir, { diagrams: id === DIAGRAM_SERVICE });
  if (id === DIAGRAM_SERVICE && !hasMermaid(converted)) {
    const diagram = mermaidBlock(findDiagramSource(diagramsDir, DIAGRAM_SERVICE) ?? FALLBACK_DIAGRAM);
    converted = converted.includes("\n## Workflow")
      ? converted.replace(/^## Workflow.*$/m, (heading) => `${heading}\n\n${diagram}\n`)
      : `${converted}\n\n${diagram}\n`;
  }
  return { title: data.title, description: data.summary, body: converted };
}

/** The reference page of one comparison, its frontmatter rows drawn as a markdown table. */
function comparisonPage(root, id) {
  const page = readMdx(join(root, "src/content/comparisons", `${id}.mdx`));
  const { data } = page;
  const names = data.services.map(
    (s) => readMdx(join(root, "src/content/services", `${s}.mdx`)).data.shortName,
  );
  const table = markdownTable(
    ["Aspect", ...names],
    data.rows.map((row) => [row.aspect, ...row.cells]),
  );
  const intro = `*${data.caption}*\n\n${table}`;
  return {
    title: data.title,
    description: data.summary,
    body: `${intro}\n\n${convertBody(page, join(root, "diagrams"))}`,
  };
}

/** The reference's home page: the site's description and a link to each page. */
function homePage(root, pages) {
  const { description } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const links = pages.map(({ path, page }) => `- [${page.title}](${path}): ${page.description}`);
  return { title: "Data Services Notes", description, body: `${description}\n\n${links.join("\n")}` };
}

/** Escapes text for HTML. */
const escapeHtml = (text) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/**
 * The reference's glossary, with this site's glossary content: every term A to Z under a heading per
 * letter, its definition and the service pages that mark it ("Seen in"), in a definition list as ours.
 * It is Markdown with HTML blocks (a .md page), as a Starlight author would write a definition list.
 */
function glossaryPage(root) {
  const servicesDir = join(root, "src/content/services");
  const services = readdirSync(servicesDir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => {
      const page = readMdx(join(servicesDir, file));
      const { terms } = readMarks(page.tree, file);
      return { id: file.slice(0, -4), data: page.data, termIds: terms.map((t) => t.id) };
    });
  const byId = new Map(services.map((s) => [s.id, s.data]));
  const seenIn = findTermPages(services);
  const entries = Object.entries(parseYaml(readFileSync(join(root, "src/content/glossary.yaml"), "utf8")));
  const letters = groupTermsByLetter(entries.map(([id, data]) => ({ id, data })));
  const link = (id) => `<a href="/services/${id}/">${escapeHtml(byId.get(id).shortName)}</a>`;
  const entry = ({ id, data }) => {
    const expansion = data.expansion ? ` <span>(${escapeHtml(data.expansion)})</span>` : "";
    const pages = [...(seenIn.get(id) ?? [])].sort((a, b) =>
      byId.get(a).title.localeCompare(byId.get(b).title),
    );
    const seen = pages.length ? `<p>Seen in: ${pages.map(link).join(", ")}</p>` : "";
    return `<dt id="${id}">${escapeHtml(data.term)}${expansion}</dt>\n<dd><p>${escapeHtml(data.definition)}</p>${seen}</dd>`;
  };
  const index = letters.map(({ letter }) => `[${letter}](#${letter.toLowerCase()})`).join(" · ");
  const sections = letters.map(
    ({ letter, terms }) => `## ${letter}\n\n<dl>\n${terms.map(entry).join("\n")}\n</dl>`,
  );
  return {
    title: "Glossary",
    description: "The terms a student meets on the pages of this site about AWS data services, A to Z.",
    body: `The terms you meet on this site, A to Z, each with a short definition.\n\n${index}\n\n${sections.join("\n\n")}`,
  };
}

/**
 * Writes the reference's config, favicon and pages from this project's content (replacing earlier ones).
 * @param {string} root this project
 * @param {string} dir the reference
 */
export function writeStarlightSite(root, dir) {
  for (const folder of ["src", "public"]) rmSync(join(dir, folder), { recursive: true, force: true });
  cpSync(join(root, "public/favicon.svg"), join(dir, "public/favicon.svg"));
  writeFile(join(dir, "astro.config.mjs"), ASTRO_CONFIG);
  writeFile(join(dir, "src/content.config.ts"), CONTENT_CONFIG);
  const pages = [
    ...SERVICES.map((id) => ({ path: `/services/${id}/`, page: servicePage(root, id) })),
    ...COMPARISONS.map((id) => ({ path: `/compare/${id}/`, page: comparisonPage(root, id) })),
  ];
  const docs = join(dir, "src/content/docs");
  for (const { path, page } of pages) writeFile(join(docs, `${path.slice(1, -1)}.mdx`), starlightPage(page));
  writeFile(join(docs, "index.mdx"), starlightPage(homePage(root, pages)));
  writeFile(join(docs, "glossary.md"), starlightPage(glossaryPage(root)));
}
