import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Every rule of the tags above, or only the rules a theme can change: a theme changes colours only. */
const RUN_ONLY = {
  all: { type: "tag", values: AXE_TAGS },
  colours: { type: "rule", values: ["color-contrast", "link-in-text-block"] },
} as const;

/** axe's violations on the open page, one line each: every rule, or only the colour rules. */
export async function axeViolations(page: Page, rules: keyof typeof RUN_ONLY = "all"): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Violations only: axe skips building the passes and incomplete results, which nobody reads here.
    const result = await axe.run(document, { runOnly, resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, RUN_ONLY[rules]);
  return violations;
}

/**
 * axe's violations on the page as it is now (after a reader's steps), in both themes at a phone's
 * width: the sitemap crawl of quality.spec.ts sees each page only as it loads.
 */
export async function axeViolationsBothThemesOnPhone(page: Page): Promise<string[]> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const failures: string[] = [];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    failures.push(...(await axeViolations(page)).map((v) => `${scheme}: ${v}`));
  }
  if (viewport) await page.setViewportSize(viewport);
  return failures;
}
