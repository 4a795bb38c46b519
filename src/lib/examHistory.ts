import { isAnswerCorrect } from "./answers";
import { scoreExam, type ScorableQuestion } from "./examScore";
import { localDay, questionItem, type ExamRecord, type ExamSession, type Progress } from "./progress";
import type { Grade } from "./srs";

/**
 * A mock exam, once finished, is kept: its score by domain joins the history (the progress page shows
 * it with a trend), and every answer counts as a review for spaced repetition, right as Good and wrong
 * or unanswered as Again. The exam page does not load the scheduler (it would pass the study pages'
 * budget of JavaScript): the answers wait in `pending` until a page that has it schedules them.
 */

/** Progress with `session` finished at `now`: its record in the history, its answers waiting to be scheduled. */
export function finishExam(
  progress: Progress,
  session: ExamSession,
  questions: readonly ScorableQuestion[],
  now: Date,
): Progress {
  if (session.finishedAt) return progress;
  const finishedAt = Math.min(now.getTime(), session.endsAt);
  const score = scoreExam(questions, session.answers);
  const record: ExamRecord = {
    exam: session.exam,
    startedAt: session.startedAt,
    finishedAt,
    correct: score.correct,
    total: score.total,
    domains: score.domains,
  };
  const answers = questions.map((q) => ({
    item: questionItem(q.id),
    grade: (isAnswerCorrect(session.answers[q.id], q.correct) ? 3 : 1) as Grade,
    at: finishedAt,
  }));
  const day = localDay(finishedAt);
  return {
    ...progress,
    days: { ...progress.days, [day]: (progress.days[day] ?? 0) + answers.length },
    pending: [...(progress.pending ?? []), ...answers],
    exam: { ...session, finishedAt },
    history: [...progress.history, record],
  };
}

/** One exam of the history as the progress page lists it. */
export interface HistoryRow {
  record: ExamRecord;
  /** Whole percent, rounded down. */
  percent: number;
  /** Points up or down from the previous exam of the same kind; undefined for the first. */
  change?: number;
}

/** The history of one exam, newest first, each with its change from the exam before it. */
export function historyRows(history: readonly ExamRecord[], exam: string): HistoryRow[] {
  const percent = (r: ExamRecord) => (r.total ? Math.floor((r.correct * 100) / r.total) : 0);
  const rows = history
    .filter((r) => r.exam === exam)
    .sort((a, b) => a.finishedAt - b.finishedAt)
    .map((record, i, all) => ({
      record,
      percent: percent(record),
      change: i ? percent(record) - percent(all[i - 1]!) : undefined,
    }));
  return rows.reverse();
}
