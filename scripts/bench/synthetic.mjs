// Synthetic service pages for the scale bench, made from the project's own parts so that they cannot
// drift from it: each one is a real service page (its frontmatter and body, read with readMdx) under a
// new id, name and category, with relations and body links to other synthetic pages. Every synthetic
// frontmatter is checked against the real service schema (src/lib/schemas.ts, imported with the
// categories and relation kinds it uses) before anything is written or built.
import { basename, join } from "node:path";
import { readdirSync } from "node:fs";
import { readMdx } from "./mdx.mjs";
import { importProject } from "./project.mjs";

const { z } = await import("astro/zod");

/** Where the service pages live, as content.config.ts's glob loader reads them. */
const SERVICES_DIR = "src/content/services";

/** The id of synthetic page `i` (1-based) among `count`, wrapping around. */
const syntheticId = (i, count) => `synthetic-${((i - 1) % count) + 1}`;

/** `body` with each service link sent to `target(id)` instead. */
function relink(body, links, target) {
  let out = "";
  let from = 0;
  for (const { id, start, end } of links) {
    out +=
      body.slice(from, start) +
      body.slice(start, end).replace(`/services/${id}/`, `/services/${target(id)}/`);
    from = end;
  }
  return out + body.slice(from);
}

/** The real service pages, sorted by id: frontmatter, body and the body's links to services. */
function readServicePages(root) {
  const dir = join(root, SERVICES_DIR);
  const files = readdirSync(dir).filter((file) => file.endsWith(".mdx"));
  return Promise.all(
    files.sort().map(async (file) => {
      const { data, body, serviceLinks } = readMdx(join(dir, file));
      return {
        id: basename(file, ".mdx"),
        file: join(SERVICES_DIR, file),
        data,
        body,
        links: serviceLinks,
      };
    }),
  );
}

/** Why `data` does not match `schema`, one "field: problem" per line, or undefined when it does. */
function schemaProblems(schema, data) {
  const result = schema.safeParse(data);
  if (result.success) return undefined;
  return result.error.issues
    .map((issue) => `  ${issue.path.join(".") || "(page)"}: ${issue.message}`)
    .join("\n");
}

/**
 * What the scale bench adds to the project for `total` service pages: the real pages stay (every
 * other collection refers to them) and `total` minus their number synthetic pages join them.
 * Synthetic page i copies real page i mod R and changes what makes it a page of its own: id, title,
 * short name, category (every category in turn), its relations (one per relation of the real page,
 * to the next pages, each relation kind in turn) and its body links to services (to synthetic pages).
 * Throws before anything is written when a page does not match the service schema, naming the field.
 * @param {string} root this project
 * @param {number} total service pages wanted, real ones included
 * @returns {Promise<{ real: number, pages: { file: string, text: string }[] }>} file is relative to
 *   the project's root
 */
export async function makeSyntheticServices(root, total) {
  const [{ makeServiceSchema }, { CATEGORY_IDS }, { RELATION_KINDS }] = await Promise.all([
    importProject(root, "src/lib/schemas.ts", ["makeServiceSchema"]),
    importProject(root, "src/lib/categories.ts", ["CATEGORY_IDS"]),
    importProject(root, "src/lib/relations.ts", ["RELATION_KINDS"]),
  ]);
  const kinds = Object.keys(RELATION_KINDS);
  const real = await readServicePages(root);
  const count = total - real.length;
  // Relation k goes to the (k+1)th next page; more pages than twice the most relations keeps two
  // pages from stating the same pair, and more than the most linked services keeps links off self.
  const reach = Math.max(
    ...real.map((p) => 2 * (p.data.related?.length ?? 0) + 1),
    ...real.map((p) => new Set(p.links.map((link) => link.id)).size + 1),
  );
  if (count < reach) {
    throw new Error(
      `the scale bench needs at least ${real.length + reach} service pages (${real.length} real ones and ${reach} synthetic), not ${total}`,
    );
  }
  const ids = [
    ...real.map((p) => p.id),
    ...Array.from({ length: count }, (_, k) => syntheticId(k + 1, count)),
  ];
  // References to needs stay those of the real page, which the site's own build checks.
  const schema = makeServiceSchema({ service: z.enum(ids), need: z.string() });

  const pages = [];
  for (let i = 1; i <= count; i++) {
    const source = real[(i - 1) % real.length];
    const id = syntheticId(i, count);
    const linked = [...new Set(source.links.map((link) => link.id))];
    const data = {
      ...source.data,
      title: `${source.data.title} (synthetic ${i})`,
      shortName: `${source.data.shortName} ${i}`,
      category: CATEGORY_IDS[(i - 1) % CATEGORY_IDS.length],
      related: (source.data.related ?? []).map((relation, k) => ({
        ...relation,
        service: syntheticId(i + k + 1, count),
        kind: kinds[(i + k) % kinds.length],
      })),
    };
    // JSON is YAML too, and quotes every string: nothing in it can be read back as a date or a number.
    const frontmatter = JSON.stringify(data, null, 2);
    const problems = schemaProblems(schema, JSON.parse(frontmatter));
    if (problems) {
      throw new Error(
        `synthetic service page ${id}, made from ${source.file}, does not match the service schema (src/lib/schemas.ts):\n${problems}`,
      );
    }
    const body = relink(source.body, source.links, (other) =>
      syntheticId(i + 1 + linked.indexOf(other), count),
    );
    pages.push({ file: join(SERVICES_DIR, `${id}.mdx`), text: `---\n${frontmatter}\n---\n${body}` });
  }
  return { real: real.length, pages };
}
