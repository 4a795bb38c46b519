import { countOf } from "@/lib/format";
import { cardItem, isKnown, recordReview, type Progress } from "@/lib/progress";
import { buildQueue, countSchedule, describeDue } from "@/lib/schedule";
import { GRADE_NAMES, previewDue, reviewItem, type Grade } from "@/lib/srs";
import { loadProgress, saveProgress } from "./progressStore";

interface Card {
  /** The item id ("c:" and the card's id). */
  id: string;
  category: string;
  service: string;
  question: string;
  answer: Element;
}

/** The cards of the page's card list, in its order. */
function readCards(): Card[] {
  return [...document.querySelectorAll<HTMLElement>("[data-card]")].map((el) => ({
    id: cardItem(el.dataset.card!),
    category: el.dataset.category!,
    service: el.dataset.service!,
    question: el.querySelector("[data-question]")!.textContent!.trim(),
    answer: el.querySelector("[data-answer]")!,
  }));
}

/** True when a key press belongs to a control that uses it: any control for Space, typing for digits. */
const ownsKey = (target: EventTarget | null, key: string) =>
  target instanceof Element &&
  !!target.closest(
    key === " "
      ? "a, button, input, select, textarea, summary, [contenteditable]"
      : "input, select, textarea, [contenteditable]",
  );

/** Wires the study mode: the due and new cards of the chosen deck, one at a time, graded and scheduled. */
export function initFlashcards(panel: HTMLElement | null): void {
  if (!panel) return;
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  const cards = readCards();
  const byId = new Map(cards.map((c) => [c.id, c]));
  const deckButtons = [...panel.querySelectorAll<HTMLButtonElement>("[data-deck]")];
  const dueOnlyButton = $<HTMLButtonElement>("[data-due-only]");
  const progressText = $("[data-progress-text]");
  const progressBar = $<HTMLProgressElement>("[data-progress-bar]");
  const article = $("article");
  const position = $("[data-position]");
  const question = $("[data-study-question]");
  const markState = $("[data-mark-state]");
  const answer = $("[data-study-answer]");
  const reveal = $<HTMLButtonElement>("[data-reveal]");
  const grades = $("[data-grades]");
  const gradeButtons = [...grades.querySelectorAll<HTMLButtonElement>("[data-grade]")];
  const scheduled = $("[data-scheduled]");
  const done = $("[data-done]");
  const prev = $<HTMLButtonElement>('[data-step="-1"]');
  const next = $<HTMLButtonElement>('[data-step="1"]');

  let progress: Progress = loadProgress(reviewItem);
  let deckId = "all";
  let dueOnly = false;
  let queue: string[] = [];
  let index = 0;
  let revealed = false;

  const inDeck = () => cards.filter((c) => deckId === "all" || c.category === deckId).map((c) => c.id);

  /** The cards to study: those due (longest overdue first), then new ones unless only due ones are asked for. */
  function buildDeck() {
    queue = buildQueue(inDeck(), progress.items, Date.now(), dueOnly);
    index = 0;
    revealed = false;
  }

  function render() {
    const ids = inDeck();
    const now = Date.now();
    const counts = countSchedule(ids, progress.items, now);
    const label = deckButtons.find((b) => b.dataset.deck === deckId)?.dataset.label ?? "";
    progressText.textContent = `${counts.due} due now, ${counts.fresh} new, ${counts.today - counts.due + counts.later} scheduled later (${label}, ${countOf(ids.length, "card")}).`;
    progressBar.max = Math.max(ids.length, 1);
    progressBar.value = ids.filter((id) => isKnown(progress.items[id])).length;

    const card = byId.get(queue[index] ?? "");
    article.hidden = !card;
    done.hidden = !!card;
    prev.disabled = index === 0 || queue.length === 0;
    next.disabled = !card;
    if (!card) {
      done.textContent =
        queue.length === 0
          ? "No card of this deck is due now. Come back when the next ones fall due, or pick another deck."
          : `That was the last of ${countOf(queue.length, "card")} to study now. Come back when the next ones fall due.`;
      return;
    }
    const item = progress.items[card.id];
    position.textContent = `Card ${index + 1} of ${queue.length} · ${card.service}`;
    question.textContent = card.question;
    markState.textContent = item
      ? `Reviewed ${countOf(item.reps, "time")}; last graded ${GRADE_NAMES[item.grade]}.`
      : "New card.";
    answer.replaceChildren(...(revealed ? [...card.answer.cloneNode(true).childNodes] : []));
    answer.hidden = !revealed;
    reveal.hidden = revealed;
    grades.hidden = !revealed;
    if (revealed) {
      const due = previewDue(item, new Date(now));
      for (const button of gradeButtons) {
        button.querySelector("[data-interval]")!.textContent = describeDue(
          due[Number(button.dataset.grade) as Grade],
          now,
        );
      }
    }
  }

  /** After the card changes, keep the keyboard where the reader's next step is. */
  function focusNextStep() {
    if (!article.hidden) reveal.focus();
    else {
      done.tabIndex = -1;
      done.focus();
    }
  }

  function show() {
    if (revealed || !queue[index]) return;
    revealed = true;
    render();
    gradeButtons[2]!.focus();
  }

  function grade(value: Grade) {
    const card = byId.get(queue[index] ?? "");
    if (!card || !revealed) return;
    const now = new Date();
    const item = reviewItem(progress.items[card.id], value, now);
    progress = recordReview(progress, card.id, item, now);
    saveProgress(progress);
    scheduled.textContent = `${GRADE_NAMES[value]}: this card comes back ${describeDue(item.due, now.getTime())}.`;
    index += 1;
    revealed = false;
    render();
    focusNextStep();
  }

  reveal.addEventListener("click", show);
  for (const button of gradeButtons) {
    button.addEventListener("click", () => grade(Number(button.dataset.grade) as Grade));
  }
  for (const button of [prev, next]) {
    button.addEventListener("click", () => {
      index = Math.min(Math.max(index + Number(button.dataset.step), 0), queue.length);
      revealed = false;
      render();
      if (button.disabled) focusNextStep();
    });
  }
  for (const button of deckButtons) {
    button.addEventListener("click", () => {
      deckId = button.dataset.deck!;
      for (const b of deckButtons) b.setAttribute("aria-pressed", String(b === button));
      buildDeck();
      render();
    });
  }
  dueOnlyButton.addEventListener("click", () => {
    dueOnly = !dueOnly;
    dueOnlyButton.setAttribute("aria-pressed", String(dueOnly));
    buildDeck();
    render();
  });
  $("[data-reset]").addEventListener("click", () => {
    if (
      !confirm(
        `Forget your reviews of ${cards.length === 1 ? "the only card" : `all ${cards.length} cards`}?`,
      )
    )
      return;
    const items = Object.fromEntries(Object.entries(progress.items).filter(([id]) => !byId.has(id)));
    progress = { ...progress, items };
    saveProgress(progress);
    scheduled.textContent = "";
    buildDeck();
    render();
    focusNextStep();
  });
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || article.hidden) return;
    if (ownsKey(event.target, event.key)) return;
    if (event.key === " " && !revealed) show();
    else if (/^[1-4]$/.test(event.key) && revealed) grade(Number(event.key) as Grade);
    else return;
    event.preventDefault();
  });

  buildDeck();
  render();
}
