import { h } from "./dom";

/**
 * The practice questions as the page renders them (src/components/practice/QuestionArticle.astro):
 * the same markup reads without JavaScript, and is the data that practice and the mock exam use.
 */

/** One question read from its article. */
export interface BankQuestion {
  id: string;
  stem: string;
  /** How many options to choose. */
  answers: number;
  options: string[];
  /** Indexes of the correct options. */
  correct: number[];
  services: string[];
  categories: string[];
  domain: string;
  /** "SQS, SNS · Data Ingestion and Transformation". */
  meta: string;
  /** The list of every option's explanation and link, to clone. */
  explanations: HTMLElement;
}

const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

/** Every question article under `root`, in page order. */
export function readQuestionBank(root: ParentNode = document): BankQuestion[] {
  return [...root.querySelectorAll<HTMLElement>("[data-question]")].map((el) => {
    const options = [...el.querySelectorAll<HTMLElement>("[data-option]")];
    return {
      id: el.dataset.question!,
      stem: text(el.querySelector("[data-stem]")),
      answers: Number(el.dataset.answers),
      options: options.map((o) => text(o.querySelector("[data-option-text]"))),
      correct: options.flatMap((o, i) => ("correct" in o.dataset ? [i] : [])),
      services: el.dataset.services!.split(" "),
      categories: el.dataset.categories!.split(" "),
      domain: el.dataset.domain!,
      meta: text(el.querySelector("[data-meta]")),
      explanations: el.querySelector<HTMLElement>("[data-explanations]")!,
    };
  });
}

/** "A", "B", ... for option indexes. */
export const letter = (i: number) => String.fromCharCode(65 + i);

/**
 * The options of a question as radio buttons (one answer) or checkboxes (several), in a fieldset
 * whose legend is the stem. `chosen` are checked; `locked` disables them once answered.
 */
export function renderOptions(
  q: BankQuestion,
  chosen: readonly number[],
  locked: boolean,
): HTMLFieldSetElement {
  const fieldset = h("fieldset", "min-w-0") as HTMLFieldSetElement;
  const legend = h("legend", "text-lg leading-relaxed font-semibold", q.stem);
  fieldset.append(legend);
  // Most stems already say "(Choose two.)"; the others get it said for them.
  if (q.answers > 1 && !/\bchoose\b/i.test(q.stem)) {
    fieldset.append(h("p", "mt-1 text-sm font-semibold text-muted", `Choose ${q.answers}.`));
  }
  const list = h("div", "mt-3 space-y-2");
  q.options.forEach((option, i) => {
    const input = document.createElement("input");
    input.type = q.answers > 1 ? "checkbox" : "radio";
    input.name = "answer";
    input.value = String(i);
    input.checked = chosen.includes(i);
    input.disabled = locked;
    input.className = "mt-1 size-4 shrink-0 accent-accent";
    const label = h(
      "label",
      "flex cursor-pointer gap-3 rounded-md border border-line bg-bg p-3 has-checked:border-accent has-checked:bg-accent-soft has-disabled:cursor-default",
      input,
      h("span", "font-semibold", `${letter(i)}.`),
      h("span", "", option),
    );
    label.dataset.choice = String(i);
    list.append(label);
  });
  fieldset.append(list);
  return fieldset;
}

/**
 * After an answer: each option marked as the correct answer and as the reader's choice, then every
 * option's explanation with its link (cloned from the article).
 */
export function renderFeedback(
  q: BankQuestion,
  chosen: readonly number[],
  options: HTMLElement,
): HTMLElement {
  for (const label of options.querySelectorAll<HTMLElement>("[data-choice]")) {
    const i = Number(label.dataset.choice);
    const right = q.correct.includes(i);
    const picked = chosen.includes(i);
    if (right || picked) {
      // The answer's colours replace the colours of a checked option.
      label.classList.remove("has-checked:border-accent", "has-checked:bg-accent-soft");
      label.classList.add(
        right ? "border-ok-line" : "border-danger-line",
        right ? "bg-ok-bg" : "bg-danger-bg",
      );
      label.lastElementChild!.append(
        h(
          "span",
          "mt-1 block text-sm font-semibold",
          right ? (picked ? "✓ Your answer, correct" : "✓ Correct answer") : "✗ Your answer",
        ),
      );
    }
  }
  const explanations = q.explanations.cloneNode(true) as HTMLElement;
  return h(
    "div",
    "mt-4",
    h("h3", "text-base font-semibold", "Why each option is right or wrong"),
    explanations,
  );
}
