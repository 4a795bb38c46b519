import { describe, expect, it } from "vitest";
import {
  countQuestionsFor,
  groupQuestionsByService,
  practicePathFor,
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
const question = (id: string, services: string[]): QuestionView => ({
  id,
  stem: "A team must ...",
  answers: 1,
  options: [],
  services,
  domain: "dea-ingestion-transformation",
  difficulty: "easy",
  skills: [],
});
const QUESTIONS = [
  question("q1", ["sqs", "sns"]),
  question("q2", ["s3"]),
  question("q3", ["sqs"]),
  question("q4", ["s3", "sqs"]),
];

describe("groupQuestionsByService", () => {
  it("files each question under its first service, links it from the others, in reading order", () => {
    const groups = groupQuestionsByService(QUESTIONS, SERVICES).map((g) => [
      g.service.id,
      g.questions.map((q) => q.id),
      g.alsoIn.map((q) => q.id),
    ]);
    expect(groups).toEqual([
      ["s3", ["q2", "q4"], []],
      ["sns", [], ["q1"]],
      ["sqs", ["q1", "q3"], ["q4"]],
    ]);
  });
});

describe("countQuestionsFor", () => {
  it.each<[string, number]>([
    ["sqs", 3],
    ["sns", 1],
    ["s3", 2],
    ["glue", 0],
  ])("%s is tested by %i questions", (id, count) => {
    expect(countQuestionsFor(QUESTIONS, id)).toBe(count);
  });
});

describe("practicePathFor", () => {
  it("filters with JavaScript and scrolls to the service's questions without", () => {
    expect(practicePathFor("sqs")).toBe("/practice/?service=sqs#service-sqs");
  });
});
