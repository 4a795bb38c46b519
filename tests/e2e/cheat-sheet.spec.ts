import { expect, test } from "@playwright/test";
import { serviceIds } from "./site";

test("the cheat sheet lists every service once, with what it is and when to use it", async ({ page }) => {
  await page.goto("/cheat-sheet/");
  const rows = page.locator("tbody tr:has(td)");
  await expect(rows).toHaveCount(serviceIds().length);
  for (const id of serviceIds()) {
    await expect(page.locator(`main a[href="/services/${id}/"]`)).toHaveCount(1);
  }
  // By its row header: another service's key numbers may name Firehose too (SNS delivers to it).
  const firehose = rows.filter({ has: page.getByRole("rowheader", { name: /^Amazon Data Firehose/ }) });
  await expect(firehose).toContainText("formerly Amazon Kinesis Data Firehose");
  await expect(page.getByRole("rowheader", { name: "Streaming and IoT" })).toBeVisible();
});

/**
 * The most sheets of paper the cheat sheet may take: 54 services (the exam's security, audit and
 * operations services joined the 45), their first key numbers included. A4 takes 4, Letter 5.
 */
const MAX_PRINTED_PAGES = 5;

for (const format of ["A4", "Letter"] as const) {
  test(`the cheat sheet prints on at most ${MAX_PRINTED_PAGES} ${format} pages, without navigation`, async ({
    page,
  }) => {
    await page.goto("/cheat-sheet/");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Services" })).toBeHidden();
    const pdf = (await page.pdf({ format })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBeLessThanOrEqual(MAX_PRINTED_PAGES);
  });
}

for (const scheme of ["light", "dark"] as const) {
  test(`on a phone, the cheat sheet reads without sideways scrolling, ${scheme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/cheat-sheet/");
    await expect(page.getByRole("link", { name: "Amazon S3", exact: true })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
