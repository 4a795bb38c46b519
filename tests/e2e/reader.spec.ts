import { expect, test } from "@playwright/test";
import { serviceIds } from "./site";

test("the home page says what the site is and lists every service by category", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AWS data services");
  const main = page.locator("main");
  for (const id of serviceIds()) {
    await expect(main.locator(`a[href="/services/${id}/"]`)).toHaveCount(1);
  }
  await expect(main.getByRole("heading", { level: 2, name: "Storage" })).toBeVisible();
});

test("every service is reached from the sidebar through its category, which marks the current page", async ({
  page,
}) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Services" });
  // Only the category being read lists its services: the home page lists none of them.
  await expect(nav.locator('a[href^="/services/"]')).toHaveCount(0);
  const categories = await nav
    .locator('a[href^="/categories/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  const reached: string[] = [];
  for (const category of categories) {
    await nav.locator(`a[href="${category}"]`).click();
    await expect(page).toHaveURL(category);
    await expect(nav.locator(`a[href="${category}"]`)).toHaveAttribute("aria-current", "page");
    const services = await nav
      .locator('a[href^="/services/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    reached.push(...services);
    const first = services[0]!;
    await nav.locator(`a[href="${first}"]`).click();
    await expect(page).toHaveURL(first);
    await expect(nav.locator(`a[href="${first}"]`)).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(nav.locator('a[href^="/services/"]')).toHaveCount(services.length);
  }
  expect(reached.sort()).toEqual(
    serviceIds()
      .map((id) => `/services/${id}/`)
      .sort(),
  );
});

test("a service page links to its AWS documentation, its neighbours and its sources", async ({ page }) => {
  await page.goto("/services/athena/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amazon Athena");
  await expect(page.getByRole("link", { name: /Official AWS documentation/ })).toHaveAttribute(
    "href",
    /^https:\/\/docs\.aws\.amazon\.com\//,
  );
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Previous and next service" }).getByRole("link"),
  ).not.toHaveCount(0);
  await page.getByRole("navigation", { name: "On this page" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/#/);
});

test("a relation stated on one page shows on the other", async ({ page }) => {
  await page.goto("/services/s3/");
  const connected = page.getByRole("region", { name: "Connections" });
  await expect(connected.getByRole("link", { name: "Athena" })).toBeVisible();
  await expect(connected).toContainText("Read by");
});

test("the theme toggle switches to dark and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/services/glue/");
  const html = page.locator("html");
  const body = page.locator("body");
  // Read before any toggle: the page paints in the system's theme from its first frame.
  const light = await body.evaluate((el) => getComputedStyle(el).backgroundColor);
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(body).not.toHaveCSS("background-color", light);
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(body).not.toHaveCSS("background-color", light);
  await page.getByRole("button", { name: "Dark theme" }).click();
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "light");
});

test("the theme follows the system when the reader has not chosen", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("body")).toHaveCSS("background-color", "rgb(15, 20, 25)");
});

test("an unknown address shows the 404 page", async ({ page }) => {
  const response = await page.goto("/services/amazon-nothing/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("link", { name: /Browse all services/ }).click();
  await expect(page).toHaveURL("/");
});

test("comparison pages have a real table, linked from each compared service", async ({ page }) => {
  await page.goto("/services/dms/");
  await page.getByRole("link", { name: /Compare: AWS Glue vs AWS DMS/ }).click();
  const table = page.getByRole("table");
  await expect(table.locator("caption")).not.toBeEmpty();
  await expect(table.getByRole("columnheader", { name: "DMS" })).toBeVisible();
  await expect(table.getByRole("rowheader").first()).toBeVisible();
});

test("a diagram keeps its 2rem of space from the text around it: utilities win over the prose's spacing", async ({
  page,
}) => {
  await page.goto("/services/athena/");
  const wrapper = page.locator(".prose > div:has(> figure.diagram)").first();
  await expect(wrapper).toBeVisible();
  // The prose puts 1em between blocks; the wrapper's my-8 asks for 2rem, and the cascade layers let it win.
  await expect(wrapper).toHaveCSS("margin-top", "32px");
  await expect(wrapper).toHaveCSS("margin-bottom", "32px");
  const gap = await wrapper.evaluate((el) => {
    const before = el.previousElementSibling!.getBoundingClientRect();
    return el.getBoundingClientRect().top - before.bottom;
  });
  expect(gap).toBeGreaterThanOrEqual(32);
});
