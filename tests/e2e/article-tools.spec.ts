import { expect, test } from "@playwright/test";

test("each section heading links to itself, shown on hover and on keyboard focus", async ({ page }) => {
  await page.goto("/services/athena/");
  const heading = page.getByRole("heading", { level: 2, name: "Common traps" });
  const link = page.locator('a.heading-link[href="#common-traps"]');
  await expect(link).toHaveAccessibleName("Common traps");
  await expect(link).toHaveCSS("opacity", "0");
  await heading.hover();
  await expect(link).toHaveCSS("opacity", "1");
  await page.mouse.move(0, 0);
  await link.focus();
  await expect(link).toHaveCSS("opacity", "1");
  await link.click();
  await expect(page).toHaveURL(/#common-traps$/);
});

test("on a wide screen, 'On this page' marks the section being read", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/services/athena/");
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc.getByRole("link", { name: "Key facts" })).toHaveAttribute("aria-current", "location");
  await page.getByRole("heading", { level: 2, name: "Common traps" }).evaluate((h) => h.scrollIntoView());
  await expect(toc.getByRole("link", { name: "Common traps" })).toHaveAttribute("aria-current", "location");
  await expect(toc.locator('[aria-current="location"]')).toHaveCount(1);
});

test("a reader reads or copies a page as Markdown, and can report a problem", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/services/athena/");
  const tools = page.getByRole("complementary", { name: "Page tools" });
  await tools.getByRole("button", { name: "Copy page as Markdown" }).click();
  await expect(tools.getByRole("status")).toHaveText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^# Amazon Athena\n\n> /);

  const report = tools.getByRole("link", { name: "Report a problem with this page" });
  const href = new URL((await report.getAttribute("href"))!);
  expect(href.pathname).toMatch(/\/issues\/new$/);
  expect(href.searchParams.get("title")).toBe('Problem on "Amazon Athena"');

  const response = await page.request.get(
    (await tools.getByRole("link", { name: "View as Markdown" }).getAttribute("href"))!,
  );
  expect(response.headers()["content-type"]).toContain("text/markdown");
  expect(await response.text()).toContain("## Key numbers");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  test("the Markdown version is a plain link, and the copy button stays hidden", async ({ page }) => {
    await page.goto("/compare/glue-vs-dms/");
    const tools = page.getByRole("complementary", { name: "Page tools" });
    await expect(tools.getByRole("link", { name: "View as Markdown" })).toHaveAttribute(
      "href",
      "/compare/glue-vs-dms.md",
    );
    await expect(tools.getByRole("button", { name: "Copy page as Markdown" })).toBeHidden();
  });
});
