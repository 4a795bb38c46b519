// Serves a built site with the project's own server and measures its pages: weight in Chromium, then
// Lighthouse.
import { serve } from "../serve.mjs";
import { lighthouseMedian } from "./lighthouse.mjs";
import { launchBrowser, measurePage } from "./pages.mjs";

/** Serves `dist` on a free port for the duration of `use(origin)`. */
async function withServer(dist, use) {
  const server = await serve({ root: dist, base: "/", port: 0 });
  try {
    return await use(`http://localhost:${server.address().port}`);
  } finally {
    server.close();
  }
}

/** Runs `task`, turning a failure into `{ error }` so one bad page does not stop the bench. */
async function attempt(task) {
  try {
    return await task();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Measures each page of a built site.
 * @param {string} dist the built site
 * @param {Record<string, string>} pages path by role (scripts/bench/pageTypes.mjs)
 * @param {{ diagramSelector: string, waitFor?: string }} diagrams how diagram SVGs are found
 * @param {{ lighthouseRuns: number }} options 0 runs skips Lighthouse
 * @returns {Promise<Record<string, object>>} by role: path, requests, bytes, diagramSvgs and lighthouse
 */
export function measureSite(dist, pages, diagrams, { lighthouseRuns }) {
  return withServer(dist, async (origin) => {
    const results = {};
    const browser = await launchBrowser();
    try {
      for (const [role, path] of Object.entries(pages)) {
        const waitFor = role === "diagram" ? diagrams.waitFor : undefined;
        const weight = await attempt(() => measurePage(browser, origin + path, { ...diagrams, waitFor }));
        results[role] = { path, ...weight };
      }
    } finally {
      await browser.close();
    }
    if (lighthouseRuns > 0) {
      for (const [role, path] of Object.entries(pages)) {
        results[role].lighthouse = await attempt(() => lighthouseMedian(origin + path, lighthouseRuns));
      }
    }
    return results;
  });
}
