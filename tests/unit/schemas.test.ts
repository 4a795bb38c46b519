import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { makeComparisonSchema, makeServiceSchema } from "@/lib/schemas";

// References are plain ids here; the build checks that they exist.
const serviceSchema = makeServiceSchema({ service: z.string(), need: z.string() });
const comparisonSchema = makeComparisonSchema(z.string());

const valid = {
  title: "Amazon Athena",
  shortName: "Athena",
  category: "analytics",
  summary: "A serverless service to query data in Amazon S3 with standard SQL.",
  docsUrl: "https://docs.aws.amazon.com/athena/",
  related: [{ service: "s3", kind: "reads-from" }],
  sources: [{ title: "Athena guide", url: "https://docs.aws.amazon.com/athena/latest/ug/" }],
  lastChecked: "2026-11-26",
  profile: {
    capacity: "serverless",
    dataModel: "tables over files in S3",
    latency: ["batch"],
    pricing: "per query, by data scanned",
    typicalUse: "Ad hoc SQL on a data lake.",
  },
};

/** The first issue's path and message, or "ok". */
function verdict(schema: z.ZodType, data: unknown): string {
  const result = schema.safeParse(data);
  if (result.success) return "ok";
  const issue = result.error.issues[0]!;
  return `${issue.path.join(".")}: ${issue.message}`;
}

describe("service schema", () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ["a complete page", {}, /^ok$/],
    ["former names and aliases", { formerNames: ["Amazon Elasticsearch Service"], aliases: ["ES"] }, /^ok$/],
    [
      "a closed service with date, note and source",
      {
        status: {
          state: "closed-to-new-customers",
          date: "2024-07-25",
          note: "Use Glue.",
          source: valid.sources[0]!.url,
        },
      },
      /^ok$/,
    ],
    [
      "a status date without a source",
      { status: { state: "closed-to-new-customers", date: "2024-07-25", note: "Use Glue." } },
      /^status\.source: the status is dated 2024-07-25 but names no AWS source/,
    ],
    [
      "a notice whose source is not among the sources",
      {
        notices: [
          {
            offering: "X",
            state: "retired",
            date: "2026-01-27",
            note: "n",
            source: "https://docs.aws.amazon.com/x/",
          },
        ],
      },
      /^notices\.0\.source: "X": its source https:\/\/docs\.aws\.amazon\.com\/x\/ must be listed in sources/,
    ],
    [
      "a rename with its date and source",
      {
        history: [
          { date: "2023-08-30", event: "renamed", note: "A became B.", source: valid.sources[0]!.url },
        ],
      },
      /^ok$/,
    ],
    [
      "a change with no source",
      { history: [{ date: "2023-08-30", event: "renamed", note: "A became B." }] },
      /^history\.0\.source: /,
    ],
    [
      "a month as a date",
      { status: { state: "maintenance", date: "2023-05", note: "x", source: valid.sources[0]!.url } },
      /^ok$/,
    ],
    [
      "a retired offering",
      {
        notices: [
          {
            offering: "KDA for SQL",
            state: "retired",
            date: "2026-01-27",
            note: "Use Flink.",
            source: valid.sources[0]!.url,
          },
        ],
      },
      /^ok$/,
    ],
    ["an unknown key", { colour: "blue" }, /^: Unrecognized key: "colour"/],
    [
      "an unknown key inside a relation",
      { related: [{ service: "s3", kind: "reads-from", why: "x" }] },
      /^related\.0: Unrecognized key/,
    ],
    ["a missing title", { title: undefined }, /^title: /],
    ["a missing docs URL", { docsUrl: undefined }, /^docsUrl: /],
    ["an unknown category", { category: "compute" }, /^category: Invalid option/],
    [
      "a docs URL outside AWS docs",
      { docsUrl: "https://aws.amazon.com/athena/" },
      /^docsUrl: must start with https:\/\/docs\.aws\.amazon\.com\//,
    ],
    ["a docs URL over http", { docsUrl: "http://docs.aws.amazon.com/athena/" }, /^docsUrl: /],
    ["a summary over 160 characters", { summary: "x".repeat(161) }, /^summary: /],
    [
      "an unknown relation kind",
      { related: [{ service: "s3", kind: "likes" }] },
      /^related\.0\.kind: Invalid option/,
    ],
    ["a source that is not a URL", { sources: [{ title: "x", url: "docs/athena" }] }, /^sources\.0\.url: /],
    ["no sources", { sources: [] }, /^sources: /],
    ["a date that is a Date", { lastChecked: new Date() }, /^lastChecked: /],
    ["a date in another format", { lastChecked: "26/11/2026" }, /^lastChecked: use YYYY-MM-DD/],
    ["a month as the checked date", { lastChecked: "2026-11" }, /^lastChecked: use YYYY-MM-DD, the day/],
    [
      "key numbers read on a cited page",
      {
        keyNumbers: [
          {
            what: "Query run time",
            value: 30,
            unit: "minutes",
            kind: "default",
            source: valid.sources[0]!.url,
          },
          {
            what: "Query run time",
            value: "240",
            unit: "minutes",
            kind: "maximum",
            source: valid.sources[0]!.url,
          },
          {
            what: "Largest object",
            value: "1,048,576",
            unit: "bytes",
            kind: "maximum",
            source: valid.sources[0]!.url,
          },
          { what: "Capacity", value: "0.5", unit: "DCUs", kind: "minimum", source: valid.sources[0]!.url },
          { what: "MQTT", value: "3.1.1", unit: "version", kind: "fixed", source: valid.sources[0]!.url },
        ],
      },
      /^ok$/,
    ],
    ...(
      [
        ["a range", { value: "1 to 7" }, /^keyNumbers\.0\.value: must be one number in digits/],
        ["a value with its unit", { value: "1 MiB" }, /^keyNumbers\.0\.value: must be one number/],
        ["two values", { value: "6 / 1" }, /^keyNumbers\.0\.value: /],
        ["words", { value: "up to 500" }, /^keyNumbers\.0\.value: /],
        ["a badly grouped number", { value: "1,00" }, /^keyNumbers\.0\.value: /],
        [
          "a unit with a second number",
          { unit: "hours (up to 365 days)" },
          /^keyNumbers\.0\.unit: a unit is words only/,
        ],
        [
          "a unit with a default in it",
          { unit: "MiB; 10 at most" },
          /^keyNumbers\.0\.unit: a unit is words only/,
        ],
        ["no unit", { unit: "" }, /^keyNumbers\.0\.unit: give the value's unit/],
        [
          "a default in what",
          { what: "Retention (default 4 days)" },
          /^keyNumbers\.0\.what: say default in kind/,
        ],
        ["no kind", { kind: undefined }, /^keyNumbers\.0\.kind: /],
        ["an unknown kind", { kind: "typical" }, /^keyNumbers\.0\.kind: Invalid option/],
      ] as const
    ).map(([name, change, error]): [string, Record<string, unknown>, RegExp] => [
      `a key number with ${name}`,
      {
        keyNumbers: [
          { what: "Limit", value: 1, unit: "MiB", kind: "maximum", source: valid.sources[0]!.url, ...change },
        ],
      },
      error,
    ]),
    [
      "a key number with no source",
      { keyNumbers: [{ what: "Limit", value: 1, unit: "MiB", kind: "maximum" }] },
      /^keyNumbers\.0\.source: must be the https URL of the AWS page/,
    ],
    [
      "a key number whose source is not among the page's sources",
      {
        keyNumbers: [
          {
            what: "Limit",
            value: 1,
            unit: "MiB",
            kind: "maximum",
            source: "https://docs.aws.amazon.com/other/",
          },
        ],
      },
      /^keyNumbers\.0\.source: "Limit": its source https:\/\/docs\.aws\.amazon\.com\/other\/ must be listed in sources/,
    ],
    [
      "a closure with no source, even undated",
      { status: { state: "closed-to-new-customers", note: "Use Glue." } },
      /^status\.source: the status is closed-to-new-customers but names no AWS page that says so/,
    ],
    [
      "a notice with no source",
      { notices: [{ offering: "S3 Select", state: "closed-to-new-customers", note: "Use Athena." }] },
      /^notices\.0\.source: "S3 Select" is closed-to-new-customers but names no AWS page/,
    ],
    [
      "a note that repeats the banner's state",
      {
        status: {
          state: "closed-to-new-customers",
          note: "Closed to new customers from July 25, 2024. Use Glue.",
          source: valid.sources[0]!.url,
        },
      },
      /^status\.note: the status: the note opens with "Closed to new customers"/,
    ],
    [
      "a closed service with no note",
      { status: { state: "retired", date: "2026-01-27" } },
      /^status\.note: a service that is not available needs a note/,
    ],
    [
      "an offering marked available",
      { notices: [{ offering: "x", state: "available", note: "y" }] },
      /^notices\.0\.state: /,
    ],
  ])("%s", (_, change, expected) => {
    expect(verdict(serviceSchema, { ...valid, ...change })).toMatch(expected);
  });

  it("fills defaults for optional lists and status", () => {
    const data = serviceSchema.parse(valid) as Record<string, unknown>;
    expect(data).toMatchObject({
      formerNames: [],
      aliases: [],
      notices: [],
      keyNumbers: [],
      status: { state: "available" },
    });
  });
});

const comparison = {
  title: "AWS Glue vs AWS DMS",
  summary: "When to transform data with Glue and when to migrate it with DMS.",
  services: ["glue", "dms"],
  caption: "Glue and DMS side by side",
  rows: [{ aspect: "Purpose", cells: ["ETL", "Migration"] }],
  sources: [{ title: "DMS", url: "https://docs.aws.amazon.com/dms/" }],
  lastChecked: "2026-11-26",
};

describe("comparison schema", () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ["a complete comparison", {}, /^ok$/],
    [
      "a row with a cell missing",
      { rows: [{ aspect: "Purpose", cells: ["ETL"] }] },
      /^rows\.0\.cells: row "Purpose" has 1 cells for 2 services/,
    ],
    ["one service only", { services: ["glue"] }, /^services: /],
    ["an unknown key", { verdict: "Glue" }, /^: Unrecognized key/],
    ["no rows", { rows: [] }, /^rows: /],
  ])("%s", (_, change, expected) => {
    expect(verdict(comparisonSchema, { ...comparison, ...change })).toMatch(expected);
  });
});
