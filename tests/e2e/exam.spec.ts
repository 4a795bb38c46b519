import { expect, test, type Page } from "@playwright/test";
import { axeViolationsBothThemesOnPhone } from "./axe";
import { stopClockAt } from "./clock";
import { questionShown, wrongChoice } from "./questions";

const START = new Date("2026-12-01T09:00:00");
const examOf = (page: Page) => page.getByRole("region", { name: "Mock exam" });

/**
 * Starts a 20-question mock exam, 2 minutes a question, of the first exam that has questions; returns
 * how many questions it has. With `stillClock`, the clock stands still unless the test moves it, so
 * every time shown is exact.
 */
async function startShortExam(page: Page, stillClock = true): Promise<number> {
  if (stillClock) {
    await stopClockAt(page, START);
  }
  await page.goto("/practice/exam/");
  const exam = examOf(page);
  await expect(exam.getByRole("radio", { name: "20 questions" })).toBeChecked();
  await expect(exam.getByLabel("Time per question")).toHaveValue("2");
  await expect(exam.locator("[data-setup-note]")).toHaveText("20 questions in 40 minutes.");
  await exam.getByRole("button", { name: "Start the exam" }).click();
  const position = exam.locator("[data-position]");
  await expect(position).toHaveText(/^Question 1 of \d+$/);
  return Number((await position.textContent())!.match(/of (\d+)/)![1]);
}

test("a reader takes a short mock exam against the clock, flags, reloads, resumes and sees the breakdown", async ({
  page,
}) => {
  const total = await startShortExam(page);
  const exam = examOf(page);
  const timer = exam.getByRole("timer");
  await expect(timer).toHaveText("Time left 40:00");
  await page.clock.runFor("01:30");
  await expect(timer).toHaveText("Time left 38:30");

  // Question 1: answered wrong and flagged; no feedback of any kind before the end.
  const legend = exam.locator("[data-options] legend");
  const first = await questionShown(page, legend);
  const chosen = wrongChoice(first);
  for (const i of chosen) await exam.locator(`label[data-choice="${i}"]`).click();
  await exam.getByRole("button", { name: "Flag for review" }).click();
  await expect(exam.getByRole("button", { name: "⚑ Flagged for review" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(exam.getByRole("button", { name: "Question 1, answered, flagged" })).toBeVisible();
  await expect(exam.locator("[data-running]")).not.toContainText(/Correct|Incorrect|Right\.|Not right/);

  await page.clock.runFor("02:00");
  await page.reload();
  await expect(timer).toHaveText("Time left 36:30");
  await expect(legend).toHaveText(first.stem);
  for (const i of chosen) await expect(exam.locator(`[data-options] input[value="${i}"]`)).toBeChecked();
  await expect(exam.getByRole("button", { name: "⚑ Flagged for review" })).toBeVisible();

  // The other questions: answered right, going forward with Next.
  for (let n = 2; n <= total; n++) {
    await exam.getByRole("button", { name: "Next →" }).click();
    await expect(exam.locator("[data-position]")).toHaveText(`Question ${n} of ${total}`);
    const q = await questionShown(page, legend);
    for (const i of q.correct) await exam.locator(`label[data-choice="${i}"]`).click();
  }
  await expect(exam.locator("[data-summary]")).toHaveText(
    `${total} of ${total} answered, 1 flagged for review.`,
  );

  page.once("dialog", (dialog) => dialog.accept());
  await exam.getByRole("button", { name: "Finish and see my score" }).click();
  const right = total - 1;
  await expect(
    exam.getByText(`You scored ${right} of ${total} (${Math.floor((right * 100) / total)}%).`),
  ).toBeVisible();
  await expect(exam.getByText(/^[A-Z]{3}-C01, 20 questions\. Time used: 3:30\. /)).toBeVisible();
  await expect(exam.getByRole("table", { name: "By exam domain" })).toBeVisible();
  const services = exam.getByRole("table", { name: "By service, weakest first" });
  await expect(services.getByRole("row").nth(1)).toBeVisible();
  const shares = (await services.locator("tbody td:last-child").allTextContents()).map((t) =>
    parseInt(t, 10),
  );
  expect(shares).toEqual([...shares].sort((a, b) => a - b));
  expect(shares[0]).toBeLessThan(100);
  await expect(exam.getByRole("heading", { name: "The 1 question you missed" })).toBeVisible();
  const missed = exam.locator("[data-result-body] ol > li");
  await expect(missed).toHaveCount(1);
  await expect(missed).toContainText(first.stem);
  await expect(missed.locator("div ul > li")).toHaveCount(first.options);
  await expect(missed.locator("div ul > li").first().getByRole("link")).toBeVisible();
  // axe waits on timers of its own: the clock runs again for it.
  await page.clock.resume();
  expect(await axeViolationsBothThemesOnPhone(page)).toEqual([]);

  // The result survives a reload too, until the reader starts again.
  await page.reload();
  await expect(exam.getByText(`You scored ${right} of ${total}`)).toBeVisible();
  await exam.getByRole("button", { name: "Take another mock exam" }).click();
  await expect(exam.getByRole("button", { name: "Start the exam" })).toBeVisible();
});

test("when the time runs out, the exam ends and is scored", async ({ page }) => {
  const total = await startShortExam(page);
  const exam = examOf(page);
  await page.clock.runFor("39:00");
  await expect(exam.getByRole("status").filter({ hasText: "1 minute left." })).toBeVisible();
  await page.clock.runFor("01:01");
  await expect(exam.getByText(`You scored 0 of ${total} (0%).`)).toBeVisible();
  await expect(exam.getByText(/Time used: 40:00 \(time ran out\)\. /)).toBeVisible();
  await expect(exam.locator("[data-result-body] ol > li").first()).toContainText("Your answer: not answered");
});

test("finished exams are kept in the history, fed to spaced repetition, and survive export and import", async ({
  page,
}, testInfo) => {
  const exam = examOf(page);
  for (const round of [1, 2]) {
    const total = await startShortExam(page);
    await page.clock.runFor("40:01");
    await expect(exam.getByText(`You scored 0 of ${total} (0%).`)).toBeVisible();
    if (round === 1) {
      // A reload keeps the result; starting another exam keeps it in the history.
      await page.reload();
      await expect(exam.getByText(`You scored 0 of ${total} (0%).`)).toBeVisible();
      await exam.getByRole("button", { name: "Take another mock exam" }).click();
    }
  }
  await exam.getByRole("link", { name: "your exam history" }).click();
  await expect(page).toHaveURL(/\/progress\/#exam-history$/);
  const history = page.getByRole("table", { name: /^[A-Z]{3}-C01: 2 exams$/ });
  await expect(history.locator("tbody tr")).toHaveCount(2);
  await expect(history.locator("tbody tr").first()).toContainText("No change");
  await expect(history.locator("tbody tr").last()).toContainText("First");
  // Every unanswered question counts as reviewed (Again), and waits for the scheduler of the practice page.
  await expect(page.locator("[data-summary]")).toHaveText(
    /^You have reviewed \d+ of .* \d+ answers from your mock exams become scheduled reviews when you next open the practice questions or the self-test\.$/,
  );

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const file = testInfo.outputPath("with-history.json");
  await (await downloading).saveAs(file);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Reset all progress" }).click();
  await expect(page.getByText("No mock exam finished yet in this browser.")).toBeVisible();
  await page.getByLabel("Import progress").setInputFiles(file);
  await expect(history.locator("tbody tr")).toHaveCount(2);
});

test("the exam under way passes axe, in both themes on a phone", async ({ page }) => {
  await startShortExam(page, false);
  const exam = examOf(page);
  await exam.getByRole("button", { name: "Flag for review" }).click();
  await exam.locator("[data-options] label").first().click();
  await expect(exam.getByRole("button", { name: "Question 1, answered, flagged" })).toBeVisible();
  expect(await axeViolationsBothThemesOnPhone(page)).toEqual([]);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the page explains how exams are drawn and points to the questions", async ({ page }) => {
    await page.goto("/practice/exam/");
    await expect(examOf(page)).toBeHidden();
    await expect(page.getByText("The mock exam runs in your browser with JavaScript")).toBeVisible();
    await expect(page.getByRole("table", { name: /^DEA-C01 / })).toBeVisible();
    await expect(page.getByRole("link", { name: "DEA-C01 exam guide, domain 1" })).toHaveAttribute(
      "href",
      /^https:\/\/docs\.aws\.amazon\.com\/aws-certification\//,
    );
  });
});
