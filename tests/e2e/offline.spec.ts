import { readFileSync } from "node:fs";
import { type Page, expect, test } from "@playwright/test";
import { readManifest } from "../../scripts/build-service-worker.mjs";

/** Waits until a worker controls the page and is active: the first one, or the one of `script`. */
async function whenControlled(page: Page, script?: string) {
  await page.evaluate(async (script) => {
    await navigator.serviceWorker.ready;
    const changed = new Promise((resolve) =>
      navigator.serviceWorker.addEventListener("controllerchange", resolve),
    );
    if (script) await navigator.serviceWorker.register(script);
    if (script || !navigator.serviceWorker.controller) await changed;
    // A worker controls the page as soon as it activates, before it has done with activating.
    const worker = navigator.serviceWorker.controller!;
    if (worker.state !== "activated") {
      await new Promise((resolve) =>
        worker.addEventListener("statechange", () => worker.state === "activated" && resolve(null)),
      );
    }
  }, script);
}

test("after a first visit, pages and search work offline", async ({ page, context }) => {
  // Installing the worker fetches the whole site once.
  test.setTimeout(90_000);
  await page.goto("/");
  // The worker keeps the site while it installs, then takes control of the open page.
  await whenControlled(page);
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

  // Search runs on the saved names and the saved full-text index.
  await page.goto("/search/?q=firehose");
  const search = page.locator("[data-search-page]");
  await expect(search.locator(".search-title", { hasText: /^Amazon Data Firehose$/ })).toBeVisible();
  await expect(search).toHaveAttribute("data-search-done", "firehose");
  await expect(search.locator("[data-search-status]")).toHaveText(/^\d+ results? for firehose$/);
  // A section is found only by the full-text index, never by the names.
  await expect(search.locator(".search-section").first()).toBeVisible();

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

test("a new build's worker fetches only the files that changed, and drops the ones gone", async ({
  page,
  context,
  baseURL,
}) => {
  const worker = readFileSync("dist/sw.js", "utf8");
  const manifest = readManifest(worker);
  const fetched: string[] = [];
  context.on("request", (request) => {
    if (request.serviceWorker() && !request.url().includes("/sw.js")) fetched.push(request.url());
  });
  const address = (url: string) => new URL(url, `${baseURL}/`).href;

  // A first visit keeps every file of the build.
  await page.goto("/");
  await whenControlled(page);
  expect(fetched.sort()).toEqual(manifest.map((entry) => address(entry.url)).sort());

  // The next build: one page edited, one diagram gone, everything else the same.
  const edited = manifest.find((entry) => entry.url.startsWith("services/"))!;
  const gone = manifest.find((entry) => entry.url.startsWith("diagrams/"))!;
  const next = manifest
    .filter((entry) => entry !== gone)
    .map((entry) => (entry === edited ? { ...entry, revision: "edited" } : entry));
  const nextWorker = worker.replace(JSON.stringify(manifest), JSON.stringify(next));
  expect(nextWorker).not.toBe(worker);
  // Served under another address: Chromium does not let a test answer a worker's update check.
  await context.route("**/sw.js?build=next", (route) =>
    route.fulfill({ contentType: "text/javascript", body: nextWorker }),
  );
  fetched.length = 0;
  await whenControlled(page, "/sw.js?build=next");
  expect(fetched).toEqual([address(edited.url)]);

  const kept = await page.evaluate(async () =>
    (await (await caches.open("dsn-precache")).keys()).map((request) => request.url),
  );
  expect(kept).toContain(`${address(edited.url)}?__revision=edited`);
  expect(kept.filter((url) => url.startsWith(address(edited.url)))).toHaveLength(1);
  expect(kept.filter((url) => url.startsWith(address(gone.url)))).toEqual([]);
  expect(kept).toHaveLength(next.length);
});
