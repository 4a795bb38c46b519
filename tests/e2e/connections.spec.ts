import { expect, test, type Page } from "@playwright/test";
import { serviceField, serviceIds } from "./site";

const PREVIEW_DELAY_MS = 300;

/** The first link to `id` in a service page's article body. */
const bodyLink = (page: Page, id: string) => page.locator(`.prose a[href="/services/${id}/"]`).first();

/**
 * Opens a page with the page's clock in the test's hands: it runs while the page loads, then stops, and
 * moves only by `page.clock.runFor`. The preview's delay is then measured in the page's own time, the
 * same on a busy machine as on an idle one.
 */
async function openWithStoppedClock(page: Page, path: string) {
  await page.clock.install({ time: new Date("2026-01-01T08:00:00Z") });
  await page.goto(path);
  await page.clock.pauseAt(new Date("2026-01-01T09:00:00Z"));
}

test("a service page shows where it sits: Home, its category, itself", async ({ page }) => {
  await page.goto("/services/athena/");
  const trail = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(trail.getByRole("listitem")).toHaveText(["Home", /Analytics and search/, /Amazon Athena/]);
  await expect(trail.locator('[aria-current="page"]')).toHaveText("Amazon Athena");
  await trail.getByRole("link", { name: "Analytics and search" }).click();
  await expect(page).toHaveURL("/categories/analytics/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Analytics and search");
});

test("a category page lists its services with their summaries and links the other categories", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("heading", { level: 2, name: "Storage" }).getByRole("link").click();
  await expect(page).toHaveURL("/categories/storage/");
  await page.locator("main").getByRole("link", { name: "Databases" }).click();
  await expect(page).toHaveURL("/categories/databases/");
  const mine = serviceIds().filter((id) => serviceField(id, "category") === "databases");
  const cards = page.locator("main li").filter({ has: page.locator('a[href^="/services/"]') });
  await expect(cards).toHaveCount(mine.length);
  for (const id of mine) {
    const card = cards.filter({ has: page.locator(`a[href="/services/${id}/"]`) });
    await expect(card).toContainText(serviceField(id, "title"));
    await expect(card).toContainText(serviceField(id, "summary"));
  }
  await expect(page.getByRole("navigation", { name: "Other categories" }).getByRole("link")).not.toHaveCount(
    0,
  );
});

test("the Connections section groups a service's relations by kind", async ({ page }) => {
  await page.goto("/services/s3/");
  const connections = page.getByRole("region", { name: "Connections" });
  const readBy = connections.locator("div").filter({ has: page.locator("dt", { hasText: /^Read by$/ }) });
  await expect(readBy.getByRole("link", { name: "Athena" })).toBeVisible();
  await expect(readBy.getByRole("listitem")).not.toHaveCount(0);
});

/**
 * Has the reader's first sign of intent (hovering or focusing a link) load the previews' code, which
 * loads on intent, and waits until it has taken over: it then fetches the previews, and the card's
 * delay runs from there, in the page's own time.
 */
async function firstIntent(page: Page, intent: () => Promise<void>) {
  const previewsFetched = page.waitForRequest("**/previews.json");
  await intent();
  await previewsFetched;
}

test("hovering a service link shows its preview after a short delay, and Esc hides it", async ({ page }) => {
  await openWithStoppedClock(page, "/services/athena/");
  const card = page.locator("#link-preview");
  await firstIntent(page, () => bodyLink(page, "s3").hover());
  await page.clock.runFor(PREVIEW_DELAY_MS);
  await expect(card).toBeVisible();
  await expect(card).toContainText(serviceField("s3", "title"));
  await expect(card).toContainText(serviceField("s3", "summary"));
  await expect(card).toContainText("Storage");
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
  await page.mouse.move(0, 0);

  // The previews are loaded by now, so only the delay can keep the next card back.
  await bodyLink(page, "glue").hover();
  await page.clock.runFor(PREVIEW_DELAY_MS - 50);
  await expect(card).toBeHidden();
  await page.clock.runFor(50);
  await expect(card).toBeVisible();
  await expect(card).toContainText(serviceField("glue", "summary"));
});

test("keyboard focus on a service link shows its preview without taking focus", async ({ page }) => {
  await page.goto("/services/athena/");
  const card = page.locator("#link-preview");
  const onServiceLink = () =>
    page.evaluate(() => document.activeElement?.matches('.prose a[href^="/services/"]') ?? false);
  for (let i = 0; i < 120 && !(await onServiceLink()); i++) await page.keyboard.press("Tab");
  const focused = page.locator('.prose a[href^="/services/"]:focus');
  await expect(focused).toHaveCount(1);
  const id = (await focused.getAttribute("href"))!.split("/")[2]!;
  await expect(card).toBeVisible();
  await expect(card).toContainText(serviceField(id, "summary"));
  await expect(focused).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
});

/**
 * Has the page load its previews the way a keyboard reader does (a touch screen has no hover), then puts
 * the card away: from then on, a card that is due opens as soon as the clock reaches its delay. Where
 * nothing can hover the site's CSS never draws the card, so its hidden attribute tells whether it opened.
 */
async function loadPreviewsByKeyboard(page: Page) {
  const link = bodyLink(page, "glue");
  await firstIntent(page, async () => {
    // Tab from the link before it, as a keyboard user would arrive.
    await link.evaluate((el) => {
      const links = [...document.querySelectorAll<HTMLElement>("main a[href]")];
      links[links.findIndex((link) => link === el) - 1]!.focus();
    });
    await page.keyboard.press("Tab");
  });
  await expect(link).toBeFocused();
  await page.clock.runFor(PREVIEW_DELAY_MS);
  const card = page.locator("#link-preview");
  await expect(card).not.toHaveAttribute("hidden");
  await page.keyboard.press("Escape");
  await expect(card).toHaveAttribute("hidden");
}

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true });

  test("tapping a service link shows no preview and follows the link", async ({ page }) => {
    await openWithStoppedClock(page, "/services/athena/");
    await loadPreviewsByKeyboard(page);
    // The test cancels the first tap's navigation, so that the tapped page stays to have its clock run
    // past the preview's delay (a page that is leaving cannot be run).
    await page.evaluate(() =>
      addEventListener("click", (event) => event.preventDefault(), { capture: true, once: true }),
    );
    await bodyLink(page, "s3").tap();
    await page.clock.runFor(PREVIEW_DELAY_MS * 3);
    await expect(page.locator("#link-preview")).toHaveAttribute("hidden");
    await bodyLink(page, "s3").tap();
    await expect(page).toHaveURL("/services/s3/");
  });

  test("pressing and holding a service link shows no preview", async ({ page }) => {
    await openWithStoppedClock(page, "/services/athena/");
    await loadPreviewsByKeyboard(page);
    const box = (await bodyLink(page, "s3").boundingBox())!;
    const touch = await page.context().newCDPSession(page);
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await touch.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
    await page.clock.runFor(PREVIEW_DELAY_MS * 3);
    await expect(page.locator("#link-preview")).toHaveAttribute("hidden");
    await touch.send("Input.dispatchTouchEvent", { type: "touchCancel", touchPoints: [] });
  });
});
