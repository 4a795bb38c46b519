// Makes sure dist/ is a build of the sources as they are now, for the tests that read or serve it: builds
// when it is not, saying why, and fails, saying why, when even a build does not make it one.
import { spawnSync } from "node:child_process";
import { buildEnv } from "./build-env.mjs";
import { BUILD_VARIABLES, readStamp, stampInputs, whyStale } from "./build-stamp.mjs";

const DIST = "dist";
/** A second build only when an input changed during the first (another checkout installing, say). */
const ATTEMPTS = 2;

/** Builds dist/ unless its stamp says it is a build of the current sources with the tests' settings. */
export function ensureFreshBuild() {
  // The tests read the site at the root of its origin, with the default settings, in dist/.
  const env = buildEnv();
  for (const name of [...BUILD_VARIABLES, "OUT_DIR"]) delete env[name];
  const stale = () => whyStale(readStamp(DIST), stampInputs(env));
  let why = stale();
  for (let attempt = 1; why; attempt++) {
    if (attempt > ATTEMPTS) {
      throw new Error(`dist/ is still not a build of the sources as they are after npm run build: ${why}.`);
    }
    console.log(`dist/ is not a build of the sources as they are (${why}): running npm run build.`);
    const { status, error } = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
    if (error || status !== 0) {
      const outcome = error ? error.message : `exit code ${status}`;
      throw new Error(
        `The tests need a fresh dist/, and npm run build failed (${outcome}): see its output above.`,
      );
    }
    why = stale();
  }
}
