import type { Locator, Page } from "@playwright/test";

/** A practice question as the page's question bank states it. */
export interface BankQuestion {
  id: string;
  stem: string;
  answers: number;
  correct: number[];
  options: number;
  services: string[];
}

/**
 * The question of the bank whose stem `legend` shows, as the practice page's question articles state
 * it (the mock exam page has none of its own: it reads them from the practice page too).
 */
export async function questionShown(page: Page, legend: Locator): Promise<BankQuestion> {
  const stem = (await legend.textContent())!.replace(/\s+/g, " ").trim();
  return page.evaluate(async (stem) => {
    const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
    const here = document.querySelectorAll("[data-question]").length > 0;
    const root = here
      ? document
      : new DOMParser().parseFromString(await (await fetch("/practice/")).text(), "text/html");
    const article = [...root.querySelectorAll<HTMLElement>("[data-question]")].find(
      (a) => text(a.querySelector("[data-stem]")) === stem,
    )!;
    const options = [...article.querySelectorAll<HTMLElement>("[data-option]")];
    return {
      id: article.dataset.question!,
      stem,
      answers: Number(article.dataset.answers),
      correct: options.flatMap((o, i) => ("correct" in o.dataset ? [i] : [])),
      options: options.length,
      services: article.dataset.services!.split(" "),
    };
  }, stem);
}

/** Options that make a wrong answer: wrong ones first, topped up with right ones to the count asked for. */
export function wrongChoice(q: BankQuestion): number[] {
  const wrong = Array.from({ length: q.options }, (_, i) => i).filter((i) => !q.correct.includes(i));
  return [...wrong, ...q.correct].slice(0, q.answers).sort();
}

/** "B", "A and C": option letters as the pages say them. */
export const letters = (indexes: number[]) => indexes.map((i) => String.fromCharCode(65 + i)).join(" and ");
