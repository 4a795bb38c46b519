import { expect, test, type Page } from "@playwright/test";
import { SEARCH_QUESTIONS } from "./search-questions";
import { serviceIds } from "./site";

const dialog = (page: Page) => page.getByRole("dialog", { name: /search/i });
const searchInput = (page: Page) => dialog(page).locator("input[role=combobox]");
/** The page options of the listbox (the sections under a page are options too). */
const resultLinks = (page: Page) =>
  dialog(page).locator("[role=listbox][aria-label='Search results'] > [role=option]:not(.search-section)");

/** Opens the dialog with "/" and types a query; resolves once names and full text have answered it. */
async function searchFor(page: Page, query: string) {
  await page.keyboard.press("/");
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type(query);
  await expect(dialog(page)).toHaveAttribute("data-search-done", query);
  await expect(resultLinks(page).first()).toHaveAttribute(
    "href",
    new RegExp(`[?&]highlight=${encodeURIComponent(query)}(?:[&#]|$)`),
  );
}

/** Where the option the search input marks active sits among the listbox's options (-1: none). */
const activeOptionIndex = (page: Page) =>
  dialog(page).evaluate((box) => {
    const active = box.querySelector("input[role=combobox]")?.getAttribute("aria-activedescendant");
    const options = [...box.querySelectorAll("[role=listbox][aria-label='Search results'] [role=option]")];
    return options.findIndex((option) => option.id === active);
  });

/** Holds requests whose path matches until the test lets them go; `wasAsked` resolves on the first. */
async function hold(page: Page, path: RegExp) {
  let asked!: () => void;
  let release!: () => void;
  const wasAsked = new Promise<void>((resolve) => (asked = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => path.test(url.pathname),
    async (route) => {
      asked();
      await released;
      await route.continue();
    },
  );
  return { wasAsked, release };
}

test.describe("before intent", () => {
  // What the page itself asks for: with the offline worker registered, its precache of every page keeps
  // the network busy for minutes on a loaded machine, and "network idle" never came (a stress run).
  test.use({ serviceWorkers: "block" });

  test("nothing of search is downloaded before the reader shows intent", async ({ page }) => {
    const searchRequests: string[] = [];
    page.on("request", (r) => {
      if (/\/pagefind\/|search-names\.json|\/dialog\.[\w-]+\.js/.test(r.url())) searchRequests.push(r.url());
    });
    await page.goto("/services/athena/");
    // Loaded, and the browser idle once after it: the page's scripts have run and asked for what they
    // ask for at load ("networkidle" once waited a minute on a loaded machine for the link previews).
    await page.waitForLoadState("load");
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null))));
    expect(searchRequests).toEqual([]);
    // No page carries the dialog either: it is made when first opened.
    await expect(page.locator("dialog")).toHaveCount(0);
    await page.locator("[data-search-trigger]").hover();
    await expect.poll(() => searchRequests.some((u) => u.endsWith("/search-names.json"))).toBe(true);
    await expect.poll(() => searchRequests.some((u) => u.endsWith("/pagefind/pagefind.js"))).toBe(true);
  });
});

test("'/' opens a labelled dialog; arrows move, Enter opens, and the landing page marks the words", async ({
  page,
}) => {
  await page.goto("/");
  // Status messages change as results arrive: record every one.
  await page.evaluate(() => {
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => {
      const text = document.querySelector("dialog [data-search-status]")?.textContent?.trim();
      if (text) said.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await searchFor(page, "elasticsearch");
  const input = searchInput(page);
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute("aria-expanded", "true");
  // An option's name is what it shows: the title first, then the note (WCAG 2.5.3, label in name).
  await expect(resultLinks(page).first()).toHaveAccessibleName(
    /^Amazon OpenSearch Service Formerly Amazon Elasticsearch Service/,
  );
  await expect(dialog(page).locator(".result-category").first()).toHaveText("Analytics and search");
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said.join(" | ")))
    .toMatch(/\d+ results? for elasticsearch/);
  // The first option is active; one arrow down moves to the next, one up comes back.
  const first = resultLinks(page).first();
  await expect.poll(() => activeOptionIndex(page)).toBe(0);
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => activeOptionIndex(page)).toBe(1);
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => activeOptionIndex(page)).toBe(0);
  await expect(first).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/services\/opensearch-service\/\?highlight=elasticsearch/);
  await expect(page.locator("article mark").first()).toHaveText(/elasticsearch/i);
});

test("names answer before Pagefind has loaded; full-text results follow", async ({ page }) => {
  const pagefind = await hold(page, /^\/pagefind\/pagefind\.js$/);
  await page.goto("/");
  await page.keyboard.press("/");
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type("elasticsearch");
  await pagefind.wasAsked;
  // Pagefind is still held back, and the page the query names is already there.
  await expect(resultLinks(page).first()).toHaveAccessibleName(/^Amazon OpenSearch Service\b/);
  await expect(dialog(page).locator("[data-search-status]")).toHaveText(/searching the full text/);
  await expect(dialog(page)).not.toHaveAttribute("data-search-done");
  pagefind.release();
  await expect(dialog(page)).toHaveAttribute("data-search-done", "elasticsearch");
  await expect(dialog(page).locator("[data-search-status]")).toHaveText(/^\d+ results for elasticsearch$/);
  await expect(resultLinks(page).nth(1)).toBeVisible();
  await expect(resultLinks(page).first()).toHaveAccessibleName(/^Amazon OpenSearch Service\b/);
});

test("keys typed while the search code loads all reach the input", async ({ page }) => {
  const code = await hold(page, /\/_astro\/dialog\.[\w-]+\.js$/);
  await page.goto("/");
  await page.keyboard.press("/");
  await code.wasAsked;
  await page.keyboard.type("glue");
  code.release();
  await expect(searchInput(page)).toHaveValue("glue");
  await expect(searchInput(page)).toBeFocused();
  await expect(dialog(page)).toHaveAttribute("data-search-done", "glue");
  await expect(resultLinks(page).first()).toHaveAccessibleName(/^AWS Glue\b/);
});

test("Ctrl+K opens the dialog, Esc closes it and gives focus back", async ({ page }) => {
  await page.goto("/services/glue/");
  const trigger = page.locator("[data-search-trigger]");
  await trigger.focus();
  await page.keyboard.press("Control+k");
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(trigger).toBeFocused();
});

test("a sub-result lands on its section", async ({ page }) => {
  await page.goto("/");
  await searchFor(page, "spice");
  const href = await dialog(page).locator(".search-section").first().getAttribute("href");
  expect(href).toMatch(/#[a-z0-9-]+$/);
  await dialog(page).locator(`.search-section[href="${href}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${href!.split("#")[1]}$`));
  const target = page.locator(`[id="${href!.split("#")[1]}"]`);
  await expect(target).toBeInViewport();
});

test("the category filter narrows results to comparisons", async ({ page }) => {
  await page.goto("/");
  await searchFor(page, "glue");
  await expect(resultLinks(page).first()).toHaveAttribute("href", /\/services\/glue\//);
  await dialog(page)
    .getByRole("combobox", { name: /category/i })
    .selectOption("Comparisons");
  await expect(dialog(page)).toHaveAttribute("data-search-done", "glue");
  // Only comparisons remain: every result leads to one, and there are several.
  await expect(resultLinks(page).nth(1)).toBeVisible();
  for (const link of await resultLinks(page).all()) await expect(link).toHaveAttribute("href", /\/compare\//);
});

test("no results: a helpful empty state with ways to browse", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("/");
  await page.keyboard.type("qwxyzzy");
  // Every key reaches the input, including those typed while the dialog was still loading.
  await expect(searchInput(page)).toHaveValue("qwxyzzy");
  const empty = dialog(page).locator("[data-search-empty]");
  await expect(dialog(page)).toHaveAttribute("data-search-done", "qwxyzzy");
  await expect(empty).toBeVisible();
  await expect(empty).toContainText("Check the spelling");
  await expect(empty.getByRole("link", { name: "Storage" })).toBeVisible();
});

test("/search/?q= is shareable and follows what the reader types", async ({ page }) => {
  await page.goto("/search/?q=presto");
  const results = page.locator("[data-search-page] [role=option]:not(.search-section) .search-title");
  await expect(results.first()).toHaveText("Amazon Athena");
  const input = page.locator("[data-search-page] input");
  await input.fill("kvs");
  await expect(page).toHaveURL(/\?q=kvs$/);
  await expect(results.first()).toHaveText("Amazon Kinesis Video Streams");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search entry leads to an A–Z index of every service", async ({ page }) => {
    await page.goto("/services/emr/");
    await page.getByRole("link", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    const index = page.locator("section", { has: page.getByRole("heading", { name: "Every service, A–Z" }) });
    await expect(index.getByRole("link")).toHaveCount(serviceIds().length);
    await expect(index.getByRole("link").first()).toHaveText("Amazon API Gateway");
  });
});

test("search quality: each student question finds its page in the top 3", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("/");
  await expect(searchInput(page)).toBeFocused();
  // The dialog as a reader uses it: names first, then full text with the site's ranking.
  const answers: string[][] = [];
  for (const [query] of SEARCH_QUESTIONS) {
    await searchInput(page).fill(query);
    await expect(dialog(page)).toHaveAttribute("data-search-done", query.trim());
    const hrefs = await resultLinks(page).evaluateAll((links) =>
      links.slice(0, 3).map((link) => link.getAttribute("href")!.replace(/[?#].*$/, "")),
    );
    answers.push(hrefs);
  }
  const misses = SEARCH_QUESTIONS.flatMap(([query, expected], i) =>
    answers[i]!.includes(expected) ? [] : [`${query} → ${expected}, got ${answers[i]!.join(", ")}`],
  );
  const first = SEARCH_QUESTIONS.filter(([, expected], i) => answers[i]![0] === expected).length;
  console.log(
    `search quality: ${SEARCH_QUESTIONS.length - misses.length}/${SEARCH_QUESTIONS.length} in the top 3, ${first} first`,
  );
  expect(SEARCH_QUESTIONS.length).toBeGreaterThanOrEqual(40);
  expect(misses).toEqual([]);
});
