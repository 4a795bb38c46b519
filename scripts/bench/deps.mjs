// Packages the bench uses that this project gets through another package's declared dependencies.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/**
 * Imports `dependency` as resolved from the folder of the installed package `owner`, which declares
 * it; this keeps the bench off packages that merely happen to be hoisted into node_modules.
 * @param {string} owner e.g. "astro"
 * @param {string} dependency e.g. "js-yaml"
 */
export function importFrom(owner, dependency) {
  const require = createRequire(import.meta.resolve(`${owner}/package.json`));
  return import(pathToFileURL(require.resolve(dependency)).href);
}
