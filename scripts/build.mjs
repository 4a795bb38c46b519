// `npm run build`: the pages (astro build), their search index (Pagefind) and the offline worker, then a
// stamp of the inputs they were made from (scripts/build-stamp.mjs), which the tests check.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { stampInputs, writeStamp } from "./build-stamp.mjs";

const outDir = process.env.OUT_DIR ?? "dist";
// Taken before building: a file edited while the build runs then leaves the stamp stale, never a build
// of the old file stamped as the new one.
const inputs = stampInputs(process.env);
const steps = [
  ["astro", "build"],
  ["node", "scripts/build-search-index.mjs"],
  ["node", "scripts/build-service-worker.mjs"],
];
// The project's own tools first, also when this script runs outside npm.
const env = { ...process.env, PATH: `${resolve("node_modules/.bin")}:${process.env.PATH}` };
for (const [command, ...args] of steps) {
  const { status, error } = spawnSync(/** @type {string} */ (command), args, { stdio: "inherit", env });
  if (error) throw error;
  if (status !== 0) process.exit(status ?? 1);
}
writeStamp(outDir, inputs);
