// Lighthouse (default config: mobile, simulated throttling) against a local page, in a fresh headless
// Chromium (started by chrome-launcher, as the Lighthouse CLI does) that cannot resolve any host but
// localhost.
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { CHROMIUM_ARGS, findChromium } from "../chromium.mjs";
import { importFrom } from "./deps.mjs";

/** The Lighthouse categories the bench reports, as Lighthouse names them. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Flags on top of chrome-launcher's defaults (Lighthouse's usual setup). */
const FLAGS = [
  ...CHROMIUM_ARGS,
  "--headless=new",
  // Only the local server is reachable: every other host name fails to resolve.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
];

/** Starts headless Chromium for Lighthouse with chrome-launcher (a dependency of lighthouse). */
async function launchChromium() {
  const { launch } = await importFrom("lighthouse", "chrome-launcher");
  return launch({ chromePath: findChromium(), chromeFlags: FLAGS, logLevel: "silent" });
}

/** One Lighthouse run on `url`; resolves to its result (LHR). */
async function runLighthouse(url) {
  const chrome = await launchChromium();
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
    });
    if (lhr.runtimeError)
      throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    chrome.kill();
  }
}

/** The figures the bench keeps from a Lighthouse result: scores ×100 by category, LCP, TBT and CLS. */
function summarize(lhr) {
  const audit = (id) => lhr.audits[id].numericValue;
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
    lcpMs: audit("largest-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
  };
}

/**
 * Runs Lighthouse `runs` times on `url` and keeps the median run, as Lighthouse picks it (the run
 * closest to the median FCP and TTI).
 * @param {string} url
 * @param {number} runs
 * @returns {Promise<{ runs: number, performanceScores: number[], scores: Record<string, number>,
 *   lcpMs: number, tbtMs: number, cls: number }>} performanceScores lists every run's score
 */
export async function lighthouseMedian(url, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(url));
  const performanceScores = results.map((lhr) => summarize(lhr).scores.performance);
  return { runs, performanceScores, ...summarize(computeMedianRun(results)) };
}
