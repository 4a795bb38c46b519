import { describe, expect, it } from "vitest";
import { isAnswerCorrect } from "@/lib/answers";
import { scoreExam } from "@/lib/examScore";

describe("isAnswerCorrect", () => {
  it.each<[number[] | undefined, number[], boolean]>([
    [[1], [1], true],
    [[0], [1], false],
    [undefined, [1], false],
    [[], [1], false],
    [[3, 1], [1, 3], true],
    [[1], [1, 3], false],
    [[1, 2, 3], [1, 3], false],
    [[1, 1], [1, 3], false],
  ])("chosen %j, correct %j → %s", (chosen, correct, expected) => {
    expect(isAnswerCorrect(chosen, correct)).toBe(expected);
  });
});

describe("scoreExam", () => {
  const questions = [
    { id: "q1", domain: "ingest", service: "sqs", correct: [0] },
    { id: "q2", domain: "ingest", service: "kinesis", correct: [2] },
    { id: "q3", domain: "store", service: "s3", correct: [1, 3] },
    { id: "q4", domain: "security", service: "kms", correct: [2] },
  ];

  it("scores, breaks down per domain and per service (the one a question is about, never a distractor), and lists what was missed", () => {
    const result = scoreExam(questions, { q1: [0], q2: [1], q3: [3, 1] });
    expect(result).toEqual({
      correct: 2,
      total: 4,
      percent: 50,
      domains: [
        { id: "ingest", correct: 1, total: 2 },
        { id: "store", correct: 1, total: 1 },
        { id: "security", correct: 0, total: 1 },
      ],
      services: [
        { id: "kinesis", correct: 0, total: 1 },
        { id: "kms", correct: 0, total: 1 },
        { id: "s3", correct: 1, total: 1 },
        { id: "sqs", correct: 1, total: 1 },
      ],
      wrong: ["q2", "q4"],
    });
  });

  it.each<[Record<string, number[]>, number, number]>([
    [{}, 0, 0],
    [{ q1: [0], q2: [2], q3: [1, 3], q4: [2] }, 4, 100],
    [{ q1: [0] }, 1, 25],
  ])("answers %j → %i right, %i%%", (answers, correct, percent) => {
    const result = scoreExam(questions, answers);
    expect([result.correct, result.percent]).toEqual([correct, percent]);
  });

  it("rounds the percentage down", () => {
    expect(scoreExam(questions.slice(0, 3), { q1: [0], q2: [2] }).percent).toBe(66);
  });

  it("scores an empty exam as 0 of 0", () => {
    expect(scoreExam([], {})).toMatchObject({ correct: 0, total: 0, percent: 0, wrong: [] });
  });
});
