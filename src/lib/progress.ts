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
  /**
   * Answers graded but not yet scheduled: a mock exam's, since the exam page does not load the
   * scheduler. A page that has it (practice, the self-test) turns them into reviews (`applyPending`).
   */
  pending?: PendingReview[];
}

/** An answer waiting for the scheduler: the item, its grade, and when it was given. */
export interface PendingReview {
  item: string;
  grade: Grade;
  at: number;
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

/** Progress with its pending answers scheduled, in the order they were given (`review` is the scheduler). */
export function applyPending(
  progress: Progress,
  review: (item: ScheduledItem | undefined, grade: Grade, now: Date) => ScheduledItem,
): Progress {
  if (!progress.pending?.length) return progress;
  const items = { ...progress.items };
  for (const { item, grade, at } of progress.pending) items[item] = review(items[item], grade, new Date(at));
  return { ...progress, items, pending: undefined };
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

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
export const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
export const isIndexList = (v: unknown) =>
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

/**
 * The document this site stored itself, or undefined when it is not one: its format, its version and
 * its two maps are checked, not every field, because only this site writes it (a file to import is
 * checked in full, src/lib/progressFile.ts). Kept light: every study page reads it at load.
 */
export function readStoredProgress(raw: string): Progress | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (
      !isRecord(value) ||
      value.format !== PROGRESS_FORMAT ||
      value.version !== PROGRESS_VERSION ||
      !isRecord(value.items) ||
      !isRecord(value.days)
    )
      return undefined;
    const stored = value as unknown as Progress;
    return { ...emptyProgress(), ...stored, history: Array.isArray(stored.history) ? stored.history : [] };
  } catch {
    return undefined;
  }
}

/** The file export writes: the whole document, readable by `readProgress`. */
export const serializeProgress = (progress: Progress) => JSON.stringify(progress);
