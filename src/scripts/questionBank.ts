import type { BankEntry } from "@/lib/bankEntries";
import { h } from "./dom";

/**
 * The question bank in the browser: one JSON file per exam domain (src/lib/bankEntries.ts), fetched
 * once when a session needs it (the offline worker keeps the files), and the question drawn as a form
 * whose options are in the order this attempt shows them.
 */

export type { BankEntry };

const loaded = new Map<string, Promise<BankEntry[]>>();

/**
 * The questions of the files at `urls`, in order. Throws when one cannot be fetched or read, so the
 * caller can say so; a failed file is fetched again next time.
 */
export async function loadBank(urls: readonly string[]): Promise<BankEntry[]> {
  const files = urls.map((url) => {
    let file = loaded.get(url);
    if (!file) {
      file = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<BankEntry[]>;
      });
      file.catch(() => loaded.delete(url));
      loaded.set(url, file);
    }
    return file;
  });
  return (await Promise.all(files)).flat();
}

/** "A", "B", ... for the places of options on screen. */
export const letter = (i: number) => String.fromCharCode(65 + i);

/** The letters, on screen, of the stored options `indexes`, in screen order: "B and D". */
export const lettersOf = (indexes: readonly number[], shown: readonly number[]) =>
  shown.flatMap((stored, place) => (indexes.includes(stored) ? [letter(place)] : [])).join(" and ");

/**
 * The options of a question as radio buttons (one answer) or checkboxes (several), in `shown` order, in
 * a fieldset whose legend is the stem. An input's value is the option's stored index. `chosen` are
 * checked; `locked` disables them once answered.
 */
export function renderOptions(
  q: BankEntry,
  shown: readonly number[],
  chosen: readonly number[],
  locked: boolean,
): HTMLFieldSetElement {
  const fieldset = h("fieldset", "min-w-0") as HTMLFieldSetElement;
  fieldset.append(h("legend", "text-lg leading-relaxed font-semibold", q.stem));
  // Most stems already say "(Choose two.)"; the others get it said for them.
  if (q.answers > 1 && !/\bchoose\b/i.test(q.stem)) {
    fieldset.append(h("p", "mt-1 text-sm font-semibold text-muted", `Choose ${q.answers}.`));
  }
  const list = h("div", "mt-3 space-y-2");
  shown.forEach((stored, place) => {
    const input = h("input", {
      type: q.answers > 1 ? "checkbox" : "radio",
      name: "answer",
      value: String(stored),
      class: "mt-1 size-4 shrink-0 accent-accent",
    }) as HTMLInputElement;
    input.checked = chosen.includes(stored);
    input.disabled = locked;
    const label = h(
      "label",
      "flex cursor-pointer gap-3 rounded-md border border-line bg-bg p-3 has-checked:border-accent has-checked:bg-accent-soft has-disabled:cursor-default",
      input,
      h("span", "font-semibold", `${letter(place)}.`),
      h("span", "min-w-0 [overflow-wrap:anywhere]", q.options[stored]!),
    );
    label.dataset.choice = String(stored);
    list.append(label);
  });
  fieldset.append(list);
  return fieldset;
}

/** Each option's explanation with its link, in `shown` order and with the letters on screen. */
export function renderExplanations(q: BankEntry, shown: readonly number[]): HTMLElement {
  return h(
    "ul",
    "mt-2 space-y-3 leading-relaxed [&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2",
    ...shown.map((stored, place) =>
      h(
        "li",
        "",
        h("strong", "", `${letter(place)}. ${q.correct.includes(stored) ? "Correct" : "Incorrect"}: `),
        `${q.why[stored]} `,
        h("a", { href: q.links[stored]! }, q.labels[stored]!),
      ),
    ),
  );
}

/**
 * After an answer: each option marked as the correct answer and as the reader's choice (in `options`,
 * the fieldset on screen), then every option's explanation.
 */
export function renderFeedback(
  q: BankEntry,
  shown: readonly number[],
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
  return h(
    "div",
    "mt-4",
    h("h3", "text-base font-semibold", "Why each option is right or wrong"),
    renderExplanations(q, shown),
  );
}
