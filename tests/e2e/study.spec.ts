import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect, test } from "@playwright/test";
import { readContentPages } from "../helpers/content";

/** A service's frontmatter, read by the project's MDX reader, so the test checks facts the page must show. */
function frontmatter(id: string) {
  return readContentPages("src/content/services").find((p) => p.id === id)!.data as {
    shortName: string;
    profile: { pricing: string; typicalUse: string; dataModel: string };
  };
}

test.describe("a glossary term on a service page", () => {
  test("shows its definition on hover, hides it on Esc, and shows it again", async ({ page }) => {
    await page.goto("/services/athena/");
    const term = page.locator("main a.term").first();
    const tip = term.getByRole("tooltip");
    await expect(tip).toBeHidden();
    await term.hover();
    await expect(tip).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await page.mouse.move(0, 0);
    await term.hover();
    await expect(tip).toBeVisible();
  });

  test("shows its definition on keyboard focus and hides it on Esc", async ({ page }) => {
    await page.goto("/services/athena/");
    const term = page.locator("main a.term").nth(1);
    const tip = term.getByRole("tooltip");
    // Tab from the link before it, as a keyboard user would arrive.
    await term.evaluate((el) => {
      const links = [...document.querySelectorAll<HTMLElement>("main a[href]")];
      links[links.findIndex((link) => link === el) - 1]!.focus();
    });
    await page.keyboard.press("Tab");
    await expect(term).toBeFocused();
    await expect(tip).toBeVisible();
    await expect(term).toHaveAccessibleDescription(/.{20,}/);
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await expect(term).toBeFocused();
  });

  test("leads to its entry in the glossary, highlighted", async ({ page }) => {
    await page.goto("/services/athena/");
    const term = page.locator("main a.term").first();
    const href = await term.getAttribute("href");
    const id = href!.split("#")[1]!;
    await term.click();
    await expect(page).toHaveURL(`/glossary/#${id}`);
    const entry = page.locator(`dt[id="${id}"]`);
    await expect(entry).toBeInViewport();
    // :target applies once the browser has scrolled to the fragment, not always by the time the URL shows it.
    await expect(entry.locator("xpath=..")).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
    await expect(entry.locator("xpath=following-sibling::dd")).toContainText("Seen in:");
  });
});

test("the glossary jumps to a letter", async ({ page }) => {
  await page.goto("/glossary/");
  const letters = page.getByRole("navigation", { name: "Glossary letters" }).getByRole("link");
  await letters.last().click();
  await expect(page).toHaveURL(/#letter-[a-z]$/);
  await expect(
    page.getByRole("heading", { level: 2, name: await letters.last().innerText() }),
  ).toBeInViewport();
});

test.describe("compare any two services", () => {
  const [a, b] = ["athena", "redshift"];

  test("picking two services shows their facts side by side and keeps the pair in the address", async ({
    page,
  }) => {
    const first = frontmatter(a);
    const second = frontmatter(b);
    await page.goto("/compare/any/");
    await page.getByLabel("First service").selectOption(a);
    await page.getByLabel("Second service").selectOption(b);
    await expect(page).toHaveURL(`/compare/any/?a=${a}&b=${b}`);

    const table = page.getByRole("table").first();
    const check = async () => {
      await expect(table.locator("caption")).toHaveText(
        `${first.shortName} and ${second.shortName} side by side`,
      );
      await expect(table.getByRole("columnheader")).toHaveText([first.shortName, second.shortName]);
      await expect(table.getByRole("link", { name: second.shortName })).toHaveAttribute(
        "href",
        `/services/${b}/`,
      );
      const pricing = table
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: "Pricing model" }) });
      await expect(pricing.getByRole("cell")).toHaveText([first.profile.pricing, second.profile.pricing]);
      const use = table
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: "Typical use" }) });
      await expect(use.getByRole("cell")).toHaveText([first.profile.typicalUse, second.profile.typicalUse]);
    };
    await check();
    await page.reload();
    await expect(page.getByLabel("First service")).toHaveValue(a);
    await expect(page.getByLabel("Second service")).toHaveValue(b);
    await check();
  });

  test.describe("with JavaScript off", () => {
    test.use({ javaScriptEnabled: false });

    test("the pairs that matter are drawn, and the form leads to them", async ({ page }) => {
      await page.goto("/compare/any/");
      await expect(page.getByText("Picking any pair needs JavaScript")).toBeVisible();
      const pairs = page.getByRole("region", { name: "Pairs that matter" }).getByRole("link");
      expect(await pairs.count()).toBeGreaterThan(1);
      const href = (await pairs.first().getAttribute("href"))!;
      await pairs.first().click();
      const section = page.locator(`section:has(> h3[id="${href.slice(1)}"])`);
      await expect(section.getByRole("columnheader")).toHaveCount(2);
      await expect(section.getByRole("rowheader", { name: "Often confused with" })).toBeVisible();

      await page.getByRole("button", { name: "Compare" }).click();
      await expect(page).toHaveURL(/\/compare\/any\/\?a=[\w-]+&b=[\w-]+#pairs-that-matter$/);
    });
  });
});

test("the which-service page lists every need with at least one good fit", async ({ page }) => {
  const needs = parse(readFileSync("src/content/needs.yaml", "utf8")) as Record<string, { label: string }>;
  await page.goto("/which-service/");
  const jumpLinks = page.getByRole("navigation", { name: "I need to…" }).getByRole("link");
  await expect(jumpLinks).toHaveText(Object.values(needs).map((n) => n.label));
  for (const [id, { label }] of Object.entries(needs)) {
    const section = page.getByRole("region", { name: label, exact: true });
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(label);
    const goodFits = section.locator("h3:text-is('Good fit') + ul").getByRole("link");
    expect(await goodFits.count(), `${id} has no good fit`).toBeGreaterThan(0);
    await expect(goodFits.first()).toHaveAttribute("href", /^\/services\/[\w-]+\/$/);
  }
  await jumpLinks.last().click();
  await expect(page).toHaveURL(new RegExp(`#need-${Object.keys(needs).at(-1)}$`));
});
