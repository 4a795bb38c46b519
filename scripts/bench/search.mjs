// Search figures for the bench: what a reader downloads before the first result, and how long the
// first result takes after the first key press, cold and warm, over the student questions of the
// search-quality test. Drives a built site in the system Chromium: this site's dialog, or the Starlight
// reference's, each opened with Ctrl+K as a reader would.
import { gzipSync } from "node:zlib";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, findChromium } from "../chromium.mjs";
import { serve } from "../serve.mjs";
import { SEARCH_QUESTIONS } from "../../tests/e2e/search-questions.ts";

/**
 * How each site's search is driven and read. `files`: what counts as search's download; `done`: where
 * full-text results are complete, when the site says so.
 */
export const SEARCH_UIS = {
  site: {
    input: "dialog[open] input[role=combobox]",
    firstResult: "dialog[open] [role=option] .search-title",
    done: "dialog[open][data-search-done]",
    files: /\/pagefind\/|search-names\.json|\/_astro\/(dialog|view|dom)\.[\w-]+\.js/,
  },
  starlight: {
    input: "dialog[open] input.pagefind-ui__search-input",
    firstResult: "dialog[open] .pagefind-ui__result-link",
    done: undefined,
    files: /\/pagefind\/|\/_astro\/.*[Ss]earch.*\.(js|css)$/,
  },
};

/** The kind of a search download, for the bytes table. */
function kindOf(url) {
  if (/\.wasm|wasm\.\w+\.pagefind$/.test(url)) return "wasm";
  if (/\.js(\?|$)/.test(url)) return "js";
  if (/\.css(\?|$)/.test(url)) return "css";
  if (/search-names\.json$/.test(url)) return "names";
  return "index";
}

/**
 * In the page: arms `window.nextResult`, resolving to the ms from the next key press in the input to a
 * result on screen with the epoch time it showed, and `window.nextDone`, to the ms until full-text
 * results are complete (`done`), when the site says so.
 */
function armNextResult({ input, firstResult, done }) {
  let resolveFirst;
  let resolveDone;
  window.nextResult = new Promise((resolve) => (resolveFirst = resolve));
  window.nextDone = new Promise((resolve) => (resolveDone = resolve));
  document.querySelector(input).addEventListener(
    "keydown",
    () => {
      const start = performance.now();
      let shown = false;
      const check = () => {
        const title = document.querySelector(firstResult);
        if (!shown && title?.textContent?.trim() && title.getClientRects().length > 0) {
          shown = true;
          resolveFirst({ ms: performance.now() - start, at: performance.timeOrigin + performance.now() });
        }
        if (shown && (!done || document.querySelector(done))) {
          observer.disconnect();
          resolveDone(performance.now() - start);
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    },
    { once: true },
  );
}

/** Gzip bytes of `downloads` by kind, and their total. */
function sum(downloads) {
  const bytes = { js: 0, css: 0, wasm: 0, names: 0, index: 0 };
  for (const d of downloads) bytes[kindOf(d.url)] += d.gzip;
  return { ...bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const summarize = (xs) => ({
  medianMs: Math.round(median(xs)),
  worstMs: Math.round(Math.max(...xs)),
  n: xs.length,
});
const TIMEOUT_MS = 10_000;

/** Awaits a promise the page armed, or gives TIMEOUT_MS. */
const awaitArmed = (page, name) =>
  page.evaluate(
    ([name, timeout]) =>
      Promise.race([
        window[name],
        new Promise((r) => setTimeout(() => r({ ms: timeout, at: Infinity }), timeout)),
      ]),
    [name, TIMEOUT_MS],
  );

/** Types `query`'s first letter into the open search; resolves to when the first result showed. */
async function firstResultAfterKey(page, ui, query) {
  await page.evaluate(armNextResult, { input: ui.input, firstResult: ui.firstResult, done: ui.done });
  await page.keyboard.press(query[0]);
  return awaitArmed(page, "nextResult");
}

/** Ms from that key press until full-text results were complete. */
async function fullTextAfterKey(page) {
  const done = await awaitArmed(page, "nextDone");
  return typeof done === "number" ? done : done.ms;
}

/**
 * A fresh browser profile on the home page, recording every search download with when the browser
 * asked for it, by its own clock (the bench gets the events some time later). With `holdPagefind`,
 * Pagefind's files wait until `release()`.
 */
async function coldPage(browser, origin, ui, { holdPagefind = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let release = () => {};
  if (holdPagefind) {
    const released = new Promise((resolve) => (release = resolve));
    await page.route(/\/pagefind\//, async (route) => {
      await released;
      await route.continue();
    });
  }
  const downloads = [];
  page.on("requestfinished", async (request) => {
    if (!ui.files.test(request.url())) return;
    const startedAt = request.timing().startTime;
    // The context may close while a late response is read: that file is then simply not counted.
    const response = await request.response().catch(() => null);
    const body = await response?.body().catch(() => undefined);
    downloads.push({ url: request.url(), startedAt, gzip: body ? gzipSync(body).length : 0 });
  });
  await page.goto(`${origin}/`);
  await page.waitForLoadState("networkidle");
  return { context, page, downloads, release };
}

/** Opens search as a reader does (Ctrl+K) and waits for its input to have focus. */
async function openSearch(page, ui) {
  await page.keyboard.press("Control+k");
  await page.waitForFunction((input) => document.activeElement?.matches(input), ui.input);
}

/**
 * Measures search on the site built in `dist`, over the first `questionCount` questions (all by default).
 * @param {string} dist
 * @param {{ questionCount?: number, ui?: keyof typeof SEARCH_UIS }} [options]
 */
export async function measureSearch(dist, { questionCount, ui: uiName = "site" } = {}) {
  const ui = SEARCH_UIS[uiName];
  const questions = SEARCH_QUESTIONS.slice(0, questionCount);
  const server = await serve({ root: dist, base: "/", port: 0 });
  const origin = `http://localhost:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    // What the first result needs: the files asked for before it showed. On a site that answers names
    // before Pagefind loads, Pagefind is held back until the first result shows: those of its files
    // asked for by then did not make that result. Not the files received by then: the browser can use a
    // small file (the names) before its network process marks it received.
    const hold = ui.done !== undefined;
    const weigh = await coldPage(browser, origin, ui, { holdPagefind: hold });
    const requestsBeforeIntent = weigh.downloads.length;
    await openSearch(weigh.page, ui);
    const held = await firstResultAfterKey(weigh.page, ui, questions[0][0]);
    weigh.release();
    await fullTextAfterKey(weigh.page);
    await weigh.page.waitForLoadState("networkidle");
    const needed = (d) => d.startedAt <= held.at && !(hold && /\/pagefind\//.test(d.url));
    const bytesBeforeFirstResultGzip = sum(weigh.downloads.filter(needed));
    const bytesInAllGzip = sum(weigh.downloads);
    const files = weigh.downloads.map((d) => d.url.replace(origin, ""));
    await weigh.context.close();

    // Cold: a new browser profile per question, typing as soon as the search box has focus.
    const cold = [];
    const coldFullText = [];
    for (const [query] of questions) {
      const { context, page } = await coldPage(browser, origin, ui);
      await openSearch(page, ui);
      cold.push((await firstResultAfterKey(page, ui, query)).ms);
      coldFullText.push(await fullTextAfterKey(page));
      await context.close();
    }

    // Warm: one session, one question after another, from a page that has finished loading (as in
    // the cold runs: Starlight makes its search input only once its scripts have run).
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForLoadState("networkidle");
    await openSearch(page, ui);
    await firstResultAfterKey(page, ui, "a");
    const warm = [];
    for (const [query] of questions) {
      await page.locator(ui.input).fill("");
      await page.waitForTimeout(50);
      warm.push((await firstResultAfterKey(page, ui, query)).ms);
    }
    await context.close();
    return {
      requestsBeforeIntent,
      ...(hold && { firstResultHeldMs: Math.round(held.ms) }),
      bytesBeforeFirstResultGzip,
      bytesInAllGzip,
      files,
      cold: summarize(cold),
      ...(hold && { coldFullText: summarize(coldFullText) }),
      warm: summarize(warm),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Lines for the bench's table, for this site and, when measured, the Starlight reference. */
export function formatSearch(search, label = "search") {
  if (!search || search.error) return [`${label}: ${search?.error ?? "not measured"}`];
  const kb = (n) => (n / 1024).toFixed(1);
  const bytes = (b) =>
    `JS ${kb(b.js)}, CSS ${kb(b.css)}, names ${kb(b.names)}, WASM ${kb(b.wasm)}, index ${kb(b.index)}, total ${kb(b.total)}`;
  const lines = [
    `${label}: search files fetched before intent ${search.requestsBeforeIntent}`,
    `${label}: gzip KB asked for before the first result${search.firstResultHeldMs !== undefined ? ` (Pagefind held back; that result in ${search.firstResultHeldMs} ms)` : ""}: ${bytes(search.bytesBeforeFirstResultGzip)}`,
    `${label}: gzip KB fetched by the first search in all: ${bytes(search.bytesInAllGzip)}`,
    `${label}: first result after the first key press, ms (median / worst over ${search.cold.n} questions): ` +
      `cold ${search.cold.medianMs} / ${search.cold.worstMs}, warm ${search.warm.medianMs} / ${search.warm.worstMs}`,
  ];
  if (search.coldFullText)
    lines.push(
      `${label}: full-text results complete after the first key press, cold, ms: ${search.coldFullText.medianMs} / ${search.coldFullText.worstMs}`,
    );
  return lines;
}
