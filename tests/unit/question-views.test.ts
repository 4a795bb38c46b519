import { describe, expect, it } from "vitest";
import {
  countQuestionsFor,
  groupQuestionsByService,
  practicePathFor,
  practiceSessionPathFor,
  practiceSkillPath,
  type QuestionView,
} from "@/lib/questionViews";
import type { ServiceEntry } from "@/lib/services";

const service = (id: string, title: string, category: "messaging" | "storage"): ServiceEntry => ({
  id,
  data: { title, shortName: title, category, related: [] },
});
const SERVICES = [
  service("sqs", "Amazon SQS", "messaging"),
  service("sns", "Amazon SNS", "messaging"),
  service("s3", "Amazon S3", "storage"),
  service("glue", "AWS Glue", "storage"),
];
const question = (id: string, service: string): QuestionView => ({
  id,
  stem: "A team must ...",
  answers: 1,
  options: [],
  service,
  domain: "dea-ingestion-transformation",
  difficulty: "easy",
  skills: [],
});
const QUESTIONS = [question("q1", "sqs"), question("q2", "s3"), question("q3", "sqs"), question("q4", "s3")];

describe("groupQuestionsByService", () => {
  it("files each question under its one service, in reading order, leaving out services without any", () => {
    const groups = groupQuestionsByService(QUESTIONS, SERVICES).map((g) => [
      g.service.id,
      g.questions.map((q) => q.id),
    ]);
    expect(groups).toEqual([
      ["s3", ["q2", "q4"]],
      ["sqs", ["q1", "q3"]],
    ]);
  });
});

describe("countQuestionsFor", () => {
  it.each<[string, number]>([
    ["sqs", 2],
    ["sns", 0],
    ["s3", 2],
    ["glue", 0],
  ])("%s has %i questions about it", (id, count) => {
    expect(countQuestionsFor(QUESTIONS, id)).toBe(count);
  });
});

describe("practice paths", () => {
  it.each<[string, string]>([
    [practicePathFor("sqs"), "/practice/sqs/"],
    [practiceSessionPathFor("sqs"), "/practice/?service=sqs"],
    [practiceSkillPath("1.1.k1"), "/practice/?skill=1.1.k1"],
  ])("%s", (path, expected) => {
    expect(path).toBe(expected);
  });
});
