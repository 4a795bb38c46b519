import { describe, expect, it } from "vitest";
import { EXAM_DOMAINS } from "@/lib/exams";
import { EXAM_GUIDES, getDomainWeights, planExam, type ExamGuide } from "@/lib/examGuides";

describe("the exam guides", () => {
  it.each(EXAM_GUIDES.map((g) => [g.code, g] as const))(
    "%s: every figure names the AWS page it was read on",
    (_, guide) => {
      for (const figure of Object.values(guide.weights)) {
        expect(figure.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/aws-certification\//);
        expect(figure.value).toBeGreaterThan(0);
      }
      for (const id of Object.keys(guide.weights)) {
        expect(EXAM_DOMAINS.find((d) => d.id === id)?.exam).toBe(guide.id);
      }
    },
  );

  it.each(EXAM_GUIDES.map((g) => [g.code, g] as const))(
    "%s: the domains' shares add up to 100%%",
    (_, guide) => {
      const weights = getDomainWeights(guide);
      expect(weights.map((w) => w.id)).toEqual(
        EXAM_DOMAINS.filter((d) => d.exam === guide.id).map((d) => d.id),
      );
      expect(weights.reduce((n, w) => n + w.percent, 0)).toBeCloseTo(100);
    },
  );
});

describe("getDomainWeights", () => {
  const guide = (weights: ExamGuide["weights"]): ExamGuide => ({
    id: "dea",
    code: "T",
    name: "Test",
    weights,
  });
  const source = "https://docs.aws.amazon.com/aws-certification/x";

  it.each<[string, ExamGuide["weights"], number[]]>([
    [
      "all four sourced",
      {
        "dea-ingestion-transformation": { value: 34, source },
        "dea-store-management": { value: 26, source },
        "dea-operations-support": { value: 22, source },
        "dea-security-governance": { value: 18, source },
      },
      [34, 26, 22, 18],
    ],
    [
      "two missing share what is left evenly",
      {
        "dea-ingestion-transformation": { value: 36, source },
        "dea-security-governance": { value: 16, source },
      },
      [36, 24, 24, 16],
    ],
    ["none sourced: an even split", {}, [25, 25, 25, 25]],
  ])("%s", (_, weights, expected) => {
    const result = getDomainWeights(guide(weights));
    expect(result.map((w) => w.percent)).toEqual(expected);
    expect(result.filter((w) => w.source).length).toBe(Object.keys(weights).length);
  });
});

describe("planExam", () => {
  it.each<[string, number | "all", number, number, { questions: number; minutes: number }]>([
    ["20 questions at 2 minutes", 20, 300, 2, { questions: 20, minutes: 40 }],
    ["65 questions at 1.5 minutes, rounded up", 65, 300, 1.5, { questions: 65, minutes: 98 }],
    ["no more than the bank holds", 65, 12, 2, { questions: 12, minutes: 24 }],
    ["every question", "all", 300, 1, { questions: 300, minutes: 300 }],
  ])("%s", (_, length, available, pace, expected) => {
    expect(planExam(length, available, pace)).toEqual(expected);
  });
});
