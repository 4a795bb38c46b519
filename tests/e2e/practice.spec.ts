import { expect, test, type Page } from "@playwright/test";
import { axeViolationsBothThemesOnPhone } from "./axe";
import { letters, questionShown, wrongChoice } from "./questions";

const panelOf = (page: Page) => page.getByRole("region", { name: "Practise one question at a time" });

test("a reader answers by keyboard, reloads and comes back to the question, explanations and all", async ({
  page,
}) => {
  await page.goto("/practice/");
  const panel = panelOf(page);
  const legend = panel.locator("legend");
  await expect(legend).toBeVisible();
  const q = await questionShown(page, legend);
  const chosen = wrongChoice(q);
  for (const i of chosen) await page.keyboard.press(String(i + 1));
  for (const i of chosen) await expect(panel.locator(`[data-options] input[value="${i}"]`)).toBeChecked();
  await page.keyboard.press("Enter");

  const verdict = panel.locator("[data-verdict]");
  const missed = `Not right: the answer is ${letters(q.correct)}. This question comes back in 1 minute.`;
  await expect(verdict).toHaveText(missed);
  const explanations = panel.locator("[data-feedback] [data-explanations] > li");
  await expect(explanations).toHaveCount(q.options);
  for (const li of await explanations.all()) await expect(li.getByRole("link")).toBeVisible();
  await expect(panel.getByText("✓ Correct answer")).toHaveCount(q.correct.length);
  await expect(panel.getByText("✗ Your answer")).toHaveCount(
    chosen.filter((i) => !q.correct.includes(i)).length,
  );
  await expect(panel.getByRole("button", { name: "Submit answer" })).toBeHidden();
  await expect(panel.getByRole("button", { name: "Next question" })).toBeFocused();

  await page.reload();
  await expect(legend).toHaveText(q.stem);
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

test("a question answered right comes back later than a missed one", async ({ page }) => {
  await page.goto("/practice/");
  const panel = panelOf(page);
  const q = await questionShown(page, panel.locator("legend"));
  await panel.getByRole("button", { name: "Submit answer" }).click();
  await expect(panel.locator("[data-verdict]")).toHaveText(
    q.answers === 1 ? "Choose an option first." : `Choose ${q.answers} options first.`,
  );
  for (const i of q.correct) await panel.locator(`label[data-choice="${i}"]`).click();
  await panel.getByRole("button", { name: "Submit answer" }).click();
  await expect(panel.locator("[data-verdict]")).toHaveText("Right. This question comes back in 10 minutes.");
  await expect(panel.getByText("✓ Your answer, correct")).toHaveCount(q.correct.length);
});

test("a service page links to its questions, and the filters follow the query string", async ({ page }) => {
  await page.goto("/practice/");
  const panel = panelOf(page);
  const service = (await panel.getByLabel("Service").locator("option").nth(1).getAttribute("value"))!;
  await page.goto(`/services/${service}/`);
  await page.getByRole("link", { name: /^Practise \d+ exam-style questions? on / }).click();
  await expect(page).toHaveURL(`/practice/?service=${service}`);
  await expect(panel.getByLabel("Service")).toHaveValue(service);
  await expect(panel).toBeInViewport();
  expect((await questionShown(page, panel.locator("legend"))).services).toContain(service);

  await panel.getByLabel("Only questions due for review").check();
  await expect(page).toHaveURL(`/practice/?service=${service}&due=1`);
  await expect(panel.getByText("No question of this selection is due for review now.")).toBeVisible();
  await page.reload();
  await expect(panel.getByLabel("Only questions due for review")).toBeChecked();
  await expect(panel.getByText("No question of this selection is due for review now.")).toBeVisible();

  const domain = (await panel.getByLabel("Exam domain").locator("option").nth(1).getAttribute("value"))!;
  await page.goto(`/practice/?domain=${domain}`);
  await expect(panel.getByLabel("Exam domain")).toHaveValue(domain);
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
  const q = await questionShown(page, panel.locator("legend"));
  for (const i of q.correct) await panel.locator(`label[data-choice="${i}"]`).click();
  await panel.getByRole("button", { name: "Submit answer" }).click();
  await expect(panel.locator("[data-verdict]")).toHaveText("Right. This question comes back in 10 minutes.");
});

test("with storage full, the reader is told, and practice still works", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto("/practice/");
  const panel = panelOf(page);
  const q = await questionShown(page, panel.locator("legend"));
  for (const i of wrongChoice(q)) await panel.locator(`label[data-choice="${i}"]`).click();
  await panel.getByRole("button", { name: "Submit answer" }).click();
  await expect(panel.locator("[data-verdict]")).toHaveText(/^Not right: the answer is /);
  await expect(panel.getByRole("status").filter({ hasText: "storage is full" })).toBeVisible();
});

test("the practice page passes axe after an answer, in both themes on a phone", async ({ page }) => {
  // axe reads every question of the page twice, and the browser lays out each one only as axe scrolls
  // it near the screen (content-visibility): on a busy 2-CPU machine that takes most of a minute.
  test.setTimeout(120_000);
  await page.goto("/practice/");
  const panel = panelOf(page);
  const q = await questionShown(page, panel.locator("legend"));
  for (const i of wrongChoice(q)) await panel.locator(`label[data-choice="${i}"]`).click();
  await panel.getByRole("button", { name: "Submit answer" }).click();
  await expect(panel.locator("[data-verdict]")).toHaveText(/^Not right/);
  expect(await axeViolationsBothThemesOnPhone(page)).toEqual([]);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("every question reads as a question followed by its answer and explanations", async ({ page }) => {
    await page.goto("/practice/");
    await expect(panelOf(page)).toBeHidden();
    // Each article: the stem, the options, then a closed disclosure with the answer and, for every
    // option, whether it is correct, why, and a link to the section that teaches it.
    const problems = await page.locator("[data-question]").evaluateAll((articles) =>
      articles.flatMap((a) => {
        const options = a.querySelectorAll("[data-option]").length;
        const correct = a.querySelectorAll("[data-option][data-correct]").length;
        const summary = a.querySelector("details:not([open]) > summary")?.textContent?.trim();
        const explanations = [...a.querySelectorAll("details [data-explanations] > li")];
        const ok =
          !!a.querySelector("[data-stem]")?.textContent?.trim() &&
          options >= 4 &&
          summary === "Answer and explanations" &&
          explanations.length === options &&
          explanations.filter((li) => /^[A-E]\. Correct: /.test(li.textContent!.trim())).length === correct &&
          explanations.every(
            (li) =>
              /^[A-E]\. (Correct|Incorrect): /.test(li.textContent!.trim()) &&
              /^\/[a-z0-9/-]*\/#[a-z0-9-]+$/.test(li.querySelector("a")?.getAttribute("href") ?? ""),
          );
        return ok ? [] : [a.id];
      }),
    );
    expect(problems).toEqual([]);
    for (const article of [page.locator("[data-question]").first(), page.locator("[data-question]").last()]) {
      const explanations = article.locator("[data-explanations] > li");
      await expect(explanations.first()).toBeHidden();
      await article.getByText("Answer and explanations").click();
      await expect(article.getByText(/^Answer: [A-E]( and [A-E])*$/)).toBeVisible();
      for (const li of await explanations.all()) await expect(li.getByRole("link")).toBeVisible();
    }
    // Every service with questions has its place on the page, as the service pages' links expect.
    for (const link of await page
      .getByRole("navigation", { name: "Questions by service" })
      .getByRole("link")
      .all()) {
      const id = (await link.getAttribute("href"))!.slice(1);
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    }
  });
});
