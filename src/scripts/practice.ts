import { isAnswerCorrect } from "@/lib/answers";
import { countOf } from "@/lib/format";
import { questionItem, recordReview, type PracticeRound, type Progress } from "@/lib/progress";
import { bringBack, optionOrder, sessionOrder, type SessionOrder } from "@/lib/practiceSession";
import { countSchedule, describeDue } from "@/lib/schedule";
import { GRADE_NAMES, gradeAnswer, reviewItem, type Grade } from "@/lib/srs";
import { loadProgress, saveProgress } from "./progressStore";
import { lettersOf, loadBank, renderFeedback, renderOptions, type BankEntry } from "./questionBank";

const FILTERS = ["service", "category", "domain", "skill", "order"] as const;

/** True when a key press belongs to a control that uses it (typing, a menu, a link, a button). */
const ownsKey = (target: EventTarget | null, key: string) =>
  target instanceof Element &&
  (!!target.closest("select, textarea, [contenteditable], input:not([type=radio]):not([type=checkbox])") ||
    (key === "Enter" && !!target.closest("a, button, summary")));

const random = () => Math.random;

/**
 * Wires practice: filters from the query string, a session of questions mixed by default, options in a
 * new order each attempt, a missed question back a few questions later, a grade for each answer that
 * schedules it (FSRS), and "retake what I missed".
 */
export async function initPractice(panel: HTMLElement | null): Promise<void> {
  if (!panel) return;
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  const banks: Record<string, string> = JSON.parse(panel.dataset.banks ?? "{}");
  const groupOrder: Record<string, string[]> = JSON.parse(panel.dataset.groups ?? "{}");
  const filters = $("[data-filters]");
  const field = (name: string) =>
    filters.querySelector(`[name="${name}"]`) as HTMLSelectElement & HTMLInputElement;
  const card = $<HTMLFormElement>("[data-card]");
  const position = $("[data-position]");
  const optionsBox = $("[data-options]");
  const verdict = $("[data-verdict]");
  const feedback = $("[data-feedback]");
  const grades = $("[data-grades]");
  const submitButton = $<HTMLButtonElement>("[data-submit]");
  const retake = $<HTMLButtonElement>("[data-retake]");
  const status = $("[data-status]");
  const emptyDue = $('[data-empty="due"]');
  const emptyNone = $('[data-empty="none"]');

  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    const select = field(name);
    const value = params.get(name) ?? "";
    if ([...select.options].some((o) => o.value === value)) select.value = value;
  }
  field("due").checked = params.get("due") === "1";

  let progress: Progress = loadProgress(reviewItem);
  let bank: BankEntry[] = [];
  let byId = new Map<string, BankEntry>();
  let selection: string[] = [];

  const keep = (next: Progress) => {
    progress = next;
    saveProgress(progress);
  };
  const query = () => {
    const q = new URLSearchParams();
    for (const name of FILTERS) if (field(name).value) q.set(name, field(name).value);
    if (field("due").checked) q.set("due", "1");
    return q.toString();
  };
  const round = () => progress.round;
  const current = () => {
    const r = round();
    return r ? byId.get(r.queue[r.index] ?? "") : undefined;
  };
  /** The question on screen, as far as it got: its options' order, the choice, the grade. */
  const attempt = (q: BankEntry) =>
    progress.practice?.id === q.id && progress.practice.shown?.length === q.options.length
      ? progress.practice
      : { id: q.id, chosen: [], submitted: false, shown: optionOrder(q.options.length, random()) };

  function describe() {
    const now = Date.now();
    const items = Object.fromEntries(
      selection.flatMap((id) => {
        const item = progress.items[questionItem(id)];
        return item ? [[id, item]] : [];
      }),
    );
    const counts = countSchedule(selection, items, now);
    const r = round();
    const session = r?.answered
      ? ` This session: ${r.right} of ${countOf(r.answered, "answer")} right${r.missed.length ? `, ${r.missed.length} missed` : ""}.`
      : "";
    status.textContent = `${countOf(selection.length, "question")} in this selection: ${counts.due} due for review, ${counts.fresh} not answered yet.${session}`;
    retake.hidden = !r?.missed.length;
    retake.textContent = r?.missed.length
      ? `Retake the ${countOf(r.missed.length, "question")} I missed`
      : "";
  }

  /** A new session over the selection, or the one under way when it was made for these filters. */
  function choose(fresh = false) {
    const skill = field("skill").value;
    const picked = bank.filter(
      (q) =>
        (!field("service").value || q.service === field("service").value) &&
        (!field("category").value || q.category === field("category").value) &&
        (!field("domain").value || q.domain === field("domain").value) &&
        (!skill || q.skills.includes(skill)),
    );
    selection = picked.map((q) => q.id);
    const filtersNow = query();
    const r = round();
    const ids = new Set(selection);
    if (
      !fresh &&
      r &&
      r.filters === filtersNow &&
      r.queue.every((id) => ids.has(id)) &&
      r.index < r.queue.length
    )
      return;
    const items = Object.fromEntries(
      selection.flatMap((id) => {
        const item = progress.items[questionItem(id)];
        return item ? [[id, item]] : [];
      }),
    );
    const now = Date.now();
    const order = (field("order").value || "mixed") as SessionOrder;
    let queue = sessionOrder(picked, items, now, order, random(), groupOrder[order] ?? []);
    if (field("due").checked) queue = queue.filter((id) => items[id] && items[id]!.due <= now);
    keep({ ...progress, round: { filters: filtersNow, queue, index: 0, missed: [], answered: 0, right: 0 } });
  }

  function show() {
    const q = current();
    card.hidden = !q;
    emptyDue.hidden = !!q || !field("due").checked;
    emptyNone.hidden = !!q || field("due").checked;
    describe();
    if (!q) return;
    const r = round()!;
    // A question's options keep the order they were first shown in, through answers and reloads.
    if (progress.practice?.id !== q.id || !progress.practice.shown)
      keep({ ...progress, practice: attempt(q) });
    const { chosen, submitted, shown, grade } = attempt(q);
    position.textContent = `Question ${r.index + 1} of ${r.queue.length}`;
    const fieldset = renderOptions(q, shown!, chosen, submitted);
    optionsBox.replaceChildren(fieldset);
    feedback.replaceChildren(...(submitted ? [renderFeedback(q, shown!, chosen, fieldset)] : []));
    const item = progress.items[questionItem(q.id)];
    verdict.textContent = submitted
      ? `${isAnswerCorrect(chosen, q.correct) ? "Right." : `Not right: the answer is ${lettersOf(q.correct, shown!)}.`}${item ? ` Graded ${GRADE_NAMES[grade ?? item.grade]}: it comes back ${describeDue(item.due, Date.now())}.` : ""}`
      : "";
    grades.hidden = !submitted;
    for (const button of grades.querySelectorAll<HTMLButtonElement>("[data-grade]")) {
      button.setAttribute("aria-pressed", String(Number(button.dataset.grade) === grade));
    }
    submitButton.hidden = submitted;
  }

  const chosenNow = () =>
    [...optionsBox.querySelectorAll<HTMLInputElement>("input:checked")].map((input) => Number(input.value));

  function submit() {
    const q = current();
    if (!q || attempt(q).submitted) return;
    const chosen = chosenNow();
    if (chosen.length !== q.answers) {
      verdict.textContent =
        q.answers === 1 ? "Choose an option first." : `Choose ${q.answers} options first.`;
      return;
    }
    const now = new Date();
    const id = questionItem(q.id);
    const right = isAnswerCorrect(chosen, q.correct);
    const grade = gradeAnswer(right);
    const before = progress.items[id];
    const r = round()!;
    const next: PracticeRound = {
      ...r,
      queue: right ? r.queue : bringBack(r.queue, r.index, q.id),
      missed: right || r.missed.includes(q.id) ? r.missed : [...r.missed, q.id],
      answered: r.answered + 1,
      right: r.right + (right ? 1 : 0),
    };
    keep({
      ...recordReview(progress, id, reviewItem(before, grade, now), now),
      practice: { id: q.id, chosen, submitted: true, shown: attempt(q).shown, grade, before },
      round: next,
    });
    show();
    grades.querySelector<HTMLButtonElement>(`[data-grade="${grade}"]`)?.focus();
  }

  /** The reader's own grade replaces the default one: the same review, graded again. */
  function regrade(grade: Grade) {
    const q = current();
    const done = progress.practice;
    if (!q || !done?.submitted || done.id !== q.id || done.grade === grade) return;
    const now = new Date();
    const item = reviewItem(done.before, grade, now);
    keep({
      ...progress,
      items: { ...progress.items, [questionItem(q.id)]: item },
      practice: { ...done, grade },
    });
    show();
    grades.querySelector<HTMLButtonElement>(`[data-grade="${grade}"]`)?.focus();
  }

  function next() {
    const r = round();
    if (!r) return;
    // The next attempt starts afresh, even at the same question (a queue of one, missed again).
    keep({ ...progress, practice: undefined });
    if (r.index + 1 >= r.queue.length) choose(true);
    else keep({ ...progress, round: { ...r, index: r.index + 1 } });
    show();
    optionsBox.querySelector("input")?.focus();
  }

  function retakeMissed() {
    const r = round();
    if (!r?.missed.length) return;
    const queue = [...r.missed];
    keep({
      ...progress,
      practice: undefined,
      round: { ...r, queue, index: 0, missed: [], answered: 0, right: 0 },
    });
    show();
    optionsBox.querySelector("input")?.focus();
  }

  optionsBox.addEventListener("change", () => {
    const q = current();
    if (q) keep({ ...progress, practice: { ...attempt(q), chosen: chosenNow(), submitted: false } });
  });
  card.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  $("[data-next]").addEventListener("click", next);
  retake.addEventListener("click", retakeMissed);
  for (const button of grades.querySelectorAll<HTMLButtonElement>("[data-grade]")) {
    button.addEventListener("click", () => regrade(Number(button.dataset.grade) as Grade));
  }
  filters.addEventListener("change", async () => {
    history.replaceState(null, "", `${location.pathname}${query() ? `?${query()}` : ""}`);
    await fill();
    choose(true);
    show();
  });
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || ownsKey(event.target, event.key) || card.hidden)
      return;
    const q = current();
    if (!q) return;
    const done = attempt(q).submitted;
    if (/^[1-5]$/.test(event.key) && !done) {
      const input = optionsBox.querySelectorAll<HTMLInputElement>("input")[Number(event.key) - 1];
      if (!input) return;
      input.checked = input.type === "radio" || !input.checked;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    } else if (/^[1-4]$/.test(event.key) && done) regrade(Number(event.key) as Grade);
    else if (event.key === "Enter") submit();
    else if (event.key === "n" || event.key === "N") next();
    else return;
    event.preventDefault();
  });

  /** Loads the files the filters need: one domain's, or every domain's. */
  async function fill() {
    const domain = field("domain").value;
    const urls = domain && banks[domain] ? [banks[domain]] : Object.values(banks);
    try {
      bank = await loadBank(urls);
      byId = new Map(bank.map((q) => [q.id, q]));
    } catch {
      status.textContent = "The questions could not be loaded. Check the connection and reload the page.";
      bank = [];
      byId = new Map();
    }
  }

  await fill();
  if (!bank.length) return;
  choose();
  show();
}
