// Times `npm run build` in a project: cold (output and caches deleted first), then warm.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { runOrThrow } from "./proc.mjs";

/** What a cold build deletes first: the output, Astro's generated types and the build caches. */
export const CACHE_DIRS = ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"];

/** Deletes the build output and caches of the project in `cwd`. */
export function clearBuildCaches(cwd) {
  for (const dir of CACHE_DIRS) rmSync(join(cwd, dir), { recursive: true, force: true });
}

/**
 * Runs `npm run build` once in `cwd`; throws with its output if it fails.
 * @param {string} cwd
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ seconds: number, peakRssBytes: number }>}
 */
async function build(cwd, { timeoutMs = 0 } = {}) {
  const { seconds, peakRssBytes } = await runOrThrow("npm", ["run", "build"], { cwd, timeoutMs });
  return { seconds, peakRssBytes };
}

/**
 * A cold build (caches cleared) then a warm one right after.
 * @param {string} cwd
 * @returns {Promise<{ coldSeconds: number, warmSeconds: number, peakRssBytes: number }>}
 */
export async function timeColdWarm(cwd) {
  clearBuildCaches(cwd);
  const cold = await build(cwd);
  const warm = await build(cwd);
  return {
    coldSeconds: cold.seconds,
    warmSeconds: warm.seconds,
    peakRssBytes: Math.max(cold.peakRssBytes, warm.peakRssBytes),
  };
}
