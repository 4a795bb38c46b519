// The project's own TypeScript modules, for the bench's scripts: imported through Vite's module runner
// (the Vite that astro itself declares), with the `@/` alias, so a module resolves as in the build.
import { join } from "node:path";
import { importFrom } from "./deps.mjs";

const { runnerImport } = await importFrom("astro", "vite");
/** NODE_ENV as this process got it, before any runner: restored after each import (see below). */
const NODE_ENV = process.env.NODE_ENV;

/**
 * Imports a TypeScript module of the project and returns it; throws, naming the file, when one of the
 * exports named in `names` is gone.
 * @param {string} root the project
 * @param {string} file relative to the project
 * @param {string[]} names the exports the caller needs
 */
export async function importProject(root, file, names) {
  // Vite sets NODE_ENV=development in this process when it is unset; every build the bench starts
  // would inherit it and build for development (no offline worker, import.meta.env.PROD false).
  const { module } = await runnerImport(join(root, file), {
    configFile: false,
    root,
    logLevel: "error",
    resolve: { alias: { "@": join(root, "src") } },
  }).finally(() => {
    if (NODE_ENV === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = NODE_ENV;
  });
  const missing = names.filter((name) => module[name] === undefined);
  if (missing.length) {
    throw new Error(`the bench imports ${missing.join(", ")} from ${file}, which no longer exports it`);
  }
  return module;
}
