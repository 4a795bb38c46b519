import { drawExam, seededRandom } from "@/lib/examDraw";
import { getDomainWeights, getExamGuide, planExam } from "@/lib/examGuides";
import { scoreExam, type Breakdown } from "@/lib/examScore";
import { EXAM_DOMAINS } from "@/lib/exams";
import { countOf } from "@/lib/format";
import type { ExamSession, Progress } from "@/lib/progress";
import { h } from "./dom";
import { loadProgress, saveProgress } from "./progressStore";
import { letter, readQuestionBank, renderOptions, type BankQuestion } from "./questionBank";

/** "1:05:09" or "39:58". */
function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, "0");
  const [hours, minutes, seconds] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  return hours ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

const domainLabel = (id: string) => EXAM_DOMAINS.find((d) => d.id === id)?.label ?? id;
const examOf = (q: BankQuestion) => EXAM_DOMAINS.find((d) => d.id === q.domain)?.exam;

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

/** The question bank: the practice page's question list, fetched (the offline worker keeps it). */
async function loadBank(url: string): Promise<BankQuestion[]> {
  try {
    const response = await fetch(url);
    if (!response.ok) return [];
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    return readQuestionBank(page.querySelector("[data-question-list]") ?? page);
  } catch {
    return [];
  }
}

/** Wires the mock exam: setup, the timed run that survives a reload, and the result. */
export async function initExam(panel: HTMLElement | null): Promise<void> {
  if (!panel) return;
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  // Questions in the bank per exam, as the page was built: the setup needs no more than that.
  const counts: Record<string, number> = JSON.parse(panel.dataset.counts ?? "{}");
  // The bank (the practice page, about ten times the size of this one) is fetched and parsed only when
  // an exam needs it: one to resume, or the reader's first move in the setup.
  let bank: BankQuestion[] = [];
  let byId = new Map<string, BankQuestion>();
  let loading: Promise<boolean> | undefined;
  const loadQuestions = () =>
    (loading ??= loadBank(panel.dataset.bank!).then((questions) => {
      bank = questions;
      byId = new Map(bank.map((q) => [q.id, q]));
      return bank.length > 0;
    }));
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

  /** The length labels and the full mode's availability follow the chosen exam. */
  function describeModes() {
    const guide = getExamGuide(checked("exam") ?? "")!;
    const short = planExam(guide, "short")!;
    const full = planExam(guide, "full");
    input("mode", "short").nextElementSibling!.textContent =
      `Short: ${short.questions} questions in ${short.minutes} minutes`;
    const fullInput = input("mode", "full");
    fullInput.disabled = !full;
    if (!full && fullInput.checked) input("mode", "short").checked = true;
    $("[data-full-label]").textContent = full
      ? `Full length: ${full.questions} questions in ${full.minutes} minutes, as the real exam`
      : "Full length: not offered, since the real exam’s number of questions and time were not found on an AWS page";
    const available = counts[guide.id] ?? 0;
    $("[data-setup-note]").textContent =
      available < short.questions
        ? `The question bank has ${countOf(available, "question")} for ${guide.code} so far, so an exam has at most ${available}.`
        : "";
  }

  async function start() {
    const guide = getExamGuide(checked("exam") ?? "");
    const mode = checked("mode") === "full" ? "full" : "short";
    const plan = guide && planExam(guide, mode);
    if (!guide || !plan) return;
    if (!(await loadQuestions())) {
      $("[data-setup-note]").textContent =
        "The questions could not be loaded. Check the connection and try again.";
      loading = undefined;
      return;
    }
    const seed = Math.floor(Math.random() * 2 ** 32);
    const pool = bank.filter((q) => examOf(q) === guide.id);
    const ids = drawExam(pool, getDomainWeights(guide), plan.questions, seededRandom(seed));
    if (!ids.length) return;
    const now = Date.now();
    keep({
      exam: guide.id,
      mode,
      ids,
      answers: {},
      flagged: [],
      index: 0,
      startedAt: now,
      endsAt: now + plan.minutes * 60_000,
    });
    show();
    $<HTMLElement>("[data-exam-title]").focus();
  }

  function finish() {
    const session = exam();
    if (!session || session.finishedAt) return;
    keep({ ...session, finishedAt: Math.min(Date.now(), session.endsAt) });
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
    optionsBox.replaceChildren(renderOptions(q, session.answers[q.id] ?? [], false));
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
    const minutes = Math.round(((session.finishedAt ?? session.endsAt) - session.startedAt) / 60_000);
    const order = EXAM_DOMAINS.map((d) => d.id as string);
    const missed = score.wrong.map((id) => {
      const q = byId.get(id)!;
      const chosen = session.answers[id] ?? [];
      const say = (list: readonly number[]) => list.map((i) => `${letter(i)}. ${q.options[i]}`).join("; ");
      return h(
        "li",
        "mt-4 rounded-lg border border-line bg-bg p-4",
        h("p", "text-sm text-muted", `Question ${session.ids.indexOf(id) + 1} · ${q.meta}`),
        h("p", "mt-1 font-medium leading-relaxed", q.stem),
        h("p", "mt-2", h("strong", "", "Your answer: "), chosen.length ? say(chosen) : "not answered"),
        h("p", "mt-1", h("strong", "", "Correct answer: "), say(q.correct)),
        h("div", "mt-3", q.explanations.cloneNode(true)),
      );
    });
    $("[data-result-body]").replaceChildren(
      h("p", "mt-3 text-2xl font-bold", `You scored ${score.correct} of ${score.total} (${score.percent}%).`),
      h(
        "p",
        "mt-1 text-muted",
        `${guide ? `${guide.code}, ${session.mode === "full" ? "full length" : "short mode"}. ` : ""}Time used: ${countOf(minutes, "minute")}${session.finishedAt! >= session.endsAt ? " (time ran out)" : ""}.`,
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
    if (!session) return describeModes();
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

  setup.addEventListener("change", describeModes);
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
