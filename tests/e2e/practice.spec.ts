import { expect, test, type Page } from "@playwright/test";
import { axeViolationsBothThemesOnPhone } from "./axe";
import { keyFor, letters, questionShown, wrongChoice, type BankQuestion } from "./questions";

const panelOf = (page: Page) => page.getByRole("region", { name: "Practise one question at a time" });

/** Answers the question on screen, right or wrong, with the mouse. */
async function answer(page: Page, right: boolean): Promise<BankQuestion> {
  const panel = panelOf(page);
  const q = await questionShown(page, panel.locator("legend"));
  for (const i of right ? q.correct : wrongChoice(q))
    await panel.locator(`label[data-choice="${i}"]`).click();
  await panel.getByRole("button", { name: "Submit answer" }).click();
  await expect(panel.locator("[data-verdict]")).toHaveText(right ? /^Right\./ : /^Not right/);
  return q;
}

test("a reader answers by keyboard, reloads and comes back to the question, in the same order, explanations and all", async ({
  page,
}) => {
  await page.goto("/practice/");
  const panel = panelOf(page);
  const legend = panel.locator("legend");
  await expect(legend).toBeVisible();
  const q = await questionShown(page, legend);
  const chosen = wrongChoice(q);
  for (const i of chosen) await page.keyboard.press(keyFor(q, i));
  for (const i of chosen) await expect(panel.locator(`[data-options] input[value="${i}"]`)).toBeChecked();
  await page.keyboard.press("Enter");

  const verdict = panel.locator("[data-verdict]");
  const missed = `Not right: the answer is ${letters(q, q.correct)}. Graded Again: it comes back in 1 minute.`;
  await expect(verdict).toHaveText(missed);
  const explanations = panel.locator("[data-feedback] ul > li");
  await expect(explanations).toHaveCount(q.options);
  for (const li of await explanations.all()) await expect(li.getByRole("link")).toBeVisible();
  // The explanations follow the order on screen, with its letters.
  await expect(explanations.first()).toContainText(/^A\. (Correct|Incorrect): /);
  await expect(panel.getByText("✓ Correct answer")).toHaveCount(q.correct.length);
  await expect(panel.getByText("✗ Your answer")).toHaveCount(
    chosen.filter((i) => !q.correct.includes(i)).length,
  );
  await expect(panel.getByRole("button", { name: "Submit answer" })).toBeHidden();
  await expect(panel.getByRole("button", { name: "Again" })).toBeFocused();

  await page.reload();
  await expect(legend).toHaveText(q.stem);
  expect((await questionShown(page, legend)).shown).toEqual(q.shown);
  await expect(verdict).toHaveText(missed);
  await expect(explanations).toHaveCount(q.options);
  for (const i of chosen) await expect(panel.locator(`[data-options] input[value="${i}"]`)).toBeChecked();
  await expect(panel.locator("[data-options] input").first()).toBeDisabled();

  // N moves on; a new question starts unanswered.
  await page.keyboard.press("n");
  await expect(verdict).toHaveText("");
  await expect(panel.getByRole("button", { name: "Submit answer" })).toBeVisible();
  await expect(panel.locator("[data-options] input:checked")).toHaveCount(0);
});

test("a right answer is graded Good, and the reader's own grade schedules it instead", async ({ page }) => {
  await page.goto("/practice/");
  const panel = panelOf(page);
  const q = await questionShown(page, panel.locator("legend"));
  await panel.getByRole("button", { name: "Submit answer" }).click();
  await expect(panel.locator("[data-verdict]")).toHaveText(
    q.answers === 1 ? "Choose an option first." : `Choose ${q.answers} options first.`,
  );
  await answer(page, true);
  const verdict = panel.locator("[data-verdict]");
  await expect(verdict).toHaveText("Right. Graded Good: it comes back in 10 minutes.");
  await expect(panel.getByRole("button", { name: "Good" })).toHaveAttribute("aria-pressed", "true");
  await expect(panel.getByText("✓ Your answer, correct")).toHaveCount(q.correct.length);

  await panel.getByRole("button", { name: "Easy" }).click();
  await expect(verdict).toHaveText(/^Right\. Graded Easy: it comes back in \d+ days\.$/);
  await expect(panel.getByRole("button", { name: "Easy" })).toHaveAttribute("aria-pressed", "true");
  await expect(panel.getByRole("button", { name: "Good" })).toHaveAttribute("aria-pressed", "false");
  // The key 1 grades Again: one review, graded again, not a second one.
  await page.keyboard.press("1");
  await expect(verdict).toHaveText("Right. Graded Again: it comes back in 1 minute.");
  await page.reload();
  await expect(verdict).toHaveText("Right. Graded Again: it comes back in 1 minute.");
  await expect(panel.locator("[data-status]")).toHaveText(/This session: 1 of 1 answer right\.$/);
});

test("a mixed session brings a missed question back three questions later, and offers to retake it", async ({
  page,
}) => {
  await page.goto("/practice/");
  const panel = panelOf(page);
  const position = panel.locator("[data-position]");
  const missed = await answer(page, false);
  await expect(panel.getByRole("button", { name: "Retake the 1 question I missed" })).toBeVisible();
  const stems = [missed.stem];
  for (let n = 2; n <= 4; n++) {
    await panel.getByRole("button", { name: "Next question" }).click();
    await expect(position).toHaveText(new RegExp(`^Question ${n} of \\d+$`));
    stems.push((await answer(page, true)).stem);
  }
  // Mixed: four questions, not four of the same service in the stored order of the files.
  expect(new Set(stems).size).toBe(4);
  await panel.getByRole("button", { name: "Next question" }).click();
  await expect(position).toHaveText(/^Question 5 of \d+$/);
  await expect(panel.locator("legend")).toHaveText(missed.stem);
  await expect(panel.locator("[data-status]")).toHaveText(/This session: 3 of 4 answers right, 1 missed\.$/);

  await panel.getByRole("button", { name: "Retake the 1 question I missed" }).click();
  await expect(position).toHaveText("Question 1 of 1");
  await expect(panel.locator("legend")).toHaveText(missed.stem);
});

test("options come in a new order: not always as stored", async ({ page }) => {
  await page.goto("/practice/");
  const panel = panelOf(page);
  const orders: number[][] = [];
  for (let n = 0; n < 6; n++) {
    orders.push((await questionShown(page, panel.locator("legend"))).shown);
    await panel.getByRole("button", { name: "Next question" }).click();
    await expect(panel.locator("[data-position]")).toHaveText(new RegExp(`^Question ${n + 2} of `));
  }
  // Six questions all in stored order would happen about once in 24^6 sessions.
  expect(orders.some((order) => order.some((stored, place) => stored !== place))).toBe(true);
});

test("a service page links to its questions to read, which link to practising them", async ({ page }) => {
  await page.goto("/practice/");
  const panel = panelOf(page);
  const service = (await panel
    .locator('select[name="service"]')
    .locator("option")
    .nth(1)
    .getAttribute("value"))!;
  await page.goto(`/services/${service}/`);
  await page.getByRole("link", { name: /^Practise \d+ exam-style questions? on / }).click();
  await expect(page).toHaveURL(`/practice/${service}/`);
  await page.getByRole("link", { name: "practise them one at a time" }).click();
  await expect(page).toHaveURL(`/practice/?service=${service}`);
  await expect(panel.locator('select[name="service"]')).toHaveValue(service);
  expect((await questionShown(page, panel.locator("legend"))).service).toBe(service);

  await panel.getByLabel("Only questions due for review").check();
  await expect(page).toHaveURL(`/practice/?service=${service}&due=1`);
  await expect(panel.getByText("No question of this selection is due for review now.")).toBeVisible();
  await page.reload();
  await expect(panel.getByLabel("Only questions due for review")).toBeChecked();
  await expect(panel.getByText("No question of this selection is due for review now.")).toBeVisible();

  const domain = (await panel
    .locator('select[name="domain"]')
    .locator("option")
    .nth(1)
    .getAttribute("value"))!;
  await page.goto(`/practice/?domain=${domain}`);
  await expect(panel.locator('select[name="domain"]')).toHaveValue(domain);
  await expect(panel.locator("[data-status]")).toHaveText(
    /^\d+ questions? in this selection: 0 due for review, \d+ not answered yet\.$/,
  );
});

test("with storage blocked, the reader is told, and practice still works", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("/practice/");
  const panel = panelOf(page);
  await expect(
    panel.getByRole("status").filter({ hasText: "does not let the site keep anything" }),
  ).toBeVisible();
  await answer(page, true);
  await expect(panel.locator("[data-verdict]")).toHaveText(
    "Right. Graded Good: it comes back in 10 minutes.",
  );
});

test("with storage full, the reader is told, and practice still works", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto("/practice/");
  const panel = panelOf(page);
  await answer(page, false);
  await expect(panel.getByRole("status").filter({ hasText: "storage is full" })).toBeVisible();
});

test("the practice page passes axe after an answer, in both themes on a phone", async ({ page }) => {
  await page.goto("/practice/");
  await answer(page, false);
  expect(await axeViolationsBothThemesOnPhone(page)).toEqual([]);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("every question of a service reads as a question followed by its answer and explanations", async ({
    page,
  }) => {
    await page.goto("/practice/");
    await expect(panelOf(page)).toBeHidden();
    const links = page
      .getByRole("region", { name: "Read the questions with their answers" })
      .getByRole("link");
    expect(await links.count()).toBeGreaterThan(10);
    await links.first().click();
    await expect(page).toHaveURL(/\/practice\/[a-z0-9-]+\/$/);
    // Each article: the domain, the stem, the options, then a closed disclosure with the answer and,
    // for every option, whether it is correct, why, and a link to the section that teaches it; nothing
    // before the answer names a service.
    const problems = await page.locator("main article").evaluateAll((articles) =>
      articles.flatMap((a) => {
        const options = a.querySelectorAll(":scope > ul > li").length;
        const summary = a.querySelector("details:not([open]) > summary")?.textContent?.trim();
        const explanations = [...a.querySelectorAll("details ul > li")];
        const ok =
          options >= 4 &&
          summary === "Answer and explanations" &&
          explanations.length === options &&
          explanations.every(
            (li) =>
              /^[A-E]\. (Correct|Incorrect): /.test(li.textContent!.trim()) &&
              /^\/[a-z0-9/-]*\/#[a-z0-9-]+$/.test(li.querySelector("a")?.getAttribute("href") ?? ""),
          );
        return ok ? [] : [a.id];
      }),
    );
    expect(problems).toEqual([]);
    const article = page.locator("main article").first();
    await expect(article.locator("details ul > li").first()).toBeHidden();
    await article.getByText("Answer and explanations").click();
    await expect(article.getByText(/^Answer: [A-E]( and [A-E])*$/)).toBeVisible();
  });
});

test("the exam guide's page sends a reader to an item's questions and shows what they know of it", async ({
  page,
}) => {
  await page.goto("/exam/dea-c01/");
  const item = page.locator("[data-exam-item]").first();
  const link = item.getByRole("link", { name: /^Practise this: \d+ questions?$/ });
  const count = Number((await link.textContent())!.match(/\d+/)![0]);
  expect(count).toBeGreaterThanOrEqual(2);
  const id = (await item.getAttribute("data-exam-item"))!;
  await link.click();
  await expect(page).toHaveURL(`/practice/?skill=${id}`);
  const panel = panelOf(page);
  await expect(panel.locator('select[name="skill"]')).toHaveValue(id);
  await expect(panel.locator("[data-status]")).toHaveText(
    new RegExp(`^${count} questions? in this selection: 0 due for review, ${count} not answered yet\\.$`),
  );
  await answer(page, true);
  await page.goto("/exam/dea-c01/");
  await expect(item.locator("[data-mastery]")).toHaveText(
    ` · you know 1 of ${count} questions (${Math.floor(100 / count)}%)`,
  );
});
