import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { checkQuestionLinks } from "@/lib/questionChecks";
import { makeQuestionSchema } from "@/lib/schemas";

const schema = makeQuestionSchema(z.string());
const option = (text: string, correct = false) => ({
  text,
  correct,
  why: `Why ${text} is ${correct ? "right" : "wrong"} here, in a sentence.`,
  link: "/services/sqs/#key-facts",
});
const valid = {
  stem: "A team must queue work between two services with the least operational overhead. What should it use?",
  options: [option("Amazon SQS", true), option("Amazon SNS"), option("Amazon Kinesis"), option("AWS Glue")],
  service: "sqs",
  domain: "dea-ingestion-transformation",
  difficulty: "easy",
  skills: ["1.1.k1"],
};

/** The first issue's path and message, or "ok". */
function verdict(data: unknown): string {
  const result = schema.safeParse(data);
  if (result.success) return "ok";
  const issue = result.error.issues[0]!;
  return `${issue.path.join(".")}: ${issue.message}`;
}

describe("question schema", () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ["a complete single-answer question", {}, /^ok$/],
    [
      "a 'choose two' question with two correct options",
      { answers: 2, options: [...valid.options.slice(0, 3), option("AWS Lambda", true)] },
      /^ok$/,
    ],
    ["five options", { options: [...valid.options, option("Amazon MQ")] }, /^ok$/],
    [
      "a link to a section whose id keeps an underscore (a heading naming ROW_NUMBER)",
      {
        options: [
          { ...valid.options[0], link: "/concepts/sql/#deduplication-with-row_number" },
          ...valid.options.slice(1),
        ],
      },
      /^ok$/,
    ],
    [
      "no correct option",
      { options: valid.options.map((o) => ({ ...o, correct: false })) },
      /^options: 0 options are marked correct, but the question asks for 1/,
    ],
    [
      "two correct options for a single answer",
      { options: [...valid.options.slice(0, 3), option("AWS Lambda", true)] },
      /^options: 2 options are marked correct/,
    ],
    ["three options", { options: valid.options.slice(0, 3) }, /^options: /],
    ["six options", { options: [...valid.options, option("E"), option("F")] }, /^options: /],
    [
      "an option with no explanation",
      { options: [{ ...valid.options[0], why: undefined }, ...valid.options.slice(1)] },
      /^options\.0\.why: /,
    ],
    [
      "an option with no link",
      { options: [{ ...valid.options[0], link: undefined }, ...valid.options.slice(1)] },
      /^options\.0\.link: /,
    ],
    [
      "a link with no section",
      { options: [{ ...valid.options[0], link: "/services/sqs/" }, ...valid.options.slice(1)] },
      /^options\.0\.link: must be a site path with a section/,
    ],
    [
      "two options with the same text",
      { options: [...valid.options.slice(0, 3), option("Amazon SNS")] },
      /^options: two options have the same text/,
    ],
    ["an unknown domain", { domain: "dea-cooking" }, /^domain: /],
    ["an unknown difficulty", { difficulty: "trivial" }, /^difficulty: /],
    ["no service", { service: undefined }, /^service: /],
    ["a list of services", { services: ["sqs", "sns"] }, /^: Unrecognized key/],
    ["a short stem", { stem: "Which queue?" }, /^stem: /],
    ["a DEA-C01 question naming no exam item", { skills: [] }, /^skills: name the exam-guide items it tests/],
    [
      "an ML question without items (its guide is not data yet)",
      { skills: [], domain: "mla-data-preparation" },
      /^ok$/,
    ],
    ["an item id of the wrong shape", { skills: ["1.1"] }, /^skills\.0: /],
    ["an unknown key", { answer: "A" }, /^: Unrecognized key/],
  ])("%s", (_, change, expected) => {
    expect(verdict({ ...valid, ...change })).toMatch(expected);
  });
});

describe("checkQuestionLinks", () => {
  const anchors = new Map([["/services/sqs/", new Set(["key-facts", "common-traps", "fact-abc"])]]);
  const question = (...links: string[]) => ({
    id: "q",
    filePath: "src/content/questions/q.yaml",
    data: { options: links.map((link) => ({ link })) },
  });
  it.each<[string, string[], string[]]>([
    ["links to sections that exist", ["/services/sqs/#key-facts", "/services/sqs/#fact-abc"], []],
    [
      "a page that does not exist",
      ["/services/sqs/#key-facts", "/services/nope/#key-facts"],
      [
        'src/content/questions/q.yaml: options.1.link: "/services/nope/#key-facts" is not a page with sections on this site',
      ],
    ],
    [
      "a section that does not exist, listing those that do",
      ["/services/sqs/#traps"],
      [
        'src/content/questions/q.yaml: options.0.link: "/services/sqs/#traps" has no section "#traps" (it has key-facts, common-traps)',
      ],
    ],
  ])("%s", (_, links, expected) => {
    expect(checkQuestionLinks(question(...links), anchors)).toEqual(expected);
  });
});
