// Lighthouse (default config: mobile, simulated throttling) against a local page, in a fresh headless
// Chromium that cannot resolve any host but localhost.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "../chromium.mjs";
import { killGroup } from "./proc.mjs";

/** The Lighthouse categories the bench reports, as Lighthouse names them. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const LAUNCH_TIMEOUT_MS = 20000;

/** Starts headless Chromium with a DevTools port; resolves to its port and a function that stops it. */
function launchDebuggableChromium() {
  const profile = mkdtempSync(join(tmpdir(), "bench-lh-profile-"));
  const args = [
    ...CHROMIUM_ARGS,
    "--headless=new",
    "--remote-debugging-port=0",
    `--user-data-dir=${profile}`,
    // Only the local server is reachable: every other host name fails to resolve.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
    "about:blank",
  ];
  const child = spawn(findChromium(), args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
  const stop = () => {
    killGroup(child.pid);
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let stderr = "";
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${stderr}`)), LAUNCH_TIMEOUT_MS);
    const fail = (error) => {
      clearTimeout(timer);
      stop();
      reject(error);
    };
    child.on("error", fail);
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.stderr.removeAllListeners("data");
      child.stderr.resume();
      resolve({ port: Number(port), stop });
    });
  });
}

/**
 * One Lighthouse run on `url`.
 * @param {string} url
 * @returns {Promise<{ scores: Record<string, number>, lcpMs: number, tbtMs: number, cls: number }>}
 *   scores ×100, by category id
 */
export async function runLighthouse(url) {
  const chrome = await launchDebuggableChromium();
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
    });
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
    return {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(categories[id].score * 100)])),
      lcpMs: audits["largest-contentful-paint"].numericValue,
      tbtMs: audits["total-blocking-time"].numericValue,
      cls: audits["cumulative-layout-shift"].numericValue,
    };
  } finally {
    chrome.stop();
  }
}

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs Lighthouse `runs` times on `url` and keeps the median of each figure.
 * @param {string} url
 * @param {number} runs
 * @returns {Promise<{ runs: number, scores: Record<string, number>, lcpMs: number, tbtMs: number,
 *   cls: number }>}
 */
export async function lighthouseMedian(url, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(url));
  const pick = (get) => median(results.map(get));
  return {
    runs,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, pick((r) => r.scores[id])])),
    lcpMs: pick((r) => r.lcpMs),
    tbtMs: pick((r) => r.tbtMs),
    cls: pick((r) => r.cls),
  };
}
