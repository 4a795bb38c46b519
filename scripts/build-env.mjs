/**
 * The environment for running a build from inside a test runner. Vitest copies import.meta.env
 * (BASE_URL, MODE, DEV, PROD, SSR) and its own variables into process.env, and Astro would read them
 * back: a child build must not inherit them.
 * @param {Record<string, string>} [extra]
 * @returns {Record<string, string | undefined>}
 */
export function buildEnv(extra = {}) {
  /** @type {Record<string, string | undefined>} */
  const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...extra };
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"]) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  return env;
}
