import { describe, expect, it } from "vitest";
import { findMentions, type NamedService } from "@/lib/mentions";
import { readContentPages } from "../helpers/content";
import { readServiceSources } from "../helpers/service-pages";

const SERVICES: NamedService[] = [
  { id: "batch", title: "AWS Batch", shortName: "AWS Batch" },
  { id: "glue", title: "AWS Glue", shortName: "Glue" },
  { id: "glue-databrew", title: "AWS Glue DataBrew", shortName: "DataBrew" },
  { id: "s3", title: "Amazon S3", shortName: "S3" },
  { id: "s3-tables", title: "Amazon S3 Tables", shortName: "S3 Tables" },
  { id: "kinesis-data-streams", title: "Amazon Kinesis Data Streams", shortName: "Kinesis Data Streams" },
  { id: "data-pipeline", title: "AWS Data Pipeline", shortName: "Data Pipeline" },
  { id: "sqs", title: "Amazon Simple Queue Service", shortName: "Amazon SQS" },
  { id: "cloudwatch", title: "Amazon CloudWatch", shortName: "CloudWatch" },
  {
    id: "eventbridge",
    title: "Amazon EventBridge",
    shortName: "EventBridge",
    formerNames: ["Amazon CloudWatch Events"],
  },
];

describe("findMentions", () => {
  it.each<[string, string, string[]]>([
    ["SQS batch actions", "Batch actions send up to 10 messages in one call.", []],
    ["DynamoDB's batch inference", "Batch inference jobs write their results to files.", []],
    ["the service by its name", "Submit the job to an AWS Batch job queue.", ["batch:AWS Batch"]],
    [
      "a longer name over the one inside it",
      "Clean data in AWS Glue DataBrew.",
      ["glue-databrew:AWS Glue DataBrew"],
    ],
    [
      "S3 Tables, not S3",
      "Amazon S3 Tables stores Iceberg tables in S3.",
      ["s3-tables:Amazon S3 Tables", "s3:S3"],
    ],
    ["a feature named after its service", "Glue Data Quality checks rules.", ["glue:Glue"]],
    [
      "a title before its short name",
      "Amazon Kinesis Data Streams, then Kinesis Data Streams",
      ["kinesis-data-streams:Amazon Kinesis Data Streams", "kinesis-data-streams:Kinesis Data Streams"],
    ],
    ["a common phrase in lower case", "Build a data pipeline with glue code.", []],
    ["a name inside a longer word", "S3-compatible storage and GlueContext", []],
    ["a possessive", "Amazon SQS's queues", ["sqs:Amazon SQS"]],
    [
      "a former name, which names nothing and hides the name inside it",
      "EventBridge, formerly Amazon CloudWatch Events, and Amazon CloudWatch",
      ["eventbridge:EventBridge", "cloudwatch:Amazon CloudWatch"],
    ],
  ])("%s", (_, text, expected) => {
    expect(findMentions(text, SERVICES).map((m) => `${m.id}:${m.text}`)).toEqual(expected);
  });

  it("finds nothing with no services", () => {
    expect(findMentions("Amazon S3", [])).toEqual([]);
  });
});

describe("the services' short names", () => {
  const services = readServiceSources();
  const pages = readContentPages("src/content/services").concat(readContentPages("src/content/comparisons"));

  it("are found with the real names: SQS batch actions and batch inference name no service", () => {
    expect(findMentions("Batch actions and Batch inference", services)).toEqual([]);
  });

  // A one-word short name that other pages also use as an ordinary word ("batch processing") would make
  // every "Batch ..." at a sentence's start read as the service. A page may use its own word freely
  // (Keyspaces' page creates "keyspaces").
  it.each(services.filter((s) => !/\s/.test(s.shortName)).map((s) => [s.shortName, s.id] as const))(
    "%s is not a word other pages use in lower case",
    (shortName, id) => {
      const lower = shortName.toLowerCase();
      if (lower === shortName) return;
      const word = new RegExp(`(?<![\\p{L}\\p{N}_/.-])${lower}(?![\\p{L}\\p{N}_-])`, "u");
      const uses = pages
        .filter((p) => p.id !== id)
        .flatMap((p) =>
          p.marks.prose
            .filter((run) => word.test(run.text))
            .map((run) => `${p.file}:${run.line}: ${run.text.trim()}`),
        );
      expect(uses).toEqual([]);
    },
  );
});
