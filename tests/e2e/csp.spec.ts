import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { headersFor, parseHeaders } from "../../scripts/serve/headers.mjs";
import { sitemapPaths } from "./site";

/** The policy public/_headers sends with every page: the header, stricter than the pages' <meta>. */
const POLICY = headersFor(parseHeaders(readFileSync("public/_headers", "utf8")), "/").find(
  ([name]) => name.toLowerCase() === "content-security-policy",
)?.[1];

const paths = sitemapPaths();
const firstPath = (pattern: RegExp) => paths.find((path) => pattern.test(path))!;
const diagramPage = paths.find((path) =>
  readFileSync(`dist${path}index.html`, "utf8").includes('<figure class="diagram'),
)!;

/**
 * Every console error, uncaught exception and Content-Security-Policy violation on the page from now
 * on, each with the address it happened at.
 */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: uncaught ${error.name}: ${error.message}`));
  await page.exposeFunction("reportViolation", (text: string) =>
    problems.push(`${page.url()}: CSP violation: ${text}`),
  );
  // An init script is the browser's own, so the policy does not stop it.
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    ),
  );
  return problems;
}

/** Opens `path`, checking the policy arrives as a header with the status expected. */
async function open(page: Page, path: string, status = 200) {
  const response = (await page.goto(path))!;
  expect(response.status(), path).toBe(status);
  expect(response.headers()["content-security-policy"], path).toBe(POLICY);
}

/** Each kind of page, with what shows that its scripts and styles ran under the policy. */
const PAGE_TYPES: [kind: string, check: (page: Page) => Promise<void>][] = [
  [
    "home, with the search dialog",
    async (page) => {
      await open(page, "/");
      await page.keyboard.press("/");
      await page.keyboard.type("athena");
      await expect(page.getByRole("dialog").locator("[role=option]").first()).toBeVisible();
    },
  ],
  [
    "service",
    async (page) => {
      await open(page, firstPath(/^\/services\//));
      await expect(page.getByRole("region", { name: "Connections" })).toBeVisible();
    },
  ],
  [
    "comparison",
    async (page) => {
      await open(page, firstPath(/^\/compare\/(?!any\/)[^/]+\/$/));
      await expect(page.getByRole("table").first()).toBeVisible();
    },
  ],
  [
    "category",
    async (page) => {
      await open(page, firstPath(/^\/categories\//));
      await expect(page.locator("main a[href^='/services/']").first()).toBeVisible();
    },
  ],
  [
    "map",
    async (page) => {
      await open(page, "/map/");
      await expect(page.locator("main svg").first()).toBeVisible();
    },
  ],
  [
    "search, with a query typed",
    async (page) => {
      await open(page, "/search/");
      await page.locator("[data-search-page] input").pressSequentially("glue");
      // The full text ran: Pagefind's script, worker and WASM loaded under the policy.
      await expect(page.locator("[data-search-page]")).toHaveAttribute("data-search-done", "glue");
      await expect(page.locator("[data-search-status]")).toHaveText(/^\d+ results? for glue$/);
    },
  ],
  [
    "glossary",
    async (page) => {
      await open(page, "/glossary/");
      await expect(page.getByRole("navigation", { name: "Glossary letters" })).toBeVisible();
    },
  ],
  [
    "which service",
    async (page) => {
      await open(page, "/which-service/");
      await expect(page.getByRole("navigation", { name: "I need to…" })).toBeVisible();
    },
  ],
  [
    "compare any two",
    async (page) => {
      await open(page, "/compare/any/");
      const second = page.getByLabel("Second service");
      await second.selectOption({ index: 1 });
      await expect(page).toHaveURL(/\?a=[\w-]+&b=[\w-]+$/);
      await expect(page.getByRole("table").first().locator("caption")).toContainText("side by side");
    },
  ],
  [
    "self-test",
    async (page) => {
      await open(page, "/self-test/");
      const study = page.getByRole("region", { name: "Study one card at a time" });
      await study.getByRole("button", { name: "Show answer" }).click();
      await expect(study.locator("[data-study-answer]")).toBeVisible();
    },
  ],
  [
    "cheat sheet",
    async (page) => {
      await open(page, "/cheat-sheet/");
      await expect(page.locator("tbody tr").first()).toBeVisible();
    },
  ],
  [
    "404",
    async (page) => {
      await open(page, "/services/not-a-service/", 404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    },
  ],
  [
    "a page with a diagram, and the diagram full size",
    async (page) => {
      await open(page, diagramPage);
      await expect(page.locator("figure.diagram svg").first()).toBeVisible();
      const fullSize = await page.getByRole("link", { name: "Open full size" }).first().getAttribute("href");
      await open(page, fullSize!);
    },
  ],
];

test("every kind of page works under the Content-Security-Policy header, with no console error", async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(POLICY).toMatch(/default-src 'self'/);
  const problems = await watchForProblems(page);
  for (const [kind, check] of PAGE_TYPES) await test.step(kind, () => check(page));
  // The offline worker registers once a page is idle, last of all it does: wait for it on the last page.
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The browser reports the 404 page's own status as a failed load; that status is what the page is for.
  const expected =
    /\/services\/not-a-service\/: console error: Failed to load resource: .* 404 \(Not Found\)$/;
  expect(problems.filter((problem) => !expected.test(problem))).toEqual([]);
});
