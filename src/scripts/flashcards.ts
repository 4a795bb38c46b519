import { countOf } from "@/lib/format";
/** Where the self-test keeps the reader's marks; the version changes if the shape ever does. */
export const STORAGE_KEY = "dsn-flashcards-v1";

/** What a reader said about a card. */
export type Mark = "known" | "unknown";

/** The reader's marks, by card id. */
export type Progress = Record<string, Mark>;

/** Reads stored progress, dropping anything that is not a card id with a mark. */
export function parseProgress(raw: string | null): Progress {
  try {
    const value: unknown = JSON.parse(raw ?? "{}");
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(([, mark]) => mark === "known" || mark === "unknown"),
    ) as Progress;
  } catch {
    return {};
  }
}

function loadProgress(): Progress {
  try {
    return parseProgress(localStorage.getItem(STORAGE_KEY));
  } catch {
    return {};
  }
}

function saveProgress(progress: Progress): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Storage can be blocked; the marks then last for this page only.
  }
}

interface Card {
  id: string;
  category: string;
  service: string;
  question: string;
  answer: Element;
}

/** The cards of the page's card list, in its order. */
function readCards(): Card[] {
  return [...document.querySelectorAll<HTMLElement>("[data-card]")].map((el) => ({
    id: el.dataset.card!,
    category: el.dataset.category!,
    service: el.dataset.service!,
    question: el.querySelector("[data-question]")!.textContent!.trim(),
    answer: el.querySelector("[data-answer]")!,
  }));
}

/** Wires the study mode: shows the panel, then one card at a time from the chosen deck. */
export function initFlashcards(panel: HTMLElement | null): void {
  if (!panel) return;
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  const cards = readCards();
  const deckButtons = [...panel.querySelectorAll<HTMLButtonElement>("[data-deck]")];
  const onlyUnknownButton = $<HTMLButtonElement>("[data-only-unknown]");
  const progressText = $("[data-progress-text]");
  const progressBar = $<HTMLProgressElement>("[data-progress-bar]");
  const article = $("article");
  const position = $("[data-position]");
  const question = $("[data-study-question]");
  const markState = $("[data-mark-state]");
  const answer = $("[data-study-answer]");
  const reveal = $<HTMLButtonElement>("[data-reveal]");
  const knew = $<HTMLButtonElement>('[data-mark="known"]');
  const notYet = $<HTMLButtonElement>('[data-mark="unknown"]');
  const done = $("[data-done]");
  const prev = $<HTMLButtonElement>('[data-step="-1"]');
  const next = $<HTMLButtonElement>('[data-step="1"]');

  let progress = loadProgress();
  let deckId = "all";
  let onlyUnknown = false;
  let deck: Card[] = [];
  let index = 0;
  let revealed = false;

  const inCategory = () => cards.filter((c) => deckId === "all" || c.category === deckId);

  /** Picks the cards to study: all of them from the first not marked yet, or those not known from the start. */
  function buildDeck() {
    deck = inCategory().filter((c) => !onlyUnknown || progress[c.id] !== "known");
    const firstUnmarked = deck.findIndex((c) => !progress[c.id]);
    index = onlyUnknown || firstUnmarked === -1 ? 0 : firstUnmarked;
    revealed = false;
  }

  function render() {
    const all = inCategory();
    const known = all.filter((c) => progress[c.id] === "known").length;
    const notKnown = all.filter((c) => progress[c.id] === "unknown").length;
    const label = deckButtons.find((b) => b.dataset.deck === deckId)?.dataset.label ?? "";
    progressText.textContent =
      `Known ${known} of ${countOf(all.length, "card")} (${label})` +
      (notKnown ? `, ${notKnown} not yet` : "") +
      ".";
    progressBar.max = Math.max(all.length, 1);
    progressBar.value = known;

    const card = deck[index];
    article.hidden = !card;
    done.hidden = Boolean(card);
    prev.disabled = index === 0 || deck.length === 0;
    next.disabled = !card;
    if (!card) {
      done.textContent =
        deck.length === 0
          ? "You know every card of this deck. Pick another deck, or reset your progress to start over."
          : `${deck.length === 1 ? "That was the only card" : `That was the last of the ${deck.length} cards`}. You know ${known} of ${all.length}.`;
      return;
    }
    position.textContent = `Card ${index + 1} of ${deck.length} · ${card.service}`;
    question.textContent = card.question;
    const mark = progress[card.id];
    markState.textContent = mark ? `Marked before: ${mark === "known" ? "I knew it" : "Not yet"}` : "";
    answer.replaceChildren(...(revealed ? [...card.answer.cloneNode(true).childNodes] : []));
    answer.hidden = !revealed;
    reveal.hidden = revealed;
    knew.hidden = notYet.hidden = !revealed;
  }

  /** After the card changes, keep the keyboard where the reader's next step is. */
  function focusNextStep() {
    if (!article.hidden) reveal.focus();
    else {
      done.tabIndex = -1;
      done.focus();
    }
  }

  reveal.addEventListener("click", () => {
    revealed = true;
    render();
    knew.focus();
  });
  for (const button of [knew, notYet]) {
    button.addEventListener("click", () => {
      const card = deck[index];
      if (!card) return;
      progress = { ...progress, [card.id]: button.dataset.mark as Mark };
      saveProgress(progress);
      index += 1;
      revealed = false;
      render();
      focusNextStep();
    });
  }
  for (const button of [prev, next]) {
    button.addEventListener("click", () => {
      index = Math.min(Math.max(index + Number(button.dataset.step), 0), deck.length);
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
  onlyUnknownButton.addEventListener("click", () => {
    onlyUnknown = !onlyUnknown;
    onlyUnknownButton.setAttribute("aria-pressed", String(onlyUnknown));
    buildDeck();
    render();
  });
  $("[data-reset]").addEventListener("click", () => {
    if (
      !confirm(`Forget your marks on ${cards.length === 1 ? "the only card" : `all ${cards.length} cards`}?`)
    )
      return;
    progress = {};
    saveProgress(progress);
    buildDeck();
    render();
    focusNextStep();
  });

  buildDeck();
  render();
  panel.hidden = false;
}
