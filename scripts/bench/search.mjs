// Search figures for the bench: what a reader downloads before the first result, and how long the
// first result takes after the first key press, cold and warm, over the student questions of the
// search-quality test. Drives the built site in the system Chromium.
import { gzipSync } from "node:zlib";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, findChromium } from "../chromium.mjs";
import { serve } from "../serve.mjs";
import { SEARCH_QUESTIONS } from "../../tests/e2e/search-questions.ts";

const FIRST_RESULT = ".pf-searchbox-result:not(.pf-searchbox-placeholder) .pf-searchbox-result-title";

/** The kind of a search download, for the bytes table. */
function kindOf(url) {
  if (/\.wasm|wasm\.\w+\.pagefind$/.test(url)) return "wasm";
  if (/\.js(\?|$)/.test(url)) return "js";
  if (/\.css(\?|$)/.test(url)) return "css";
  return "index";
}

/** In the page: arms `window.nextResult`, ms from the next key press in the input to a result on screen. */
function armNextResult(selector) {
  window.nextResult = new Promise((resolve) => {
    const input = document.querySelector("pagefind-modal input");
    input.addEventListener(
      "keydown",
      () => {
        const start = performance.now();
        const check = () => {
          const title = document.querySelector(selector);
          if (title?.textContent?.trim() && title.getClientRects().length > 0) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      },
      { once: true },
    );
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const summarize = (xs) => ({
  medianMs: Math.round(median(xs)),
  worstMs: Math.round(Math.max(...xs)),
  n: xs.length,
});

/** Opens the dialog the way a reader does ("/"), then types `query`'s first letter; returns the ms. */
async function firstResultAfterKey(page, query) {
  await page.evaluate(armNextResult, FIRST_RESULT);
  await page.keyboard.press(query[0]);
  return page.evaluate(() =>
    Promise.race([window.nextResult, new Promise((r) => setTimeout(() => r(10_000), 10_000))]),
  );
}

/**
 * Measures search on the site built in `dist`, over the first `questionCount` questions (all by default).
 * @param {string} dist
 * @param {{ questionCount?: number }} [options]
 */
export async function measureSearch(dist, { questionCount } = {}) {
  const questions = SEARCH_QUESTIONS.slice(0, questionCount);
  const server = await serve({ root: dist, base: "/", port: 0 });
  const origin = `http://localhost:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    // Bytes: everything search fetches from the first sign of intent to the first result.
    const context = await browser.newContext();
    const page = await context.newPage();
    const downloads = [];
    const searchFiles = /\/pagefind\/|search-names\.json/;
    page.on("response", async (response) => {
      if (!searchFiles.test(response.url())) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      downloads.push({ url: response.url(), raw: body.length, gzip: gzipSync(body).length });
    });
    await page.goto(`${origin}/`);
    await page.waitForLoadState("networkidle");
    const beforeIntent = downloads.length;
    await page.keyboard.press("/");
    await page.waitForSelector("pagefind-modal input:focus");
    const cold = [await firstResultAfterKey(page, questions[0][0])];
    await page.waitForLoadState("networkidle");
    const bytes = { js: 0, css: 0, wasm: 0, index: 0 };
    for (const d of downloads) bytes[kindOf(d.url)] += d.gzip;
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    await context.close();

    // Cold: a new browser profile per question, typing as soon as the dialog is open.
    for (const [query] of questions.slice(1)) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await p.goto(`${origin}/`);
      await p.keyboard.press("/");
      await p.waitForSelector("pagefind-modal input:focus");
      cold.push(await firstResultAfterKey(p, query));
      await ctx.close();
    }

    // Warm: one session, one question after another.
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`${origin}/`);
    await p.keyboard.press("/");
    await p.waitForSelector("pagefind-modal input:focus");
    await firstResultAfterKey(p, "a");
    const warm = [];
    for (const [query] of questions) {
      await p.locator("pagefind-modal input").fill("");
      await p.waitForTimeout(50);
      warm.push(await firstResultAfterKey(p, query));
    }
    await ctx.close();
    return {
      requestsBeforeIntent: beforeIntent,
      bytesBeforeFirstResultGzip: { ...bytes, total },
      files: downloads.map((d) => d.url.replace(origin, "")),
      cold: summarize(cold),
      warm: summarize(warm),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Lines for the bench's table. */
export function formatSearch(search) {
  if (!search || search.error) return [`search: ${search?.error ?? "not measured"}`];
  const kb = (n) => (n / 1024).toFixed(1);
  const b = search.bytesBeforeFirstResultGzip;
  return [
    `search: search files fetched before intent ${search.requestsBeforeIntent}; bytes before the first result (gzip KB): ` +
      `JS ${kb(b.js)}, CSS ${kb(b.css)}, WASM ${kb(b.wasm)}, index ${kb(b.index)}, total ${kb(b.total)}`,
    `search: first result after the first key press, ms (median / worst over ${search.cold.n} questions): ` +
      `cold ${search.cold.medianMs} / ${search.cold.worstMs}, warm ${search.warm.medianMs} / ${search.warm.worstMs}`,
  ];
}
