// Times `npm run build` in a project: cold (output and caches deleted first), then warm.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { childEnv, runOrThrow } from "./proc.mjs";

/** Where a project's build caches are by default: Astro's content store and Vite's cache. */
const NODE_MODULES_CACHES = ["node_modules/.astro", "node_modules/.vite"];

/**
 * Deletes the build output, Astro's generated types and the build caches of the project in `cwd`:
 * those in `cacheDir` when given, else those in its node_modules.
 */
function clearBuildCaches(cwd, cacheDir) {
  const caches = cacheDir ? [cacheDir] : NODE_MODULES_CACHES.map((dir) => join(cwd, dir));
  for (const dir of [join(cwd, "dist"), join(cwd, ".astro"), ...caches]) {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A cold build (caches cleared) then a warm one right after.
 * @param {string} cwd
 * @param {{ cacheDir?: string }} [options] `cacheDir` holds the build's caches instead of node_modules
 *   (the project's astro.config.mjs reads it from CACHE_DIR), so that clearing them never touches a
 *   node_modules shared with other checkouts.
 * @returns {Promise<{ coldSeconds: number, warmSeconds: number, peakRssBytes: number }>}
 */
export async function timeColdWarm(cwd, { cacheDir } = {}) {
  clearBuildCaches(cwd, cacheDir);
  const env = childEnv(cacheDir ? { CACHE_DIR: cacheDir } : {});
  const cold = await runOrThrow("npm", ["run", "build"], { cwd, env });
  const warm = await runOrThrow("npm", ["run", "build"], { cwd, env });
  return {
    coldSeconds: cold.seconds,
    warmSeconds: warm.seconds,
    peakRssBytes: Math.max(cold.peakRssBytes, warm.peakRssBytes),
  };
}
