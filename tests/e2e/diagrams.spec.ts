import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { readBuiltPage } from "../helpers/built-site";
import { sitemapPaths } from "./site";

let drawn: Map<string, string[]> | undefined;

/**
 * The built pages that carry at least one diagram, each with the names of the diagram sources it draws
 * (Mermaid's outer SVG is `dg-<name>-0`). Read after the build, once per worker: parsing every page is slow.
 */
function drawnDiagrams(): Map<string, string[]> {
  drawn ??= new Map(
    sitemapPaths().flatMap((path) => {
      const document = readBuiltPage("dist", `${path.slice(1)}index.html`);
      if (!document.querySelector("figure.diagram")) return [];
      const svgs = [...document.querySelectorAll('svg[id^="dg-"][id$="-0"]')];
      return [[path, svgs.map((svg) => svg.id.slice("dg-".length, -"-0".length))] as const];
    }),
  );
  return drawn;
}

/** Site paths of the built pages that carry at least one diagram. */
const diagramPages = () => [...drawnDiagrams().keys()];

test("every diagram source is drawn on a page", () => {
  const names = new Set([...drawnDiagrams().values()].flat());
  const sources = readdirSync("diagrams")
    .filter((f) => f.endsWith(".mmd"))
    .map((f) => f.replace(/\.mmd$/, ""));
  expect([...names].sort()).toEqual(sources.sort());
});

for (const scheme of ["light", "dark"] as const) {
  test(`diagrams show as accessible SVG in the ${scheme} theme, matching the page`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of diagramPages()) {
      await page.goto(path);
      const figures = page.locator("figure.diagram");
      for (const figure of await figures.all()) {
        const svg = figure.getByRole("img");
        await expect(svg, path).toBeVisible();
        await expect(svg, path).toHaveAccessibleName(/\S/);
        await expect(svg, path).toHaveAccessibleDescription(/\S/);
        // Text in the drawing takes the page's text colour, so it reads in either theme.
        const pageColor = await page.locator("body").evaluate((body) => getComputedStyle(body).color);
        await expect(figure.locator("svg text, svg .nodeLabel").first(), path).toHaveCSS("fill", pageColor);
      }
      await expect(page.getByText(/Syntax error|Parse error|mermaid version/i), path).toHaveCount(0);
    }
  });
}

test("each label of a diagram also stands in its text version", async ({ page }) => {
  for (const path of diagramPages()) {
    await page.goto(path);
    for (const figure of await page.locator("figure.diagram").all()) {
      const block = figure.locator("xpath=..");
      const labels = await figure.evaluate((el) =>
        [...el.querySelectorAll("svg text")]
          .map(
            (t) =>
              [...t.querySelectorAll(":scope > tspan")]
                .map((s) => s.textContent?.trim())
                .filter(Boolean)
                .join(" ") || t.textContent?.trim(),
          )
          .filter((t): t is string => Boolean(t)),
      );
      // Word by word: the text version may phrase a label as a sentence ("a VPN or the internet").
      const text = (await block.locator("details").textContent())!.toLowerCase();
      const missing = labels.filter((label) =>
        (label.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((word) => !text.includes(word)),
      );
      expect(missing, `${path}: labels missing from the text version`).toEqual([]);
    }
  }
});

test("a wide diagram scrolls inside its figure on a phone, and opens full size", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/services/kinesis-data-streams/");
  const scroller = page.locator(".diagram-scroll").first();
  const [scrollWidth, clientWidth] = await scroller.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  const response = await page.request.get(
    (await page.getByRole("link", { name: "Open full size" }).first().getAttribute("href"))!,
  );
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  expect(await response.text()).toContain("<svg");
});
