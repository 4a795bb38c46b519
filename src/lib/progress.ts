import type { Grade, ScheduledItem } from "./srs";

/**
 * The reader's progress, kept in their browser only: one versioned JSON document shared by practice,
 * the mock exam, the flashcards and the progress page, and the same document that export writes and
 * import reads. Every file is checked (JSON, shape, version) before anything is changed.
 */

/** Where the progress lives in localStorage. */
export const PROGRESS_KEY = "dsn-progress";

/** Where the first self-test kept its marks (version 1): read once, migrated, then removed. */
export const LEGACY_FLASHCARDS_KEY = "dsn-flashcards-v1";

/** The version this site writes and the newest it reads. Version 1 was the self-test's marks. */
export const PROGRESS_VERSION = 2;

/** Names the file, so an unrelated JSON file is told apart from progress. */
export const PROGRESS_FORMAT = "data-services-notes-progress";

/** Items are practice questions ("q:" and the question's file id) and flashcards ("c:" and the card id). */
export const questionItem = (id: string) => `q:${id}`;
export const cardItem = (id: string) => `c:${id}`;

/** The practice question on screen, so a reload comes back to it. */
export interface PracticeSession {
  /** The question's id. */
  id: string;
  /** The options the reader picked, as stored indexes. */
  chosen: number[];
  /** Whether the answer was submitted (and the explanations shown). */
  submitted: boolean;
  /** The order the options are shown in, as stored indexes (a new order for each attempt). */
  shown?: number[];
  /** Once submitted, the grade given to the answer: the default for a right or wrong one, or the reader's. */
  grade?: Grade;
  /** The question's schedule before this answer, so that a new grade replaces the review instead of adding one. */
  before?: ScheduledItem;
}

/** The practice session under way: its questions in order, and how it went so far. */
export interface PracticeRound {
  /** The filters it was made for, as the query string says them. */
  filters: string;
  /** Question ids in order; a missed one appears again later. */
  queue: string[];
  /** The place in the queue. */
  index: number;
  /** Ids answered wrong in this session (each once), for "retake what I missed". */
  missed: string[];
  /** Answers given and answers right in this session. */
  answered: number;
  right: number;
}

/** A finished mock exam, kept for the history on the progress page. */
export interface ExamRecord {
  /** The exam id ("dea", "mla"). */
  exam: string;
  startedAt: number;
  finishedAt: number;
  correct: number;
  total: number;
  /** Right answers per exam domain. */
  domains: { id: string; correct: number; total: number }[];
}

/** A mock exam under way or just finished. */
export interface ExamSession {
  /** The exam id ("dea", "mla"). */
  exam: string;
  /** The questions drawn, in order. */
  ids: string[];
  /** Chosen option indexes (as stored) by question id. */
  answers: Record<string, number[]>;
  /** The order each question's options are shown in, as stored indexes, by question id. */
  shown?: Record<string, number[]>;
  /** Question ids flagged for review. */
  flagged: string[];
  /** The question on screen. */
  index: number;
  startedAt: number;
  /** When time runs out. */
  endsAt: number;
  /** When it was finished (by the reader or the clock); unset while it runs. */
  finishedAt?: number;
}

/** The whole document. */
export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  /** Each reviewed item's FSRS schedule, by item id. */
  items: Record<string, ScheduledItem>;
  /** Reviews per local day ("2026-12-01": 12), for the calendar. */
  days: Record<string, number>;
  practice?: PracticeSession;
  round?: PracticeRound;
  exam?: ExamSession;
  /** Finished mock exams, oldest first. */
  history: ExamRecord[];
}

/** The self-test's version 1 marks, by card id. */
export type LegacyMarks = Record<string, "known" | "unknown">;

/** An item counts as known when its last review was Good or Easy (a right answer, for a question). */
export const isKnown = (item: ScheduledItem | undefined) => !!item && item.grade >= 3;

/** Progress with nothing in it. */
export const emptyProgress = (): Progress => ({
  format: PROGRESS_FORMAT,
  version: PROGRESS_VERSION,
  items: {},
  days: {},
  history: [],
});

/** The reader's local day of a moment, as YYYY-MM-DD. */
export function localDay(time: number | Date): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Progress after one review: the item's new schedule, and one more review on today's count. */
export function recordReview(progress: Progress, id: string, item: ScheduledItem, now: Date): Progress {
  const day = localDay(now);
  return {
    ...progress,
    items: { ...progress.items, [id]: item },
    days: { ...progress.days, [day]: (progress.days[day] ?? 0) + 1 },
  };
}

/**
 * Version 1 marks kept: "known" becomes a Good review and "not yet" an Again review, dated `now`
 * (`review` is the scheduler, so this stays testable without it). Items already scheduled keep their
 * schedule.
 */
export function migrateLegacyMarks(
  progress: Progress,
  marks: LegacyMarks,
  now: Date,
  review: (grade: Grade, now: Date) => ScheduledItem,
): Progress {
  return Object.entries(marks).reduce(
    (p, [id, mark]) =>
      p.items[cardItem(id)] ? p : recordReview(p, cardItem(id), review(mark === "known" ? 3 : 1, now), now),
    progress,
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isIndexList = (v: unknown) =>
  Array.isArray(v) && v.every((i) => Number.isInteger(i) && i >= 0 && i < 5);

/** The marks in a version 1 value, or none when it is not one (anything else is dropped, as the self-test did). */
export function readLegacyMarks(value: unknown): LegacyMarks {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, mark]) => mark === "known" || mark === "unknown"),
  ) as LegacyMarks;
}

/** Version 1 marks as the self-test stored them (a JSON string, or nothing). */
export function parseLegacyMarks(raw: string | null): LegacyMarks {
  try {
    return readLegacyMarks(JSON.parse(raw ?? "{}"));
  } catch {
    return {};
  }
}

/** Why an item's schedule is not one, or undefined when it is. */
function checkItem(v: unknown): string | undefined {
  if (!isRecord(v)) return "is not an object";
  for (const key of ["due", "stability", "difficulty", "scheduled_days", "learning_steps"]) {
    if (!isNumber(v[key])) return `has no number "${key}"`;
  }
  for (const key of ["reps", "lapses"]) if (!Number.isInteger(v[key])) return `has no whole number "${key}"`;
  if (![0, 1, 2, 3].includes(v.state as number)) return `has an unknown state`;
  if (![1, 2, 3, 4].includes(v.grade as number)) return `has an unknown grade`;
  if (v.last_review !== undefined && !isNumber(v.last_review))
    return `has a "last_review" that is not a time`;
  return undefined;
}

function checkPractice(v: unknown): string | undefined {
  const ok =
    isRecord(v) &&
    typeof v.id === "string" &&
    isIndexList(v.chosen) &&
    typeof v.submitted === "boolean" &&
    (v.shown === undefined || isIndexList(v.shown)) &&
    (v.grade === undefined || [1, 2, 3, 4].includes(v.grade as number)) &&
    (v.before === undefined || checkItem(v.before) === undefined);
  return ok ? undefined : '"practice" is not a practice question in progress';
}

const isIdList = (v: unknown) => Array.isArray(v) && v.every((id) => typeof id === "string");
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

function checkRound(v: unknown): string | undefined {
  const ok =
    isRecord(v) &&
    typeof v.filters === "string" &&
    isIdList(v.queue) &&
    isCount(v.index) &&
    isIdList(v.missed) &&
    isCount(v.answered) &&
    isCount(v.right);
  return ok ? undefined : '"round" is not a practice session';
}

function checkRecord(v: unknown): boolean {
  return (
    isRecord(v) &&
    typeof v.exam === "string" &&
    isNumber(v.startedAt) &&
    isNumber(v.finishedAt) &&
    isCount(v.correct) &&
    isCount(v.total) &&
    (v.correct as number) <= (v.total as number) &&
    Array.isArray(v.domains) &&
    v.domains.every((d) => isRecord(d) && typeof d.id === "string" && isCount(d.correct) && isCount(d.total))
  );
}

function checkExam(v: unknown): string | undefined {
  const ok =
    isRecord(v) &&
    typeof v.exam === "string" &&
    Array.isArray(v.ids) &&
    v.ids.every((id) => typeof id === "string") &&
    isRecord(v.answers) &&
    Object.values(v.answers).every(isIndexList) &&
    (v.shown === undefined || (isRecord(v.shown) && Object.values(v.shown).every(isIndexList))) &&
    Array.isArray(v.flagged) &&
    v.flagged.every((id) => typeof id === "string") &&
    Number.isInteger(v.index) &&
    isNumber(v.startedAt) &&
    isNumber(v.endsAt) &&
    (v.finishedAt === undefined || isNumber(v.finishedAt));
  return ok ? undefined : '"exam" is not a mock exam';
}

/** Why a version 2 document is not well formed, or undefined when it is. */
export function checkProgressShape(v: Record<string, unknown>): string | undefined {
  if (!isRecord(v.items)) return 'it has no "items"';
  for (const [id, item] of Object.entries(v.items)) {
    if (!/^[qc]:./.test(id)) return `item "${id}" is neither a question (q:) nor a flashcard (c:)`;
    const problem = checkItem(item);
    if (problem) return `item "${id}" ${problem}`;
  }
  if (!isRecord(v.days)) return 'it has no "days"';
  for (const [day, count] of Object.entries(v.days)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !Number.isInteger(count) || (count as number) < 0)
      return `day "${day}" is not a date with a count of reviews`;
  }
  if (v.history !== undefined && (!Array.isArray(v.history) || !v.history.every(checkRecord)))
    return '"history" is not a list of finished mock exams';
  return (
    (v.practice === undefined ? undefined : checkPractice(v.practice)) ??
    (v.round === undefined ? undefined : checkRound(v.round)) ??
    (v.exam === undefined ? undefined : checkExam(v.exam))
  );
}

/** Why a file cannot be used: not JSON, JSON that is not progress, no valid version, a newer version, damaged. */
export type ReadProblem =
  | { ok: false; problem: "not-json" | "not-progress" | "no-version" }
  | { ok: false; problem: "future"; version: number }
  | { ok: false; problem: "damaged"; detail: string };

/** What reading a file gave: progress to use, the marks of version 1, or why it cannot be used. */
export type ReadResult =
  { ok: true; version: 2; progress: Progress } | { ok: true; version: 1; marks: LegacyMarks } | ReadProblem;

/**
 * Reads a progress file (or the stored document): version 2 as it is, version 1 as its marks (for
 * `migrateLegacyMarks`, which needs the scheduler), and what is wrong with anything else
 * (src/lib/progressMessages.ts says it in words). Never throws.
 */
export function readProgress(text: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: "not-json" };
  }
  if (isRecord(value) && value.format === PROGRESS_FORMAT) {
    const version = value.version;
    if (!Number.isInteger(version) || (version as number) < 2) return { ok: false, problem: "no-version" };
    if ((version as number) > PROGRESS_VERSION)
      return { ok: false, problem: "future", version: version as number };
    const detail = checkProgressShape(value);
    if (detail) return { ok: false, problem: "damaged", detail };
    const { practice, round, exam, items, days, history } = value as unknown as Progress;
    return {
      ok: true,
      version: 2,
      progress: { ...emptyProgress(), items, days, practice, round, exam, history: history ?? [] },
    };
  }
  const marks = readLegacyMarks(value);
  const count = Object.keys(marks).length;
  return isRecord(value) && count > 0 && count === Object.keys(value).length
    ? { ok: true, version: 1, marks }
    : { ok: false, problem: "not-progress" };
}

/** The file export writes: the whole document, readable by `readProgress`. */
export const serializeProgress = (progress: Progress) => JSON.stringify(progress);
