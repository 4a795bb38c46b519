import { expect, test, type Page } from "@playwright/test";
import { SITE_PAGES, listNavPages } from "../../src/lib/sitePages";
import { axeViolations } from "./axe";
import { readContentPages } from "../helpers/content";
import { SHARDS, SITE_SHARDS, serviceIds, sitemapPaths, sitemapShard } from "./site";

/** Opens every disclosure of the page at `path`, so hidden content is checked too, and runs axe. */
async function axeWithDisclosuresOpen(
  page: Page,
  path: string,
  rules?: Parameters<typeof axeViolations>[1],
): Promise<string[]> {
  await page.goto(path);
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  return (await axeViolations(page, rules)).map((v) => `${path} ${v}`);
}

// The study tools' pages are the largest (practice holds every question with every explanation, the
// self-test every card), and lay their content out only near the screen, which axe makes happen item
// by item: each has an axe test of its own per theme, and the shards of the other pages stay short.
const TOOL_PAGES: string[] = listNavPages("study").map((p) => p.path);
const LARGEST_PAGE = SITE_PAGES.practice.path;

for (const scheme of ["light", "dark"] as const) {
  for (const shard of SHARDS) {
    test(`axe finds no ${scheme === "light" ? "violation" : "colour violation"} on any page, ${scheme} theme, pages ${shard + 1} of ${SITE_SHARDS}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const failures: string[] = [];
      // The dark theme changes colours only, so the crawl checks every rule in the light theme and the
      // colour rules in the dark one (the study tools' own tests check every rule in both).
      const rules = scheme === "light" ? "all" : "colours";
      for (const path of sitemapShard(shard).filter((p) => !TOOL_PAGES.includes(p))) {
        failures.push(...(await axeWithDisclosuresOpen(page, path, rules)));
      }
      expect(failures).toEqual([]);
    });
  }

  for (const path of TOOL_PAGES) {
    test(`axe finds no violation on ${path} with every disclosure open, ${scheme} theme`, async ({
      page,
    }) => {
      // The practice page alone takes most of a minute on a busy machine.
      if (path === LARGEST_PAGE) test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      // A page the shards leave out is one the site has.
      expect(sitemapPaths()).toContain(path);
      expect(await axeWithDisclosuresOpen(page, path)).toEqual([]);
    });
  }
}

for (const shard of SHARDS) {
  test(`no request leaves the site's origin on any page, pages ${shard + 1} of ${SITE_SHARDS}`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:")) foreign.push(`${page.url()} → ${url}`);
    });
    const extra = shard === 0 ? ["/search/?q=glue"] : [];
    for (const path of [...sitemapShard(shard), ...extra]) {
      await page.goto(path, { waitUntil: "networkidle" });
    }
    expect(foreign).toEqual([]);
  });
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
