import {
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  emptyProgress,
  isIndexList,
  isNumber,
  isRecord,
  readLegacyMarks,
  type LegacyMarks,
  type Progress,
} from "./progress";

/**
 * Reading a progress file to import: JSON, format, version and every field are checked before
 * anything is changed, and what is wrong is said (src/lib/progressMessages.ts). Only the progress page
 * imports, so only it carries these checks.
 */

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
  const isPending = (p: unknown) =>
    isRecord(p) &&
    typeof p.item === "string" &&
    /^[qc]:./.test(p.item) &&
    [1, 2, 3, 4].includes(p.grade as number) &&
    isNumber(p.at);
  if (v.pending !== undefined && (!Array.isArray(v.pending) || !v.pending.every(isPending)))
    return '"pending" is not a list of answers waiting to be scheduled';
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
    const { practice, round, exam, items, days, history, pending } = value as unknown as Progress;
    return {
      ok: true,
      version: 2,
      progress: { ...emptyProgress(), items, days, practice, round, exam, history: history ?? [], pending },
    };
  }
  const marks = readLegacyMarks(value);
  const count = Object.keys(marks).length;
  return isRecord(value) && count > 0 && count === Object.keys(value).length
    ? { ok: true, version: 1, marks }
    : { ok: false, problem: "not-progress" };
}
