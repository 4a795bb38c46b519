import { expect, test, type Page } from "@playwright/test";
import { SEARCH_QUESTIONS } from "./search-questions";
import { serviceIds } from "./site";

const dialog = (page: Page) => page.getByRole("dialog", { name: /search/i });
const searchInput = (page: Page) => dialog(page).locator("input[role=combobox]");
/** The page options of the listbox (sub-results, the sections, are options too). */
const resultLinks = (page: Page) =>
  dialog(page).locator(
    "[role=listbox][aria-label='Search results'] > * > [role=option]:not(.pf-searchbox-subresult), [role=listbox][aria-label='Search results'] > [role=option]",
  );

/** Opens the dialog with "/" and types a query; resolves once the results shown are the query's. */
async function searchFor(page: Page, query: string) {
  await page.keyboard.press("/");
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type(query);
  // Results come in after every key: wait for those of the whole query, not of its first letters.
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

test("nothing of search is downloaded before the reader shows intent", async ({ page }) => {
  const searchRequests: string[] = [];
  page.on("request", (r) => {
    if (/\/pagefind\/|search-names\.json/.test(r.url())) searchRequests.push(r.url());
  });
  await page.goto("/services/athena/");
  await page.waitForLoadState("networkidle");
  expect(searchRequests).toEqual([]);
  await page.locator("[data-search-trigger]").hover();
  await expect.poll(() => searchRequests.some((u) => u.endsWith("pagefind-component-ui.js"))).toBe(true);
});

test("'/' opens a labelled dialog; arrows move, Enter opens, and the landing page marks the words", async ({
  page,
}) => {
  await page.goto("/");
  // Live-region messages last a moment only: record every one.
  await page.evaluate(() => {
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => {
      const text = document.querySelector("[data-pagefind-announcer]")?.textContent?.trim();
      if (text) said.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await searchFor(page, "elasticsearch");
  const input = searchInput(page);
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute("aria-expanded", "true");
  await expect(resultLinks(page).first()).toHaveAccessibleName("Amazon OpenSearch Service");
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

test("keys typed while search loads end in the results of the whole query", async ({ page }) => {
  /** A request held until the test lets it go, with a promise that it was made. */
  const hold = async (file: string) => {
    let asked!: () => void;
    let release!: () => void;
    const wasAsked = new Promise<void>((resolve) => (asked = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === `/pagefind/${file}`,
      async (route) => {
        asked();
        await released;
        await route.continue();
      },
    );
    return { wasAsked, release };
  };
  // Pagefind loads in two stages: its script, then (with its API already set) its index.
  const script = await hold("pagefind.js");
  const index = await hold("pagefind-entry.json");
  await page.goto("/");
  await page.evaluate(() => {
    (window as unknown as { searched: string[] }).searched = [];
  });
  const searched = () => page.evaluate(() => (window as unknown as { searched: string[] }).searched);
  await page.keyboard.press("/");
  await expect(dialog(page)).toBeVisible();
  await page.evaluate(() =>
    (
      window as unknown as {
        PagefindComponents: {
          getInstanceManager(): { getInstance(n: string): { on(e: "search", f: (t: string) => void): void } };
        };
      }
    ).PagefindComponents.getInstanceManager()
      .getInstance("default")
      .on("search", (term) => (window as unknown as { searched: string[] }).searched.push(term)),
  );
  // The first key's search waits for the script; the others start while the index loads.
  await page.keyboard.type("g");
  await expect.poll(searched).toEqual(["g"]);
  await script.wasAsked;
  script.release();
  await index.wasAsked;
  await page.keyboard.type("lue");
  // Keys a millisecond apart share one search (the box's debounce): the last is the whole query.
  await expect.poll(async () => (await searched()).at(-1)).toBe("glue");
  index.release();
  await expect(resultLinks(page).first()).toHaveAttribute("href", /[?&]highlight=glue(?:[&#]|$)/);
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
  const href = await dialog(page).locator(".pf-searchbox-subresult").first().getAttribute("href");
  expect(href).toMatch(/#[a-z0-9-]+$/);
  // The link whose address was read, even if the list is drawn again in between.
  await dialog(page).locator(`.pf-searchbox-subresult[href="${href}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${href!.split("#")[1]}$`));
  const target = page.locator(`[id="${href!.split("#")[1]}"]`);
  await expect(target).toBeInViewport();
});

test("the category filter narrows results to comparisons", async ({ page }) => {
  await page.goto("/");
  await searchFor(page, "glue");
  await dialog(page)
    .getByRole("combobox", { name: /category/i })
    .click();
  // The options show counts for this query once its results are in; pick when they are.
  const comparisons = dialog(page).getByRole("option", { name: /^Comparisons, \d+ results?$/ });
  await expect(comparisons).toBeVisible();
  // The menu re-renders as counts arrive, so a pointer click can land between two renders.
  await comparisons.dispatchEvent("click");
  await expect(comparisons).toHaveAttribute("aria-selected", "true");
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
  await expect(empty).toBeVisible({ timeout: 20_000 });
  await expect(empty).toContainText("Check the spelling");
  await expect(empty.getByRole("link", { name: "Storage" })).toBeVisible();
});

test("/search/?q= is shareable and follows what the reader types", async ({ page }) => {
  await page.goto("/search/?q=presto");
  const results = page.locator("[data-search-page] .pf-result-link");
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
    await expect(index.getByRole("link").first()).toHaveText("Amazon AppFlow");
  });
});

test("search quality: each student question finds its page in the top 3", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("/");
  await expect(searchInput(page)).toBeFocused();
  // The dialog's own Pagefind instance: the real bundle, with the site's ranking and exact-name rule.
  const answers = await page.evaluate(async (questions) => {
    type Api = { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
    const ui = (
      window as unknown as {
        PagefindComponents: {
          getInstanceManager(): {
            getInstance(n: string): { triggerLoad(): Promise<void>; __pagefind__: Api };
          };
        };
      }
    ).PagefindComponents;
    const instance = ui.getInstanceManager().getInstance("default");
    await instance.triggerLoad();
    const out: string[][] = [];
    for (const [query] of questions) {
      const { results } = await instance.__pagefind__.search(query);
      const top = await Promise.all(results.slice(0, 3).map((r) => r.data()));
      out.push(top.map((d) => d.url.replace(/[?#].*$/, "")));
    }
    return out;
  }, SEARCH_QUESTIONS);
  const misses = SEARCH_QUESTIONS.filter(([, expected], i) => !answers[i]!.includes(expected)).map(
    ([query, expected]) =>
      `${query} → ${expected}, got ${answers[SEARCH_QUESTIONS.findIndex(([q]) => q === query)]!.join(", ")}`,
  );
  const first = SEARCH_QUESTIONS.filter(([, expected], i) => answers[i]![0] === expected).length;
  console.log(
    `search quality: ${SEARCH_QUESTIONS.length - misses.length}/${SEARCH_QUESTIONS.length} in the top 3, ${first} first`,
  );
  expect(SEARCH_QUESTIONS.length).toBeGreaterThanOrEqual(40);
  expect(misses).toEqual([]);
});
