import { expect, test, type Page } from "@playwright/test";
import { axeViolationsBothThemesOnPhone } from "./axe";
import { stopClockAt } from "./clock";

/** The question and answer of every card in the page's list, in order. */
async function listedCards(page: Page) {
  return page.locator("[data-card]").evaluateAll((cards) =>
    cards.map((c) => ({
      question: c.querySelector("summary")!.textContent!.trim(),
      answer: c.querySelector("[data-answer] p")!.textContent!.trim(),
      category: (c as HTMLElement).dataset.category!,
    })),
  );
}

const START = new Date("2026-12-01T12:00:00");

test("a reader grades cards by keyboard and mouse, sees each scheduled, and keeps the schedule", async ({
  page,
}) => {
  // The clock stands still unless the test moves it, so every interval shown is exact.
  await stopClockAt(page, START);
  await page.goto("/self-test/");
  const cards = await listedCards(page);
  const total = cards.length;
  expect(total).toBeGreaterThan(4);
  const study = page.getByRole("region", { name: "Study one card at a time" });
  const progress = study.locator("[data-progress-text]");
  const question = study.locator("#study-question");
  const scheduled = study.locator("[data-scheduled]");
  const counts = (due: number, fresh: number, later: number) =>
    `${due} due now, ${fresh} new, ${later} scheduled later (all categories, ${total} cards).`;
  await expect(progress).toHaveText(counts(0, total, 0));
  await expect(progress).toHaveAttribute("aria-live", "polite");

  // The first card by keyboard alone: Space shows the answer, 3 grades it Good.
  await expect(question).toHaveText(cards[0]!.question);
  await expect(study.getByText("New card.")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(study.locator("[data-study-answer]")).toContainText(cards[0]!.answer);
  await expect(study.getByRole("button", { name: /^3\. Good/ })).toBeFocused();
  await expect(study.getByRole("button", { name: /^1\. Again/ }).locator("[data-interval]")).toHaveText(
    "in 1 minute",
  );
  await expect(study.getByRole("button", { name: /^3\. Good/ }).locator("[data-interval]")).toHaveText(
    "in 10 minutes",
  );
  await page.keyboard.press("3");
  await expect(scheduled).toHaveText("Good: this card comes back in 10 minutes.");
  await expect(study.getByRole("button", { name: "Show answer" })).toBeFocused();

  // The second missed, the third easy, by mouse.
  await expect(question).toHaveText(cards[1]!.question);
  await study.getByRole("button", { name: "Show answer" }).click();
  await study.getByRole("button", { name: /^1\. Again/ }).click();
  await expect(scheduled).toHaveText("Again: this card comes back in 1 minute.");
  await expect(question).toHaveText(cards[2]!.question);
  await study.getByRole("button", { name: "Show answer" }).click();
  await study.getByRole("button", { name: /^4\. Easy/ }).click();
  await expect(scheduled).toHaveText(/^Easy: this card comes back in \d+ days\.$/);
  await expect(progress).toHaveText(counts(0, total - 3, 3));
  await expect(study.locator("progress")).toHaveJSProperty("value", 2);

  await page.reload();
  await expect(progress).toHaveText(counts(0, total - 3, 3));
  await expect(question).toHaveText(cards[3]!.question);

  // Two minutes on, the missed card is due again and comes first; the others wait.
  await page.clock.runFor("02:00");
  await page.reload();
  await expect(progress).toHaveText(counts(1, total - 3, 2));
  await expect(question).toHaveText(cards[1]!.question);
  await expect(study.getByText("Reviewed 1 time; last graded Again.")).toBeVisible();
  await study.getByRole("button", { name: "Only the cards due for review" }).click();
  await expect(study.locator("[data-position]")).toHaveText(/^Card 1 of 1 · /);

  page.once("dialog", (dialog) => dialog.accept());
  await study.getByRole("button", { name: "Forget my reviews" }).click();
  await expect(progress).toHaveText(counts(0, total, 0));
  await page.reload();
  await expect(progress).toHaveText(counts(0, total, 0));
});

test("today's marks (I knew it / Not yet) load in the new self-test as Good and Again reviews", async ({
  page,
}) => {
  await page.goto("/self-test/");
  const cards = await page
    .locator("[data-card]")
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.card!));
  await page.evaluate(
    ([known, notYet]) =>
      localStorage.setItem("dsn-flashcards-v1", JSON.stringify({ [known!]: "known", [notYet!]: "unknown" })),
    cards,
  );
  await page.reload();
  const study = page.getByRole("region", { name: "Study one card at a time" });
  await expect(study.locator("[data-progress-text]")).toHaveText(
    `0 due now, ${cards.length - 2} new, 2 scheduled later (all categories, ${cards.length} cards).`,
  );
  await expect(study.locator("progress")).toHaveJSProperty("value", 1);
  expect(await page.evaluate(() => localStorage.getItem("dsn-flashcards-v1"))).toBeNull();
  await page.goto("/progress/");
  await expect(page.getByText(/^You have reviewed 2 of \d+ questions and cards\.$/)).toBeVisible();
});

test("a reader studies one category at a time", async ({ page }) => {
  await page.goto("/self-test/");
  const cards = await listedCards(page);
  const study = page.getByRole("region", { name: "Study one card at a time" });
  const deckButton = study.getByRole("group", { name: "Cards to study" }).getByRole("button").nth(1);
  const category = await deckButton.getAttribute("data-deck");
  const inCategory = cards.filter((c) => c.category === category);
  expect(inCategory.length).toBeGreaterThan(0);
  expect(inCategory.length).toBeLessThan(cards.length);
  await deckButton.click();
  await expect(deckButton).toHaveAttribute("aria-pressed", "true");
  await expect(study.locator("[data-progress-text]")).toHaveText(
    new RegExp(`^0 due now, ${inCategory.length} new, 0 scheduled later \\(`),
  );
  await expect(study.locator("#study-question")).toHaveText(inCategory[0]!.question);
});

test("the self-test passes axe with an answer shown, in both themes on a phone", async ({ page }) => {
  await page.goto("/self-test/");
  const study = page.getByRole("region", { name: "Study one card at a time" });
  await study.getByRole("button", { name: "Show answer" }).click();
  await expect(study.getByRole("button", { name: /^3\. Good/ })).toBeVisible();
  expect(await axeViolationsBothThemesOnPhone(page)).toEqual([]);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the cards read as questions that open onto their answers, with a link to the fact", async ({
    page,
  }) => {
    await page.goto("/self-test/");
    await expect(page.getByRole("region", { name: "Study one card at a time" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    const first = page.locator("[data-card]").first();
    const answer = first.locator("[data-answer]");
    await expect(answer).toBeHidden();
    await first.locator("summary").click();
    await expect(answer).toBeVisible();
    const source = answer.getByRole("link");
    const href = (await source.getAttribute("href"))!;
    expect(href).toMatch(/^\/services\/[^/]+\/#fact-[0-9a-z]+$/);
    const answerText = (await answer.locator("p").first().textContent())!.trim();
    await source.click();
    // The card and the page say the same thing: the fact the card links to is its answer.
    const fact = page.locator(`#${href.split("#")[1]}`);
    await expect(fact).toBeInViewport();
    const factText = await fact.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".term-tip").forEach((tip) => tip.remove());
      return copy.textContent!.replace(/\s+/g, " ").trim();
    });
    expect(factText).toBe(answerText);
  });
});
