import { describe, expect, it } from "vitest";
import { finishExam, historyRows } from "@/lib/examHistory";
import {
  applyPending,
  emptyProgress,
  serializeProgress,
  type ExamRecord,
  type ExamSession,
} from "@/lib/progress";
import { readProgress } from "@/lib/progressFile";
import { reviewItem } from "@/lib/srs";

const NOW = new Date(Date.UTC(2026, 11, 7, 12));
const QUESTIONS = [
  { id: "q1", domain: "ingest", service: "sqs", correct: [0] },
  { id: "q2", domain: "store", service: "s3", correct: [1, 2] },
  { id: "q3", domain: "store", service: "s3", correct: [3] },
];
const session: ExamSession = {
  exam: "dea",
  ids: ["q1", "q2", "q3"],
  answers: { q1: [0], q2: [2, 1] },
  flagged: [],
  index: 2,
  startedAt: NOW.getTime() - 600_000,
  endsAt: NOW.getTime() + 600_000,
};

describe("finishExam", () => {
  const done = finishExam(emptyProgress(), session, QUESTIONS, NOW);

  it("keeps the result in the history, by domain", () => {
    expect(done.history).toEqual([
      {
        exam: "dea",
        startedAt: session.startedAt,
        finishedAt: NOW.getTime(),
        correct: 2,
        total: 3,
        domains: [
          { id: "ingest", correct: 1, total: 1 },
          { id: "store", correct: 1, total: 2 },
        ],
      },
    ]);
    expect(done.exam?.finishedAt).toBe(NOW.getTime());
  });

  it("keeps each answer for the scheduler: right is Good, wrong or unanswered is Again", () => {
    expect(done.pending).toEqual([
      { item: "q:q1", grade: 3, at: NOW.getTime() },
      { item: "q:q2", grade: 3, at: NOW.getTime() },
      { item: "q:q3", grade: 1, at: NOW.getTime() },
    ]);
    expect(done.items).toEqual({});
  });

  it.each<[string, number]>([
    ["q:q1", 3],
    ["q:q2", 3],
    ["q:q3", 1],
  ])("a page with the scheduler reviews %s with grade %i, once", (id, grade) => {
    const scheduled = applyPending(done, reviewItem);
    expect(scheduled.items[id]?.grade).toBe(grade);
    expect(scheduled.items[id]?.last_review).toBe(NOW.getTime());
    expect(scheduled.pending).toBeUndefined();
    expect(applyPending(scheduled, reviewItem)).toBe(scheduled);
  });

  it("counts three reviews today and does nothing to an exam already finished", () => {
    expect(Object.values(done.days)).toEqual([3]);
    expect(finishExam(done, done.exam!, QUESTIONS, NOW)).toBe(done);
  });

  it("stops the clock at the end of the time allowed", () => {
    const late = finishExam(emptyProgress(), session, QUESTIONS, new Date(session.endsAt + 60_000));
    expect(late.history[0]!.finishedAt).toBe(session.endsAt);
  });

  it("survives export and import", () => {
    const read = readProgress(serializeProgress(done));
    expect(read.ok && read.version === 2 && read.progress.history).toEqual(done.history);
    expect(read.ok && read.version === 2 && read.progress.pending).toEqual(done.pending);
  });
});

describe("historyRows", () => {
  const record = (exam: string, finishedAt: number, correct: number): ExamRecord => ({
    exam,
    startedAt: finishedAt - 1000,
    finishedAt,
    correct,
    total: 20,
    domains: [],
  });

  it("lists one exam's results newest first, each with its change from the one before", () => {
    const rows = historyRows(
      [record("dea", 3, 15), record("dea", 1, 10), record("mla", 2, 5), record("dea", 2, 9)],
      "dea",
    );
    expect(rows.map((r) => [r.record.finishedAt, r.percent, r.change])).toEqual([
      [3, 75, 30],
      [2, 45, -5],
      [1, 50, undefined],
    ]);
  });
});
