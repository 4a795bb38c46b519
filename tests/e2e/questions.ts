import type { Locator, Page } from "@playwright/test";

/** A practice question as the bank states it, with the order its options are on screen. */
export interface BankQuestion {
  id: string;
  stem: string;
  answers: number;
  /** Stored indexes of the correct options. */
  correct: number[];
  options: number;
  service: string;
  /** The stored indexes of the options, in the order the screen shows them. */
  shown: number[];
}

/**
 * The question of the bank whose stem `legend` shows: the bank's JSON files are those the panel
 * (practice or mock exam) names, and the screen's option order is read from the options' labels.
 */
export async function questionShown(page: Page, legend: Locator): Promise<BankQuestion> {
  const stem = (await legend.textContent())!.replace(/\s+/g, " ").trim();
  return page.evaluate(async (stem) => {
    const text = (s: string) => s.replace(/\s+/g, " ").trim();
    const panel = document.querySelector<HTMLElement>("[data-practice], [data-exam]")!;
    const urls = Object.values(JSON.parse(panel.dataset.banks!) as Record<string, string>);
    const bank = (await Promise.all(urls.map(async (url) => (await fetch(url)).json()))).flat() as {
      id: string;
      stem: string;
      answers: number;
      correct: number[];
      options: string[];
      service: string;
    }[];
    const q = bank.find((entry) => text(entry.stem) === stem)!;
    const shown = [...panel.querySelectorAll<HTMLElement>("[data-options] [data-choice]")].map((label) =>
      Number(label.dataset.choice),
    );
    return {
      id: q.id,
      stem,
      answers: q.answers,
      correct: q.correct,
      options: q.options.length,
      service: q.service,
      shown,
    };
  }, stem);
}

/** Options that make a wrong answer: wrong ones first, topped up with right ones to the count asked for. */
export function wrongChoice(q: BankQuestion): number[] {
  const wrong = Array.from({ length: q.options }, (_, i) => i).filter((i) => !q.correct.includes(i));
  return [...wrong, ...q.correct].slice(0, q.answers).sort();
}

/** The key that picks stored option `i` ("1" for the first option on screen). */
export const keyFor = (q: BankQuestion, i: number) => String(q.shown.indexOf(i) + 1);

/** "B", "A and C": the screen letters of stored options, as the pages say them. */
export const letters = (q: BankQuestion, indexes: number[]) =>
  q.shown
    .flatMap((stored, place) => (indexes.includes(stored) ? [String.fromCharCode(65 + place)] : []))
    .join(" and ");
