import { isAnswerCorrect } from "@/lib/answers";
import { countOf } from "@/lib/format";
import { questionItem, recordReview, type Progress } from "@/lib/progress";
import { buildQueue, countSchedule, describeDue, practiceOrder } from "@/lib/schedule";
import { gradeAnswer, reviewItem } from "@/lib/srs";
import { loadProgress, saveProgress } from "./progressStore";
import { letter, readQuestionBank, renderFeedback, renderOptions, type BankQuestion } from "./questionBank";

const FILTERS = ["service", "category", "domain"] as const;

/** True when a key press belongs to a control that uses it (typing, a menu, a link, a button). */
const ownsKey = (target: EventTarget | null, key: string) =>
  target instanceof Element &&
  (!!target.closest("select, textarea, [contenteditable], input:not([type=radio]):not([type=checkbox])") ||
    (key === "Enter" && !!target.closest("a, button, summary")));

/** Wires practice: filters from the query string, a question at a time, FSRS scheduling, keys. */
export function initPractice(panel: HTMLElement | null): void {
  if (!panel) return;
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  const bank = readQuestionBank(document.querySelector("[data-question-list]") ?? document);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const filters = $("[data-filters]");
  const field = (name: string) =>
    filters.querySelector(`[name="${name}"]`) as HTMLSelectElement & HTMLInputElement;
  const card = $<HTMLFormElement>("[data-card]");
  const position = $("[data-position]");
  const optionsBox = $("[data-options]");
  const verdict = $("[data-verdict]");
  const feedback = $("[data-feedback]");
  const submitButton = $<HTMLButtonElement>("[data-submit]");
  const status = $("[data-status]");
  const emptyDue = $('[data-empty="due"]');
  const emptyNone = $('[data-empty="none"]');

  let progress: Progress = loadProgress((grade, now) => reviewItem(undefined, grade, now));
  let order: string[] = [];
  let index = 0;

  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    const select = field(name);
    const value = params.get(name) ?? "";
    if ([...select.options].some((o) => o.value === value)) select.value = value;
  }
  field("due").checked = params.get("due") === "1";

  const current = () => byId.get(order[index] ?? "");
  const session = (q: BankQuestion) =>
    progress.practice?.id === q.id ? progress.practice : { id: q.id, chosen: [], submitted: false };
  const keep = (next: Progress) => {
    progress = next;
    saveProgress(progress);
  };

  /** The questions the filters select, ordered for study; `resumeId` stays on screen if it is among them. */
  function choose(resumeId?: string) {
    const ids = bank
      .filter(
        (q) =>
          (!field("service").value || q.services.includes(field("service").value)) &&
          (!field("category").value || q.categories.includes(field("category").value)) &&
          (!field("domain").value || q.domain === field("domain").value),
      )
      .map((q) => q.id);
    const items = Object.fromEntries(
      ids.flatMap((id) =>
        progress.items[questionItem(id)] ? [[id, progress.items[questionItem(id)]!]] : [],
      ),
    );
    const now = Date.now();
    order = field("due").checked ? buildQueue(ids, items, now, true) : practiceOrder(ids, items, now);
    index = Math.max(0, order.indexOf(resumeId ?? ""));
    const counts = countSchedule(ids, items, now);
    status.textContent = `${countOf(ids.length, "question")} in this selection: ${counts.due} due for review, ${counts.fresh} not answered yet.`;
  }

  function show() {
    const q = current();
    card.hidden = !q;
    emptyDue.hidden = !!q || !field("due").checked;
    emptyNone.hidden = !!q || field("due").checked;
    if (!q) return;
    const { chosen, submitted } = session(q);
    position.textContent = `Question ${index + 1} of ${order.length} · ${q.meta}`;
    const fieldset = renderOptions(q, chosen, submitted);
    optionsBox.replaceChildren(fieldset);
    feedback.replaceChildren(...(submitted ? [renderFeedback(q, chosen, fieldset)] : []));
    const item = progress.items[questionItem(q.id)];
    verdict.textContent = submitted
      ? `${isAnswerCorrect(chosen, q.correct) ? "Right." : `Not right: the answer is ${q.correct.map(letter).join(" and ")}.`}${item ? ` This question comes back ${describeDue(item.due, Date.now())}.` : ""}`
      : "";
    submitButton.hidden = submitted;
  }

  const chosenNow = () =>
    [...optionsBox.querySelectorAll<HTMLInputElement>("input:checked")].map((input) => Number(input.value));

  function submit() {
    const q = current();
    if (!q || session(q).submitted) return;
    const chosen = chosenNow();
    if (chosen.length !== q.answers) {
      verdict.textContent =
        q.answers === 1 ? "Choose an option first." : `Choose ${q.answers} options first.`;
      return;
    }
    const now = new Date();
    const id = questionItem(q.id);
    const item = reviewItem(progress.items[id], gradeAnswer(isAnswerCorrect(chosen, q.correct)), now);
    keep({ ...recordReview(progress, id, item, now), practice: { id: q.id, chosen, submitted: true } });
    show();
    $<HTMLButtonElement>("[data-next]").focus();
  }

  function next() {
    if (!order.length) return;
    index += 1;
    // At the end of the selection, start again from what is due now.
    if (index >= order.length) choose();
    const q = current();
    if (q) keep({ ...progress, practice: { id: q.id, chosen: [], submitted: false } });
    show();
    optionsBox.querySelector("input")?.focus();
  }

  optionsBox.addEventListener("change", () => {
    const q = current();
    if (q) keep({ ...progress, practice: { id: q.id, chosen: chosenNow(), submitted: false } });
  });
  card.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  $("[data-next]").addEventListener("click", next);
  filters.addEventListener("change", () => {
    const query = new URLSearchParams();
    for (const name of FILTERS) if (field(name).value) query.set(name, field(name).value);
    if (field("due").checked) query.set("due", "1");
    history.replaceState(null, "", `${location.pathname}${query.size ? `?${query}` : ""}`);
    choose(current()?.id);
    show();
  });
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || ownsKey(event.target, event.key) || card.hidden)
      return;
    const q = current();
    if (/^[1-5]$/.test(event.key) && q && !session(q).submitted) {
      const input = optionsBox.querySelectorAll<HTMLInputElement>("input")[Number(event.key) - 1];
      if (!input) return;
      input.checked = input.type === "radio" || !input.checked;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    } else if (event.key === "Enter") submit();
    else if (event.key === "n" || event.key === "N") next();
    else return;
    event.preventDefault();
  });

  choose(progress.practice?.id);
  show();
  // A link to a service's questions (#service-...) lands on the practice panel, already filtered: the
  // fragment, which serves the page without JavaScript, is dropped so the browser does not scroll to it.
  if (location.hash.startsWith("#service-")) {
    history.replaceState(null, "", location.pathname + location.search);
    const land = () => panel.scrollIntoView();
    if (document.readyState === "complete") land();
    else addEventListener("load", land, { once: true });
  }
}
