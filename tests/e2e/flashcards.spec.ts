import { expect, test, type Page } from "@playwright/test";

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

test("a reader goes through five cards, reloads and keeps their progress, then resets it", async ({
  page,
}) => {
  await page.goto("/self-test/");
  const cards = await listedCards(page);
  const total = cards.length;
  expect(total).toBeGreaterThan(5);
  const study = page.getByRole("region", { name: "Study one card at a time" });
  const progress = study.locator("[data-progress-text]");
  const question = study.locator("#study-question");
  const reveal = study.getByRole("button", { name: "Show answer" });
  await expect(progress).toHaveText(`Known 0 of ${total} cards (all categories).`);

  for (let i = 0; i < 5; i++) {
    await expect(study.getByText(`Card ${i + 1} of ${total}`)).toBeVisible();
    await expect(question).toHaveText(cards[i]!.question);
    const mark = study.getByRole("button", { name: i % 2 === 0 ? "I knew it" : "Not yet" });
    await expect(mark).toBeHidden();
    if (i === 0) {
      // The first card by keyboard alone: focus follows the next step.
      await reveal.focus();
      await page.keyboard.press("Enter");
      await expect(mark).toBeFocused();
      await expect(study.locator("[data-study-answer]")).toContainText(cards[i]!.answer);
      await page.keyboard.press("Enter");
      await expect(reveal).toBeFocused();
    } else {
      await reveal.click();
      await expect(study.locator("[data-study-answer]")).toContainText(cards[i]!.answer);
      await mark.click();
    }
  }
  const after = `Known 3 of ${total} cards (all categories), 2 not yet.`;
  await expect(progress).toHaveText(after);
  await expect(progress).toHaveAttribute("aria-live", "polite");
  await expect(study.locator("progress")).toHaveJSProperty("value", 3);

  await page.reload();
  await expect(progress).toHaveText(after);
  await expect(study.getByText(`Card 6 of ${total}`)).toBeVisible();
  await expect(question).toHaveText(cards[5]!.question);
  await study.getByRole("button", { name: "Previous" }).click();
  await expect(question).toHaveText(cards[4]!.question);
  await expect(study.getByText("Marked before: I knew it")).toBeVisible();

  // The ones not known yet: the two marked "Not yet" come first, the three known ones are left out.
  await study.getByRole("button", { name: "Study the ones I don’t know yet" }).click();
  await expect(study.getByText(`Card 1 of ${total - 3}`)).toBeVisible();
  await expect(question).toHaveText(cards[1]!.question);
  await study.getByRole("button", { name: "Next" }).click();
  await expect(question).toHaveText(cards[3]!.question);

  page.once("dialog", (dialog) => dialog.accept());
  await study.getByRole("button", { name: "Reset progress" }).click();
  await expect(progress).toHaveText(`Known 0 of ${total} cards (all categories).`);
  await page.reload();
  await expect(progress).toHaveText(`Known 0 of ${total} cards (all categories).`);
  await expect(question).toHaveText(cards[0]!.question);
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
    new RegExp(`^Known 0 of ${inCategory.length} cards`),
  );
  await expect(study.locator("#study-question")).toHaveText(inCategory[0]!.question);
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
