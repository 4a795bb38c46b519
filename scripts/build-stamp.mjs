// A stamp of what a build was made from: a hash of each input file and the environment variables the
// build reads. `npm run build` writes it last, into the output folder, so a build that did not finish
// has none; the tests compare it with the inputs as they are now to know whether dist/ is fresh.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Everything the output of `npm run build` depends on, files and folders. */
export const BUILD_INPUTS = [
  "src",
  "public",
  "diagrams",
  "astro.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  // What npm actually installed: a dependency upgraded in place changes the output too.
  "node_modules/.package-lock.json",
  "scripts/build.mjs",
  "scripts/build-stamp.mjs",
  "scripts/build-service-worker.mjs",
];

/** The environment variables astro.config.mjs reads that change the pages (not where they go). */
export const BUILD_VARIABLES = ["BASE_PATH", "SITE_URL"];

/** The stamp's file name in the output folder: a dotfile, so the preview server never serves it. */
export const STAMP_FILE = ".build-stamp.json";

/** @typedef {{ files: Record<string, string>, env: Record<string, string> }} BuildStamp */

/**
 * The stamp of the inputs under `root` as they are now, with the variables of `env`.
 * @param {NodeJS.ProcessEnv} env
 * @param {string} [root]
 * @returns {BuildStamp}
 */
export function stampInputs(env, root = ".") {
  /** @type {Record<string, string>} */
  const files = {};
  const walk = (/** @type {string} */ path) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) walk(`${path}/${name}`);
      return;
    }
    files[path] = createHash("sha256").update(readFileSync(full)).digest("hex").slice(0, 16);
  };
  BUILD_INPUTS.forEach(walk);
  return { files, env: Object.fromEntries(BUILD_VARIABLES.map((name) => [name, env[name] ?? ""])) };
}

/**
 * Why a build with stamp `built` is not a build of `now`, in words; undefined when it is.
 * @param {BuildStamp | undefined} built
 * @param {BuildStamp} now
 * @returns {string | undefined}
 */
export function whyStale(built, now) {
  if (!built) return "it has no build stamp: no build yet, or one that did not finish";
  const shown = (/** @type {string | undefined} */ value) => (value ? `"${value}"` : "unset");
  const variables = BUILD_VARIABLES.filter((name) => built.env[name] !== now.env[name]).map(
    (name) => `${name} was ${shown(built.env[name])}, not ${shown(now.env[name])}`,
  );
  if (variables.length > 0) return `it was built with other settings: ${variables.join("; ")}`;
  const names = new Set([...Object.keys(built.files), ...Object.keys(now.files)]);
  const changed = [...names].filter((name) => built.files[name] !== now.files[name]).sort();
  if (changed.length === 0) return undefined;
  const named = changed.slice(0, 3).join(", ");
  const more = changed.length > 3 ? ` and ${changed.length - 3} more` : "";
  return `${changed.length === 1 ? "a file has" : `${changed.length} files have`} changed since it was built: ${named}${more}`;
}

/**
 * The stamp in an output folder, or undefined if it has none.
 * @param {string} outDir
 * @returns {BuildStamp | undefined}
 */
export function readStamp(outDir) {
  const file = join(outDir, STAMP_FILE);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

/**
 * Writes a stamp into an output folder.
 * @param {string} outDir
 * @param {BuildStamp} stamp
 */
export function writeStamp(outDir, stamp) {
  writeFileSync(join(outDir, STAMP_FILE), `${JSON.stringify(stamp, null, 1)}\n`);
}
