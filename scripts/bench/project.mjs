// The project's own TypeScript modules, for the bench's scripts: imported through Vite's module runner
// (the Vite that astro itself declares), with the `@/` alias, so a module resolves as in the build.
import { join } from "node:path";
import { importFrom } from "./deps.mjs";

const { runnerImport } = await importFrom("astro", "vite");

/**
 * Imports a TypeScript module of the project and returns it; throws, naming the file, when one of the
 * exports named in `names` is gone.
 * @param {string} root the project
 * @param {string} file relative to the project
 * @param {string[]} names the exports the caller needs
 */
export async function importProject(root, file, names) {
  const { module } = await runnerImport(join(root, file), {
    configFile: false,
    root,
    logLevel: "error",
    resolve: { alias: { "@": join(root, "src") } },
  });
  const missing = names.filter((name) => module[name] === undefined);
  if (missing.length) {
    throw new Error(`the bench imports ${missing.join(", ")} from ${file}, which no longer exports it`);
  }
  return module;
}
