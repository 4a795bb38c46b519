import { expect, test } from "@playwright/test";

test("after a first visit, pages and search work offline", async ({ page, context }) => {
  // Installing the worker fetches the whole site once.
  test.setTimeout(90_000);
  await page.goto("/");
  // The worker keeps the site while it installs, then takes control of the open page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
    }
  });
  await page.goto("/services/athena/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amazon Athena");

  await context.setOffline(true);

  // A page read before, and pages never opened: all on the device.
  await page.goto("/services/athena/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amazon Athena");
  await page.goto("/services/glue/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("AWS Glue");
  await page.goto("/cheat-sheet/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("cheat sheet");

  // Search runs on the saved index.
  await page.goto("/search/?q=firehose");
  await expect(
    page.locator("[data-search-page] .pf-result-link", { hasText: "Amazon Data Firehose" }),
  ).toBeVisible();

  // An address the site never had says the reader is offline, not that the page is missing.
  await page.goto("/services/not-a-service/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
});

test("online, pages come from the network, so a new build shows at once", async ({ page, context }) => {
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // The S3 page is kept on the device by now; a "new build" of it on the server must still win.
  await context.route("**/services/s3/", (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>S3</title><h1>Amazon S3, rebuilt</h1>" }),
  );
  await page.goto("/services/s3/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amazon S3, rebuilt");
  await context.unroute("**/services/s3/");
  // An unknown address online still gets the site's 404, with its status.
  const missing = await page.goto("/services/not-a-service/");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});
