import { expect, test, type Page } from "@playwright/test";
import { listNavPages } from "../../src/lib/sitePages";
import { axeViolations } from "./axe";
import { readContentPages } from "../helpers/content";
import {
  SHARDS,
  SITE_SHARDS,
  samplePerTemplate,
  serviceIds,
  sitemapPaths,
  sitemapShard,
  templateOf,
} from "./site";

/** Opens every disclosure of the page on screen, so hidden content is checked too, and runs axe. */
async function axeWithDisclosuresOpen(
  page: Page,
  rules?: Parameters<typeof axeViolations>[1],
): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  return (await axeViolations(page, rules)).map((v) => `${new URL(page.url()).pathname} ${v}`);
}

// The study tools' pages lay their content out only near the screen, which axe makes happen item by
// item: each has an axe test of its own per theme, and the shards of the other pages stay short.
const TOOL_PAGES: string[] = listNavPages("study").map((p) => p.path);

// The pages that list a service's practice questions share one template and differ only in question
// text, which the question schema checks: three of them stand for the rest in the crawl with axe.
const QUESTION_LISTS = "/practice/*/";
const crawled = (shard: number) =>
  sitemapShard(shard).filter(
    (path) =>
      !TOOL_PAGES.includes(path) &&
      (templateOf(path) !== QUESTION_LISTS || samplePerTemplate(sitemapPaths(), 3).includes(path)),
  );

// One visit per page, on a phone, does every check that needs the page's scripts: it does not scroll
// sideways, axe finds nothing in the light theme, and no request leaves the site's origin.
for (const shard of SHARDS) {
  test(`every page on a phone: no sideways scroll, no axe violation, no request off the origin, pages ${shard + 1} of ${SITE_SHARDS}`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const origin = new URL(baseURL!).origin;
    const failures: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:")) failures.push(`${page.url()} → ${url}`);
    });
    const extra = shard === 0 ? ["/search/?q=glue"] : [];
    for (const path of [...crawled(shard), ...extra]) {
      await page.goto(path, { waitUntil: "networkidle" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) failures.push(`${path} scrolls sideways by ${overflow}px`);
      failures.push(...(await axeWithDisclosuresOpen(page)));
    }
    expect(failures).toEqual([]);
  });
}

// The dark theme changes colours only, and the colours come from each template's classes: two pages of
// each template are checked for the colour rules (contrast, links in text). The study tools' own tests
// check every rule in both themes.
test("axe finds no colour violation in the dark theme, two pages of each template", async ({ page }) => {
  test.slow();
  await page.emulateMedia({ colorScheme: "dark" });
  const failures: string[] = [];
  for (const path of samplePerTemplate(sitemapPaths(), 2).filter((p) => !TOOL_PAGES.includes(p))) {
    await page.goto(path);
    failures.push(...(await axeWithDisclosuresOpen(page, "colours")));
  }
  expect(failures).toEqual([]);
});

for (const scheme of ["light", "dark"] as const) {
  for (const path of TOOL_PAGES) {
    test(`axe finds no violation on ${path} with every disclosure open, ${scheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      // A page the shards leave out is one the site has.
      expect(sitemapPaths()).toContain(path);
      await page.goto(path);
      expect(await axeWithDisclosuresOpen(page)).toEqual([]);
    });
  }
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const shard of SHARDS) {
    test(`every page shows its content and its navigation, pages ${shard + 1} of ${SITE_SHARDS}`, async ({
      page,
    }) => {
      // The sidebar lists the services of the category being read, and links every other category.
      const categoryOf = new Map(
        readContentPages("src/content/services").map((p) => [p.id, String(p.data.category)]),
      );
      for (const path of sitemapShard(shard)) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
        const nav = page.getByRole("navigation", { name: "Services" });
        const hrefs = new Set(
          await nav.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
        );
        const unreachable = serviceIds().filter(
          (id) => !hrefs.has(`/services/${id}/`) && !hrefs.has(`/categories/${categoryOf.get(id)}/`),
        );
        expect(unreachable, path).toEqual([]);
        await expect(nav.getByRole("link").first(), path).toBeVisible();
      }
    });
  }

  test("on a phone, the collapsed navigation opens without JavaScript", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/services/glue/");
    const firstLink = page.getByRole("navigation", { name: "Services" }).getByRole("link").first();
    await expect(firstLink).toBeHidden();
    await page.getByText("Browse services").click();
    await expect(firstLink).toBeVisible();
  });
});

test("the keyboard reaches the skip link first, with a visible focus, and every control", async ({
  page,
}) => {
  await page.goto("/services/athena/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await expect(skip).not.toHaveCSS("outline-style", "none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  // Every visible control (links, buttons, inputs, summaries) is reached with Tab, in turn.
  await page.goto("/services/athena/");
  const count = await page.evaluate(() => {
    // checkVisibility() leaves out what a closed <details> hides.
    const visible = [...document.querySelectorAll("a[href], button, input, summary")].filter((el) =>
      el.checkVisibility(),
    );
    visible.forEach((el, i) => el.setAttribute("data-kb", String(i)));
    return visible.length;
  });
  const reached = new Set<string>();
  for (let i = 0; i < count + 10; i++) {
    await page.keyboard.press("Tab");
    const index = await page.evaluate(() => document.activeElement?.getAttribute("data-kb"));
    if (index) reached.add(index);
  }
  const missed = Array.from({ length: count }, (_, i) => String(i)).filter((i) => !reached.has(i));
  expect(missed).toEqual([]);
});

test("a service page prints without navigation, with link addresses and diagrams", async ({ page }) => {
  await page.goto("/services/athena/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Services" })).toBeHidden();
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.locator("figure svg").first()).toBeVisible();
  // The text version prints unfolded. (Chromium's print emulation lays it out at zero width, unlike a
  // real print, so this asks the style engine rather than the box.)
  const textVersion = page.locator("figure.diagram + details").first();
  await expect(textVersion.locator("summary")).toHaveCSS("display", "none");
  await expect
    .poll(() =>
      textVersion
        .locator("li")
        .first()
        .evaluate((li) => li.checkVisibility()),
    )
    .toBe(true);
  const linkAddress = () =>
    page
      .locator('main a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
  await expect.poll(linkAddress).toContain("http");
});
