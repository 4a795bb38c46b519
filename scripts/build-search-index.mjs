// Writes the search index (dist/pagefind/) after `astro build`: Pagefind's own indexing of every built
// page, through its Node API, from the HTML as scripts/search-text.mjs spaces it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { close, createIndex } from "pagefind";
import { htmlPages } from "./built-pages.mjs";
import { spaceBetweenBlocks } from "./search-text.mjs";

const outDir = process.env.OUT_DIR ?? "dist";

/** Throws with Pagefind's own messages when a step of it failed. */
function check(step, { errors }) {
  if (errors.length) throw new Error(`Pagefind could not ${step}:\n${errors.join("\n")}`);
}

const { index, errors } = await createIndex();
check("start", { errors });
for (const sourcePath of htmlPages(outDir)) {
  const content = spaceBetweenBlocks(readFileSync(join(outDir, sourcePath), "utf8"));
  check(`index ${sourcePath}`, await index.addHTMLFile({ sourcePath, content }));
}
check("write its files", await index.writeFiles({ outputPath: join(outDir, "pagefind") }));
await close();
