import { drawExam, seededRandom } from "@/lib/examDraw";
import { DEFAULT_PACE, getDomainWeights, getExamGuide, planExam } from "@/lib/examGuides";
import { finishExam } from "@/lib/examHistory";
import { scoreExam, type Breakdown } from "@/lib/examScore";
import { EXAM_DOMAINS } from "@/lib/exams";
import { countOf } from "@/lib/format";
import { optionOrder } from "@/lib/practiceSession";
import type { ExamSession, Progress } from "@/lib/progress";
import { h } from "./dom";
import { loadProgress, saveProgress } from "./progressStore";
import { lettersOf, loadBank, renderExplanations, renderOptions, type BankEntry } from "./questionBank";

/** "1:05:09" or "39:58". */
function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, "0");
  const [hours, minutes, seconds] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  return hours ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

const domainLabel = (id: string) => EXAM_DOMAINS.find((d) => d.id === id)?.label ?? id;
const examOf = (domain: string) => EXAM_DOMAINS.find((d) => d.id === domain)?.exam;
/** The order a question's options are shown in: as drawn for this exam, or as stored. */
const shownOf = (session: ExamSession, q: BankEntry) => session.shown?.[q.id] ?? q.options.map((_, i) => i);

/** A table of right answers per domain or service, with a caption and header cells. */
function breakdownTable(caption: string, first: string, rows: Breakdown[], name: (id: string) => string) {
  const cell = (tag: string, text: string, scope?: string, className = "py-1.5 pr-3") => {
    const el = h(tag, className, text);
    if (scope) el.setAttribute("scope", scope);
    return el;
  };
  const head = h(
    "tr",
    "border-b border-line",
    ...[first, "Right", "Questions", "Score"].map((t) => cell("th", t, "col")),
  );
  return h(
    "table",
    "mt-6 w-full border-collapse text-left text-sm",
    h("caption", "mb-2 text-left font-semibold", caption),
    h("thead", "", head),
    h(
      "tbody",
      "",
      ...rows.map((r) =>
        h(
          "tr",
          "border-b border-line",
          cell("th", name(r.id), "row", "py-1.5 pr-3 font-normal"),
          cell("td", String(r.correct)),
          cell("td", String(r.total)),
          cell("td", `${Math.floor((r.correct * 100) / r.total)}%`),
        ),
      ),
    ),
  );
}

/** Wires the mock exam: setup, the timed run that survives a reload, and the result. */
export async function initExam(root: HTMLElement | null): Promise<void> {
  if (!root) return;
  const panel = root;
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  // Questions in the bank per exam, as the page was built: the setup needs no more than that.
  const counts: Record<string, number> = JSON.parse(panel.dataset.counts ?? "{}");
  // The bank's files, one per domain, fetched only when an exam needs them: one to resume, or the
  // reader's first move in the setup.
  const banks: Record<string, string> = JSON.parse(panel.dataset.banks ?? "{}");
  let bank: BankEntry[] = [];
  let byId = new Map<string, BankEntry>();
  const loadQuestions = async () => {
    try {
      bank = await loadBank(Object.values(banks));
      byId = new Map(bank.map((q) => [q.id, q]));
    } catch {
      bank = [];
    }
    return bank.length > 0;
  };
  const names: Record<string, string> = JSON.parse(
    document.getElementById("service-names")?.textContent ?? "{}",
  );
  const setup = $<HTMLFormElement>("[data-setup]");
  const running = $("[data-running]");
  const result = $("[data-result]");
  const timer = $("[data-timer]");
  const warning = $("[data-time-warning]");
  const optionsBox = $("[data-options]");
  const flag = $<HTMLButtonElement>("[data-flag]");
  const grid = $("[data-grid]");
  const input = (name: string, value: string) =>
    setup.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  const checked = (name: string) =>
    setup.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

  let progress: Progress = loadProgress();
  let ticking: ReturnType<typeof setInterval> | undefined;

  const exam = () => progress.exam;
  const keep = (session: ExamSession | undefined) => {
    progress = { ...progress, exam: session };
    saveProgress(progress);
  };

  /** The setup's note on the exam chosen: how many questions the bank has, and the plan's time. */
  function describeLength() {
    const guide = getExamGuide(checked("exam") ?? "");
    if (!guide) return;
    const available = counts[guide.id] ?? 0;
    const length = checked("length") ?? "20";
    const plan = planExam(length === "all" ? "all" : Number(length), available, pace());
    input("length", "all").nextElementSibling!.textContent = `All ${available} questions of ${guide.code}`;
    $("[data-setup-note]").textContent =
      `${countOf(plan.questions, "question")} in ${countOf(plan.minutes, "minute")}.${plan.questions < Number(length) ? ` The bank has ${countOf(available, "question")} for ${guide.code} so far.` : ""}`;
  }

  const pace = () =>
    Number(setup.querySelector<HTMLSelectElement>('select[name="pace"]')?.value) || DEFAULT_PACE;

  async function start() {
    const guide = getExamGuide(checked("exam") ?? "");
    if (!guide) return;
    if (!(await loadQuestions())) {
      $("[data-setup-note]").textContent =
        "The questions could not be loaded. Check the connection and try again.";
      return;
    }
    const pool = bank.filter((q) => examOf(q.domain) === guide.id);
    const length = checked("length") ?? "20";
    const plan = planExam(length === "all" ? "all" : Number(length), pool.length, pace());
    const random = seededRandom(Math.floor(Math.random() * 2 ** 32));
    const ids = drawExam(pool, getDomainWeights(guide), plan.questions, random);
    if (!ids.length) return;
    const shown = Object.fromEntries(
      ids.map((id) => [id, optionOrder(byId.get(id)!.options.length, random)]),
    );
    const now = Date.now();
    keep({
      exam: guide.id,
      ids,
      answers: {},
      shown,
      flagged: [],
      index: 0,
      startedAt: now,
      endsAt: now + plan.minutes * 60_000,
    });
    show();
    $<HTMLElement>("[data-exam-title]").focus();
  }

  /** Finishes the exam: its result joins the history, and its answers count for spaced repetition. */
  function finish() {
    const session = exam();
    if (!session || session.finishedAt) return;
    const questions = session.ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    progress = finishExam(progress, session, questions, new Date());
    saveProgress(progress);
    show();
    $("[data-result-heading]").focus();
  }

  function tick() {
    const session = exam();
    if (!session || session.finishedAt) return;
    const left = session.endsAt - Date.now();
    if (left <= 0) return finish();
    timer.textContent = `Time left ${clock(left)}`;
    const minutes = Math.ceil(left / 60_000);
    if (minutes === 5 || minutes === 1) warning.textContent = `${countOf(minutes, "minute")} left.`;
  }

  function renderQuestion(session: ExamSession) {
    const q = byId.get(session.ids[session.index]!)!;
    $("[data-position]").textContent = `Question ${session.index + 1} of ${session.ids.length}`;
    optionsBox.replaceChildren(renderOptions(q, shownOf(session, q), session.answers[q.id] ?? [], false));
    const flagged = session.flagged.includes(q.id);
    flag.setAttribute("aria-pressed", String(flagged));
    flag.textContent = flagged ? "⚑ Flagged for review" : "Flag for review";
    $<HTMLButtonElement>('[data-step="-1"]').disabled = session.index === 0;
    $<HTMLButtonElement>('[data-step="1"]').disabled = session.index === session.ids.length - 1;
    const answered = session.ids.filter((id) => session.answers[id]?.length).length;
    $("[data-summary]").textContent =
      `${answered} of ${session.ids.length} answered, ${session.flagged.length} flagged for review.`;
    grid.replaceChildren(
      ...session.ids.map((id, i) => {
        const done = !!session.answers[id]?.length;
        const marked = session.flagged.includes(id);
        const button = h(
          "button",
          `min-w-9 rounded-md border px-2 py-1 text-sm ${i === session.index ? "border-accent font-bold" : "border-line"} ${done ? "bg-accent-soft" : "bg-bg"}`,
          `${i + 1}${marked ? " ⚑" : ""}`,
        ) as HTMLButtonElement;
        button.type = "button";
        button.setAttribute(
          "aria-label",
          `Question ${i + 1}, ${done ? "answered" : "not answered"}${marked ? ", flagged" : ""}`,
        );
        if (i === session.index) button.setAttribute("aria-current", "step");
        button.addEventListener("click", () => go(i));
        return h("li", "", button);
      }),
    );
  }

  function renderResult(session: ExamSession) {
    const guide = getExamGuide(session.exam);
    const questions = session.ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    const score = scoreExam(questions, session.answers);
    const used = (session.finishedAt ?? session.endsAt) - session.startedAt;
    const order = EXAM_DOMAINS.map((d) => d.id as string);
    const missed = score.wrong.map((id) => {
      const q = byId.get(id)!;
      const shown = shownOf(session, q);
      const chosen = session.answers[id] ?? [];
      const say = (list: readonly number[]) =>
        shown
          .filter((stored) => list.includes(stored))
          .map((stored) => `${lettersOf([stored], shown)}. ${q.options[stored]}`)
          .join("; ");
      return h(
        "li",
        "mt-4 rounded-lg border border-line bg-bg p-4",
        h("p", "text-sm text-muted", `Question ${session.ids.indexOf(id) + 1} · ${domainLabel(q.domain)}`),
        h("p", "mt-1 font-medium leading-relaxed", q.stem),
        h("p", "mt-2", h("strong", "", "Your answer: "), chosen.length ? say(chosen) : "not answered"),
        h("p", "mt-1", h("strong", "", "Correct answer: "), say(q.correct)),
        h("div", "mt-3", renderExplanations(q, shown)),
      );
    });
    $("[data-result-body]").replaceChildren(
      h("p", "mt-3 text-2xl font-bold", `You scored ${score.correct} of ${score.total} (${score.percent}%).`),
      h(
        "p",
        "mt-1 text-muted",
        `${guide ? `${guide.code}, ${countOf(session.ids.length, "question")}. ` : ""}Time used: ${clock(used)}${session.finishedAt! >= session.endsAt ? " (time ran out)" : ""}. Your answers join spaced repetition when you next practise, and the result is kept in `,
        h(
          "a",
          { href: panel.dataset.progress!, class: "text-accent underline underline-offset-2" },
          "your exam history",
        ),
        ".",
      ),
      breakdownTable(
        "By exam domain",
        "Domain",
        [...score.domains].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)),
        domainLabel,
      ),
      breakdownTable("By service, weakest first", "Service", score.services, (id) => names[id] ?? id),
      h(
        "h3",
        "mt-8 text-lg font-bold",
        score.wrong.length
          ? `The ${countOf(score.wrong.length, "question")} you missed`
          : "You missed no question.",
      ),
      h("ol", "", ...missed),
    );
  }

  function show() {
    const session = exam();
    setup.hidden = !!session;
    running.hidden = !session || !!session.finishedAt;
    result.hidden = !session?.finishedAt;
    clearInterval(ticking);
    if (!session) return describeLength();
    if (!session.finishedAt && Date.now() >= session.endsAt) return finish();
    if (session.finishedAt) return renderResult(session);
    const guide = getExamGuide(session.exam);
    $("[data-exam-title]").textContent = `${guide?.code ?? ""} mock exam`;
    renderQuestion(session);
    tick();
    ticking = setInterval(tick, 1000);
  }

  function go(index: number) {
    const session = exam();
    if (!session) return;
    keep({ ...session, index: Math.min(Math.max(index, 0), session.ids.length - 1) });
    renderQuestion(exam()!);
  }

  setup.addEventListener("change", describeLength);
  for (const intent of ["pointerdown", "focusin", "change"]) {
    setup.addEventListener(intent, () => void loadQuestions(), { once: true });
  }
  setup.addEventListener("submit", (event) => {
    event.preventDefault();
    void start();
  });
  optionsBox.addEventListener("change", () => {
    const session = exam();
    if (!session) return;
    const id = session.ids[session.index]!;
    const chosen = [...optionsBox.querySelectorAll<HTMLInputElement>("input:checked")].map((i) =>
      Number(i.value),
    );
    keep({ ...session, answers: { ...session.answers, [id]: chosen } });
    renderQuestion(exam()!);
    optionsBox.querySelector<HTMLInputElement>(`input[value="${chosen.at(-1) ?? 0}"]`)?.focus();
  });
  flag.addEventListener("click", () => {
    const session = exam();
    if (!session) return;
    const id = session.ids[session.index]!;
    const flagged = session.flagged.includes(id)
      ? session.flagged.filter((f) => f !== id)
      : [...session.flagged, id];
    keep({ ...session, flagged });
    renderQuestion(exam()!);
  });
  for (const step of panel.querySelectorAll<HTMLButtonElement>("[data-step]")) {
    step.addEventListener("click", () => go((exam()?.index ?? 0) + Number(step.dataset.step)));
  }
  $("[data-finish]").addEventListener("click", () => {
    const session = exam();
    if (!session) return;
    const open = session.ids.filter((id) => !session.answers[id]?.length).length;
    const flagged = session.flagged.length;
    const notes = [
      open && `${countOf(open, "question")} not answered`,
      flagged && `${flagged} flagged for review`,
    ].filter(Boolean);
    if (notes.length && !confirm(`Finish the exam? ${notes.join(" and ")}.`)) return;
    finish();
  });
  $("[data-again]").addEventListener("click", () => {
    keep(undefined);
    show();
    setup.querySelector<HTMLInputElement>("input:checked")?.focus();
  });

  // An exam under way or finished needs its questions; one whose questions the bank no longer has
  // (they were removed) is dropped, and so is one whose questions could not be fetched.
  const session = exam();
  if (session) {
    if (!(await loadQuestions())) {
      $("[data-setup-note]").textContent =
        "The questions of your exam could not be loaded. Check the connection and reload the page.";
      return;
    }
    if (!session.ids.every((id) => byId.has(id)) && !session.finishedAt) keep(undefined);
  }
  if (!checked("exam")) setup.querySelector<HTMLInputElement>('input[name="exam"]:not(:disabled)')?.click();
  show();
}
