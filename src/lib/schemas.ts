import { z } from "astro/zod";
import { CATEGORY_IDS } from "./categories";
import { RELATION_KIND_IDS } from "./relations";
import { DOMAIN_IDS } from "./exams";

/**
 * Frontmatter schemas. They take the reference validator as an argument so that unit tests can
 * check them without Astro's virtual modules (the build passes `reference("services")`).
 */

const AWS_DOCS_PREFIX = "https://docs.aws.amazon.com/";

/** A date as AWS gives it: a full day (2024-07-25) or a month (2023-05). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, "use YYYY-MM-DD or YYYY-MM");

/** The day a page's sources were checked: always a full day, so every page shows its date alike. */
export const checkedDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "use YYYY-MM-DD, the day the sources were checked");

/** Where a service (or one of its offerings) is in its life. */
export const lifecycleSchema = z.enum(["available", "maintenance", "closed-to-new-customers", "retired"]);

/** A page a fact rests on. */
export const sourceSchema = z.strictObject({
  /** What the page is, as a reader would name it. */
  title: z.string().min(1),
  /** Its address; https only. */
  url: z.url({ protocol: /^https$/, error: "must be an https URL" }),
});

/** A number a student is asked about (a limit, a size, a duration), with the AWS page it was read on. */
export const keyNumberSchema = z.strictObject({
  /** What is measured, in plain words ("Maximum size of a data record"). */
  what: z.string().min(1),
  /** The number as AWS gives it ("1", "365", "60 to 900"). */
  value: z.union([z.number(), z.string().min(1)]).transform(String),
  /** Its unit ("MiB", "days", "records per second"); "" when the value carries it. */
  unit: z.string(),
  /** The AWS page the number was read on: one of the page's sources. */
  source: z.url({
    protocol: /^https$/,
    error: "must be the https URL of the AWS page the number was read on",
  }),
});

/** How quickly a service handles data, for side-by-side comparison. */
export const latencyClassSchema = z.enum(["batch", "interactive", "near-real-time", "real-time"]);

/** How capacity is run: AWS scales it for you, you pick and pay for capacity, or both options exist. */
export const capacitySchema = z.enum(["serverless", "provisioned", "both"]);

/** Whether a service fits a reader's need. */
export const fitSchema = z.enum(["fits", "does-not-fit"]);

/** Builds the schema of a service page; `refs` validate references to other entries. */
export function makeServiceSchema<S extends z.ZodType, N extends z.ZodType>(refs: { service: S; need: N }) {
  const serviceRef = refs.service;
  return z
    .strictObject({
      /** The current official name, as AWS spells it; also the page's <h1>. */
      title: z.string().min(1),
      /** The short name used after the first mention and in navigation. */
      shortName: z.string().min(1),
      /** True when the short name is a plural ("Gateway endpoints"), so derived sentences agree with it. */
      pluralName: z.boolean().default(false),
      /** Earlier official names ("Amazon Kinesis Data Firehose"). */
      formerNames: z.array(z.string().min(1)).default([]),
      /** Other names readers search for ("KDS", "Elasticsearch"). */
      aliases: z.array(z.string().min(1)).default([]),
      /** One of the ids in src/lib/categories.ts. */
      category: z.enum(CATEGORY_IDS),
      /** What it is, in plain words; also the meta description. */
      summary: z.string().min(20).max(160),
      /** The service's official AWS documentation. */
      docsUrl: z
        .url({ protocol: /^https$/ })
        .refine((url) => url.startsWith(AWS_DOCS_PREFIX), `must start with ${AWS_DOCS_PREFIX}`),
      /** Lifecycle of the whole service; a note is required when it is not simply available. */
      status: z
        .strictObject({
          /** Where the service is in its life. */
          state: lifecycleSchema,
          /** The date AWS gives for this state, if it gives one. */
          date: isoDateSchema.optional(),
          /** What it means and what AWS suggests instead. */
          note: z.string().min(1).optional(),
          /** The AWS page that gives the state and its date: required with a date, one of the sources. */
          source: z.url({ protocol: /^https$/ }).optional(),
        })
        .refine((s) => s.state === "available" || s.note, {
          message: "a service that is not available needs a note saying what to use instead",
          path: ["note"],
        })
        .default({ state: "available" }),
      /** Offerings of the service that are retired or closed (e.g. Glue for Ray). */
      notices: z
        .array(
          z.strictObject({
            /** The offering's name. */
            offering: z.string().min(1),
            /** Its state; never "available". */
            state: lifecycleSchema.exclude(["available"]),
            /** The date AWS gives. */
            date: isoDateSchema.optional(),
            /** What it means and what to use instead. */
            note: z.string().min(1),
            /** The AWS page that gives the state and its date: required with a date, one of the sources. */
            source: z.url({ protocol: /^https$/ }).optional(),
          }),
        )
        .default([]),
      /** Relations stated from this service's side; the other side is derived. */
      related: z
        .array(
          z.strictObject({
            /** The other service. */
            service: serviceRef,
            /** How this service relates to it. */
            kind: z.enum(RELATION_KIND_IDS),
            /** A few words on how. */
            note: z.string().min(1).optional(),
          }),
        )
        .default([]),
      /** Structured facts shown side by side on the "compare any two" page. */
      profile: z.strictObject({
        /** Serverless, provisioned, or both options. */
        capacity: capacitySchema,
        /** What shape the data takes, in a few words ("objects in buckets", "key-value items"). */
        dataModel: z.string().min(1),
        /** How quickly it handles data; empty for services that do not process data (networking). */
        latency: z.array(latencyClassSchema).default([]),
        /** How you pay, in words; never a price. */
        pricing: z.string().min(1),
        /** The typical use, in one sentence. */
        typicalUse: z.string().min(1),
        /** Services students often confuse it with. */
        confusedWith: z.array(serviceRef).default([]),
      }),
      /** Reader needs this service fits or does not fit, each with the reason. */
      needs: z
        .array(
          z.strictObject({
            /** The need, an id in src/content/needs.yaml. */
            need: refs.need,
            /** Whether this service fits it. */
            fit: fitSchema,
            /** Why, in one sentence. */
            why: z.string().min(1),
          }),
        )
        .default([]),
      /** Dated changes the page states besides its status: renames and general availability. */
      history: z
        .array(
          z.strictObject({
            /** The day or month AWS gives. */
            date: isoDateSchema,
            /** What kind of change. */
            event: z.enum(["renamed", "generally-available"]),
            /** What happened, in a sentence ("Amazon Kinesis Data Analytics became ..."). */
            note: z.string().min(1),
            /** The AWS page that gives the date: one of the sources. */
            source: z.url({ protocol: /^https$/ }),
          }),
        )
        .default([]),
      /** The limits and sizes students are asked about, each read on one of the sources. */
      keyNumbers: z.array(keyNumberSchema).default([]),
      /** The AWS pages the facts on this page rest on. */
      sources: z.array(sourceSchema).min(1),
      /** When the sources were last checked. */
      lastChecked: checkedDateSchema,
    })
    .superRefine((page, ctx) => {
      const cited = new Set(page.sources.map((s) => s.url));
      // A dated status or notice names the AWS page that gives the date, and the page cites it.
      const dated = [
        { path: ["status"], what: "the status", ...page.status },
        ...page.notices.map((n, i) => ({ path: ["notices", i], what: `"${n.offering}"`, ...n })),
        ...page.history.map((h, i) => ({ path: ["history", i], what: "the change", ...h })),
      ];
      for (const { path, what, date, source } of dated) {
        if (date && !source) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "source"],
            message: `${what} is dated ${date} but names no AWS source`,
          });
        } else if (source && !cited.has(source)) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "source"],
            message: `${what}: its source ${source} must be listed in sources`,
          });
        }
      }
      page.keyNumbers.forEach((number, i) => {
        if (!cited.has(number.source)) {
          ctx.addIssue({
            code: "custom",
            path: ["keyNumbers", i, "source"],
            message: `"${number.what}": its source ${number.source} must be listed in sources`,
          });
        }
      });
    });
}

/** A reader's need, for "Which service should I use?"; services say whether they fit it. */
export const needSchema = z.strictObject({
  /** The need as the reader would say it ("Query files in S3 with SQL"). */
  label: z.string().min(1),
});

/**
 * A glossary term. The pages it is "seen in" are not listed here: they are the pages that mark it with
 * <Term id>, read from their MDX.
 */
export const termSchema = z.strictObject({
  /** The term as it is written ("OLAP"). */
  term: z.string().min(1),
  /** What it stands for, when it is an abbreviation ("online analytical processing"). */
  expansion: z.string().min(1).optional(),
  /** A short definition in plain words; shown on hover and focus. */
  definition: z.string().min(20).max(240),
});

/** Builds the schema of a comparison page; `serviceRef` validates a reference to a service. */
export function makeComparisonSchema<R extends z.ZodType>(serviceRef: R) {
  return z
    .strictObject({
      /** The page's <h1>, e.g. "AWS Glue vs AWS DMS". */
      title: z.string().min(1),
      /** One line on what the comparison decides; also the meta description. */
      summary: z.string().min(20).max(160),
      /** The services compared, in column order. */
      services: z.array(serviceRef).min(2),
      /** The table's caption. */
      caption: z.string().min(1),
      /** One row per aspect; one cell per service, in column order. */
      rows: z
        .array(
          z.strictObject({
            /** The aspect compared (the row header). */
            aspect: z.string().min(1),
            /** What each service offers for it. */
            cells: z.array(z.string().min(1)),
          }),
        )
        .min(1),
      /** The AWS pages the table rests on. */
      sources: z.array(sourceSchema).min(1),
      /** When the sources were last checked. */
      lastChecked: checkedDateSchema,
    })
    .superRefine((page, ctx) => {
      page.rows.forEach((row, i) => {
        if (row.cells.length !== page.services.length) {
          ctx.addIssue({
            code: "custom",
            path: ["rows", i, "cells"],
            message: `row "${row.aspect}" has ${row.cells.length} cells for ${page.services.length} services`,
          });
        }
      });
    });
}

/** A site link to the section that teaches a fact: a root-relative path with a #fragment. */
const sectionLinkSchema = z
  .string()
  .regex(
    /^\/[a-z0-9/-]*\/#[a-z0-9-]+$/,
    "must be a site path with a section, like /services/sqs/#common-traps",
  );

/** Builds the schema of a practice question; `serviceRef` validates a reference to a service. */
export function makeQuestionSchema<S extends z.ZodType>(serviceRef: S) {
  return z
    .strictObject({
      /** The scenario and the one thing it asks, as the exam sets it. */
      stem: z.string().min(40),
      /** How many options are correct: 1 for a single answer, 2 or 3 for "choose two" or "choose three". */
      answers: z.number().int().min(1).max(3).default(1),
      /** Four or five options, each with why it is right or wrong for this scenario. */
      options: z
        .array(
          z.strictObject({
            /** The option as the reader sees it. */
            text: z.string().min(1),
            /** Whether it is a correct answer. */
            correct: z.boolean().default(false),
            /** Why it is right, or why it is wrong for this scenario. */
            why: z.string().min(20),
            /** The page section that teaches it: /services/<id>/#<section>. */
            link: sectionLinkSchema,
          }),
        )
        .min(4)
        .max(5),
      /** The services the question tests; the first is the one it is filed under. */
      services: z.array(serviceRef).min(1),
      /** The exam domain, with the exam guide's name (src/lib/exams.ts). */
      domain: z.enum(DOMAIN_IDS),
      /** How hard it is. */
      difficulty: z.enum(["easy", "medium", "hard"]),
    })
    .superRefine((q, ctx) => {
      const correct = q.options.filter((o) => o.correct).length;
      if (correct !== q.answers) {
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: `${correct} options are marked correct, but the question asks for ${q.answers}`,
        });
      }
      const texts = q.options.map((o) => o.text);
      if (new Set(texts).size !== texts.length) {
        ctx.addIssue({ code: "custom", path: ["options"], message: "two options have the same text" });
      }
    });
}
