import { expect, test, type Page } from "@playwright/test";
import { axeViolationsBothThemesOnPhone } from "./axe";
import { stopClockAt } from "./clock";
import { questionShown } from "./questions";

// Midday, so that what falls due within minutes falls due today.
const NOON = new Date("2026-12-01T12:00:00");
const fixture = (name: string) => `tests/fixtures/progress/${name}`;

/** Answers the first practice question right and grades the first flashcard Good. */
async function reviewAQuestionAndACard(page: Page) {
  await page.goto("/practice/");
  const panel = page.getByRole("region", { name: "Practise one question at a time" });
  const q = await questionShown(page, panel.locator("legend"));
  for (const i of q.correct) await panel.locator(`label[data-choice="${i}"]`).click();
  await panel.getByRole("button", { name: "Submit answer" }).click();
  await expect(panel.locator("[data-verdict]")).toHaveText(/^Right\./);
  await page.goto("/self-test/");
  const study = page.getByRole("region", { name: "Study one card at a time" });
  await study.getByRole("button", { name: "Show answer" }).click();
  await study.getByRole("button", { name: /^3\. Good/ }).click();
  await expect(study.locator("[data-scheduled]")).toHaveText(/^Good: /);
}

test("a reader sees their progress, exports it, resets, imports it and has it back", async ({
  page,
}, testInfo) => {
  await stopClockAt(page, NOON);
  await reviewAQuestionAndACard(page);
  await page.goto("/progress/");
  const summary = page.locator("[data-summary]");
  const reviewedTwo = /^You have reviewed 2 of \d+ questions and cards\.$/;
  await expect(summary).toHaveText(reviewedTwo);
  const byDomain = page.getByRole("table", { name: /^Mastery of the practice questions by exam domain/ });
  await expect(
    byDomain.locator("tbody tr").filter({ has: page.locator("td:nth-child(2)", { hasText: /^1$/ }) }),
  ).toHaveCount(1);
  const byService = page.getByRole("table", { name: "Mastery by service, weakest first" });
  await expect(byService.locator("tbody tr").last()).toContainText(/[1-9]\d*%/);
  const due = page.getByRole("table", { name: /falling due on each of the next 7 days/ });
  await expect(due.getByRole("row", { name: /^Today \(and overdue\)/ })).toHaveText(/2$/);
  await expect(page.getByRole("img", { name: /2 reviews on 1 day\.$/ })).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("data-services-notes-progress-2026-12-01.json");
  const file = testInfo.outputPath("my-progress.json");
  await download.saveAs(file);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Reset all progress" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "All progress in this browser is forgotten." }),
  ).toBeVisible();
  await expect(summary).toHaveText(/^Nothing reviewed yet/);
  await expect(due.getByRole("row", { name: /^Today/ })).toHaveText(/0$/);

  await page.getByLabel("Import progress").setInputFiles(file);
  await expect(
    page.getByRole("status").filter({ hasText: "Imported 2 reviewed items from my-progress.json." }),
  ).toBeVisible();
  await expect(summary).toHaveText(reviewedTwo);
  await page.reload();
  await expect(summary).toHaveText(reviewedTwo);
  await expect(due.getByRole("row", { name: /^Today/ })).toHaveText(/2$/);
});

test("a file that is not progress is refused with a clear message, and nothing is lost", async ({ page }) => {
  await reviewAQuestionAndACard(page);
  await page.goto("/progress/");
  const summary = page.locator("[data-summary]");
  await expect(summary).toHaveText(/^You have reviewed 2 of /);
  const message = page.locator("[data-transfer]");
  for (const [name, says] of [
    ["not-json.txt", "This file is not JSON, so it is not saved progress."],
    ["unrelated.json", "This JSON file is not progress saved by this site."],
    [
      "future-version.json",
      "This progress comes from a newer version of the site (version 3); this one reads up to version 2.",
    ],
    [
      "wrong-shape.json",
      'This progress file is damaged: item "q:sqs-visibility-timeout" has no number "due".',
    ],
  ]) {
    await page.getByLabel("Import progress").setInputFiles(fixture(name!));
    await expect(message).toHaveText(`${name}: ${says} Nothing was changed.`);
    await expect(message).toHaveAttribute("role", "status");
    await expect(summary).toHaveText(/^You have reviewed 2 of /);
  }
  await page.reload();
  await expect(summary).toHaveText(/^You have reviewed 2 of /);
  expect(await axeViolationsBothThemesOnPhone(page)).toEqual([]);
  await page.goto("/practice/");
  await expect(page.locator("[data-verdict]")).toHaveText(/^Right\./);
});

test("self-test marks of today's site wait on this page, and a file of them is taken in", async ({
  page,
}) => {
  await page.goto("/progress/");
  await page.evaluate(() =>
    localStorage.setItem("dsn-flashcards-v1", JSON.stringify({ "s3-a": "known", "glue-b": "unknown" })),
  );
  await page.reload();
  const summary = page.locator("[data-summary]");
  await expect(summary).toContainText("2 self-test marks from the earlier self-test are kept");
  await page.getByLabel("Import progress").setInputFiles(fixture("v1-marks.json"));
  await expect(page.locator("[data-transfer]")).toHaveText(
    "v1-marks.json holds 3 self-test marks: they become scheduled reviews when you next open the self-test or the practice questions.",
  );
  await expect(summary).toContainText("5 self-test marks from the earlier self-test are kept");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the page says why it has nothing to show", async ({ page }) => {
    await page.goto("/progress/");
    await expect(
      page.getByText("This page reads your progress from the browser with JavaScript, which is off"),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Export progress" })).toBeHidden();
  });
});
