import { historyRows } from "@/lib/examHistory";
import { countOf } from "@/lib/format";
import { calendarDays, dueByDay, heatLevel, measureMastery, type Mastery } from "@/lib/mastery";
import { cardItem, localDay, questionItem, serializeProgress, type Progress } from "@/lib/progress";
import { readProgress } from "@/lib/progressFile";
import { describeReadProblem } from "@/lib/progressMessages";
import { h } from "./dom";
import { keepMarks, loadProgress, resetProgress, saveProgress, waitingMarks } from "./progressStore";

interface Catalog {
  services: Record<string, string>;
  domains: Record<string, string>;
  /** Exam codes by exam id. */
  exams: Record<string, string>;
  /** [id, service id, domain id] */
  questions: [string, string, string][];
  /** [id, service id] */
  cards: [string, string][];
}

const SHADES = ["bg-bg", "bg-accent/25", "bg-accent/50", "bg-accent/75", "bg-accent"];

function row(cells: (string | Node)[], header = false): HTMLElement {
  return h(
    "tr",
    "border-b border-line",
    ...cells.map((cell, i) => {
      const el = h(
        header || i === 0 ? "th" : "td",
        `py-1.5 pr-2 ${header || i > 0 ? "" : "font-normal"}`,
        cell,
      );
      if (header) el.setAttribute("scope", "col");
      else if (i === 0) el.setAttribute("scope", "row");
      return el;
    }),
  );
}

/** Rows of mastery, weakest first, each with a bar that shows the share known. */
function masteryRows(list: Mastery[], name: (id: string) => string, first: string): HTMLElement[] {
  return [
    h("thead", "", row([first, "Known", "Reviewed", "Of", "Mastery"], true)),
    h(
      "tbody",
      "",
      ...list.map((m) => {
        const percent = Math.floor((m.known * 100) / m.total);
        const bar = h("span", "block h-2 rounded-full bg-accent");
        bar.style.width = `${percent}%`;
        const track = h("span", "mt-1 block h-2 w-16 rounded-full border border-line bg-bg", bar);
        track.setAttribute("aria-hidden", "true");
        return row([
          name(m.id),
          String(m.known),
          String(m.seen),
          String(m.total),
          h("span", "", `${percent}%`, track),
        ]);
      }),
    ),
  ];
}

/** The finished mock exams of each exam, newest first: score, change, and each domain's share right. */
function historyTables(progress: Progress, catalog: Catalog): HTMLElement[] {
  const exams = Object.keys(catalog.exams).filter((exam) => progress.history.some((r) => r.exam === exam));
  if (!exams.length) {
    return [
      h("p", "mt-3", "No mock exam finished yet in this browser. Results appear here when you finish one."),
    ];
  }
  const date = (time: number) =>
    new Date(time).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  const order = Object.keys(catalog.domains);
  const change = (n: number | undefined) =>
    n === undefined ? "First" : n > 0 ? `▲ up ${n} points` : n < 0 ? `▼ down ${-n} points` : "No change";
  return exams.map((exam) => {
    const rows = historyRows(progress.history, exam);
    // The trend, oldest to newest, as bars whose height is the score; the table says the same in words.
    const trend = h("div", "mt-3 flex h-16 items-end gap-1");
    trend.setAttribute("aria-hidden", "true");
    for (const r of [...rows].reverse().slice(-20)) {
      const bar = h("span", "w-3 rounded-t bg-accent");
      bar.style.height = `${Math.max(4, r.percent)}%`;
      bar.title = `${r.percent}%`;
      trend.append(bar);
    }
    const domainText = (r: (typeof rows)[number]) =>
      [...r.record.domains]
        .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
        .map((d) => `${catalog.domains[d.id] ?? d.id}: ${d.correct} of ${d.total}`)
        .join("; ");
    return h(
      "div",
      "mt-4",
      trend,
      h(
        "div",
        "overflow-x-auto",
        h(
          "table",
          "mt-3 w-full border-collapse text-left text-sm",
          h(
            "caption",
            "mb-2 text-left font-semibold",
            `${catalog.exams[exam]}: ${countOf(rows.length, "exam")}`,
          ),
          h("thead", "", row(["Finished", "Score", "Change", "By domain"], true)),
          h(
            "tbody",
            "",
            ...rows.map((r) =>
              row([
                date(r.record.finishedAt),
                `${r.record.correct} of ${r.record.total} (${r.percent}%)`,
                change(r.change),
                domainText(r),
              ]),
            ),
          ),
        ),
      ),
    );
  });
}

/** Wires the progress page: mastery, the calendar, what falls due, export, import and reset. */
export function initProgressPage(panel: HTMLElement | null): void {
  if (!panel) return;
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  const catalog: Catalog = JSON.parse(document.getElementById("progress-catalog")!.textContent!);
  const transfer = $("[data-transfer]");
  const fileInput = $<HTMLInputElement>("[data-import]");
  let progress: Progress = loadProgress();

  const say = (message: string, problem = false) => {
    transfer.textContent = message;
    transfer.classList.toggle("border-danger-line", problem);
    transfer.classList.toggle("bg-danger-bg", problem);
  };

  function render() {
    const now = Date.now();
    const items = progress.items;
    // A mock exam's answers count as reviewed; they are scheduled when practice or the self-test opens.
    const pending = progress.pending ?? [];
    const reviewed = new Set([...Object.keys(items), ...pending.map((p) => p.item)]).size;
    const total = catalog.questions.length + catalog.cards.length;
    const last7 = calendarDays(progress.days, now, 1).reduce((n, d) => n + d.count, 0);
    const waiting = Object.keys(waitingMarks()).length;
    $("[data-summary]").textContent =
      (reviewed
        ? `You have reviewed ${reviewed} of ${countOf(total, "question and card", "questions and cards")}.`
        : "Nothing reviewed yet in this browser: answer practice questions or grade flashcards, and your progress shows here.") +
      (waiting
        ? ` ${countOf(waiting, "self-test mark")} from the earlier self-test ${waiting === 1 ? "is" : "are"} kept, and become${waiting === 1 ? "s" : ""} a scheduled review when you next open the self-test or the practice questions.`
        : "") +
      (pending.length
        ? ` ${countOf(pending.length, "answer")} from your mock exams become${pending.length === 1 ? "s" : ""} scheduled reviews when you next open the practice questions or the self-test.`
        : "");

    const byService = measureMastery(
      [
        ...catalog.questions.map(([id, service]) => ({ item: questionItem(id), keys: [service] })),
        ...catalog.cards.map(([id, service]) => ({ item: cardItem(id), keys: [service] })),
      ],
      items,
    );
    $("[data-by-service]").replaceChildren(
      $("[data-by-service] caption"),
      ...masteryRows(byService, (id) => catalog.services[id] ?? id, "Service"),
    );
    const byDomain = measureMastery(
      catalog.questions.map(([id, , domain]) => ({ item: questionItem(id), keys: [domain] })),
      items,
    );
    $("[data-by-domain]").replaceChildren(
      $("[data-by-domain] caption"),
      ...masteryRows(byDomain, (id) => catalog.domains[id] ?? id, "Domain"),
    );

    $("[data-history]").replaceChildren(...historyTables(progress, catalog));

    const days = calendarDays(progress.days, now);
    const reviews = days.reduce((n, d) => n + d.count, 0);
    const calendar = h(
      "div",
      "grid w-max grid-flow-col grid-rows-7 gap-1",
      ...days.map((d) => {
        const square = h(
          "span",
          `block size-3.5 rounded-sm border border-line ${SHADES[heatLevel(d.count)]}`,
        );
        square.title = `${d.day}: ${countOf(d.count, "review")}`;
        return square;
      }),
    );
    calendar.setAttribute("role", "img");
    calendar.setAttribute(
      "aria-label",
      `Reviews per day over the last 12 weeks: ${countOf(reviews, "review")} on ${countOf(days.filter((d) => d.count).length, "day")}.`,
    );
    $("[data-calendar]").replaceChildren(calendar);
    $("[data-calendar-summary]").textContent =
      `${countOf(last7, "review")} this week (since Monday), ${countOf(reviews, "review")} in the last 12 weeks. Each square is a day, Monday at the top; darker means more reviews.`;

    const due = dueByDay(Object.values(items), now);
    const dayName = (day: string, i: number) =>
      i === 0
        ? "Today (and overdue)"
        : i === 1
          ? "Tomorrow"
          : new Date(`${day}T12:00`).toLocaleDateString("en", {
              weekday: "long",
              day: "numeric",
              month: "long",
            });
    $("[data-due]").replaceChildren(
      $("[data-due] caption"),
      h("thead", "", row(["Day", "Falling due"], true)),
      h("tbody", "", ...due.map((d, i) => row([dayName(d.day, i), String(d.count)]))),
    );
  }

  $("[data-export]").addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([serializeProgress(progress)], { type: "application/json" }));
    const a = h("a") as HTMLAnchorElement;
    a.href = url;
    a.download = `data-services-notes-progress-${localDay(Date.now())}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say(`Exported ${countOf(Object.keys(progress.items).length, "reviewed item")} to ${a.download}.`);
  });

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    const result = readProgress(await file.text());
    if (!result.ok) return say(`${file.name}: ${describeReadProblem(result)}`, true);
    if (result.version === 1) {
      // Marks become schedules where the scheduler runs (self-test, practice); until then they wait.
      const kept = keepMarks(result.marks);
      render();
      return say(
        kept
          ? `${file.name} holds ${countOf(Object.keys(result.marks).length, "self-test mark")}: they become scheduled reviews when you next open the self-test or the practice questions.`
          : `${file.name} holds self-test marks, but this browser does not let the site keep them. Nothing was changed.`,
        !kept,
      );
    }
    const count = Object.keys(result.progress.items).length;
    if (
      Object.keys(progress.items).length &&
      !confirm(
        `Replace the progress in this browser with the ${countOf(count, "reviewed item")} of ${file.name}?`,
      )
    )
      return;
    progress = result.progress;
    saveProgress(progress);
    render();
    say(`Imported ${countOf(count, "reviewed item")} from ${file.name}.`);
  });

  $("[data-reset]").addEventListener("click", () => {
    if (
      !confirm(
        "Forget all your progress in this browser: every review, the practice question on screen and any mock exam?",
      )
    )
      return;
    progress = resetProgress();
    render();
    say("All progress in this browser is forgotten.");
  });

  render();
  panel.dataset.ready = "";
}
