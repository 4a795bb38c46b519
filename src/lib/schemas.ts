import { z } from "astro/zod";
import { CATEGORY_IDS } from "./categories";
import { RELATION_KIND_IDS } from "./relations";
import { DOMAIN_IDS } from "./exams";
import { LIFECYCLE_LABELS } from "./format";

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

/** Whether a key number is what you get unless you change it, the most or least allowed, or neither. */
export const keyNumberKindSchema = z.enum(["default", "maximum", "minimum", "fixed"]);

/**
 * One value, as digits: "1", "1,048,576", "0.5", "3.1.1". A range or a list is two rows; words
 * ("up to", "default") belong in `kind`, and qualifications in `what`.
 */
const keyNumberValueSchema = z
  .union([z.number(), z.string()])
  .transform(String)
  .pipe(
    z
      .string()
      .regex(
        /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)*$/,
        "must be one number in digits (1, 1,048,576, 0.5); a range or a list is two rows, and words go in what, unit or kind",
      ),
  );

/** A number a student is asked about (a limit, a size, a duration), with the AWS page it was read on. */
export const keyNumberSchema = z.strictObject({
  /** What is measured, in plain words ("Maximum size of a data record"); no "(default ...)" in it. */
  what: z
    .string()
    .min(1)
    .refine((what) => !/\(default\b/i.test(what), "say default in kind, not in what"),
  /** The number as AWS gives it: one value in digits. */
  value: keyNumberValueSchema,
  /** Its unit ("MiB", "days", "records per second"): words only, no second number. */
  unit: z
    .string()
    .min(1, "give the value's unit")
    .regex(/^[^\d();]+$/, "a unit is words only; a second number is a second row"),
  /** default (unless you change it), maximum, minimum, or fixed (neither: a property of the service). */
  kind: keyNumberKindSchema,
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
          /** The AWS page that gives the state and its date: required unless available, one of the sources. */
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
            /** The AWS page that gives the state and its date: required, one of the sources. */
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
      // A state or dated change names the AWS page that gives it, and the page cites that page.
      type Stated = { path: (string | number)[]; what: string; date?: string; source?: string };
      const dated: (Stated & { state?: z.output<typeof lifecycleSchema>; note?: string })[] = [
        { path: ["status"], what: "the status", ...page.status },
        ...page.notices.map((n, i) => ({ path: ["notices", i], what: `"${n.offering}"`, ...n })),
        ...page.history.map((h, i) => ({
          path: ["history", i],
          what: "the change",
          date: h.date,
          source: h.source,
        })),
      ];
      for (const { path, what, date, source, state, note } of dated) {
        // The banner's first line states the state and its date; a note that opens with them again
        // made Data Pipeline's banner say "Closed to new customers" twice in a row.
        const label = state && state !== "available" ? LIFECYCLE_LABELS[state] : undefined;
        if (label && note?.toLowerCase().startsWith(label.toLowerCase())) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "note"],
            message: `${what}: the note opens with "${label}", which the banner already says; say what it means and what to use instead`,
          });
        }
        // A retirement or closure is stated only as AWS states it, dated or not.
        if ((date || (state && state !== "available")) && !source) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "source"],
            message: date
              ? `${what} is dated ${date} but names no AWS source`
              : `${what} is ${state} but names no AWS page that says so`,
          });
        } else if (source && !cited.has(source)) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "source"],
            message: `${what}: its source ${source} must be listed in sources`,
          });
        }
      }
      checkKeyNumberSources(page, ctx);
    });
}

/** Every key number cites one of the page's sources. */
function checkKeyNumberSources(
  page: { keyNumbers: { what: string; source: string }[]; sources: { url: string }[] },
  ctx: z.RefinementCtx,
) {
  const cited = new Set(page.sources.map((s) => s.url));
  page.keyNumbers.forEach((number, i) => {
    if (!cited.has(number.source)) {
      ctx.addIssue({
        code: "custom",
        path: ["keyNumbers", i, "source"],
        message: `"${number.what}": its source ${number.source} must be listed in sources`,
      });
    }
  });
}

/**
 * Builds the schema of a topic page: one part of a service taught in depth (Redshift's table design),
 * a page of its own under the service's path so that no page grows past its weight budget.
 */
export function makeTopicSchema<S extends z.ZodType>(serviceRef: S) {
  return z
    .strictObject({
      /** The topic's title; also the page's <h1> ("Amazon Redshift table design"). */
      title: z.string().min(1),
      /** What the page teaches, in plain words; also the meta description. */
      summary: z.string().min(20).max(160),
      /** The service it belongs to: the page lives at /services/<service>/<topic>/. */
      service: serviceRef,
      /** Its place among the service's topics, from 1. */
      order: z.number().int().min(1),
      /** Other words readers search for ("DISTKEY", "sort key"). */
      aliases: z.array(z.string().min(1)).default([]),
      /** The limits and sizes students are asked about, each read on one of the sources. */
      keyNumbers: z.array(keyNumberSchema).default([]),
      /** The AWS pages the facts on this page rest on. */
      sources: z.array(sourceSchema).min(1),
      /** When the sources were last checked. */
      lastChecked: checkedDateSchema,
    })
    .superRefine((page, ctx) => checkKeyNumberSources(page, ctx));
}

/**
 * Builds the schema of a concept page (partitioning, file formats, access-control models): an idea
 * that spans services, with the same standards as a service page; `serviceRef` validates a service.
 */
export function makeConceptSchema<S extends z.ZodType>(serviceRef: S) {
  return z
    .strictObject({
      /** The concept's name; also the page's <h1> ("Partitioning and file layout"). */
      title: z.string().min(1),
      /** What it is, in plain words; also the meta description. */
      summary: z.string().min(20).max(160),
      /** Other names readers search for ("Hive partitions", "SCD"). */
      aliases: z.array(z.string().min(1)).default([]),
      /** The AWS services that do it or that it matters for, in the order the page treats them. */
      services: z.array(serviceRef).min(1),
      /** The limits and sizes students are asked about, each read on one of the sources. */
      keyNumbers: z.array(keyNumberSchema).default([]),
      /** The AWS pages the facts on this page rest on. */
      sources: z.array(sourceSchema).min(1),
      /** When the sources were last checked. */
      lastChecked: checkedDateSchema,
    })
    .superRefine((page, ctx) => checkKeyNumberSources(page, ctx));
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
      /** The services compared, in column order; with `columns`, the services whose options are compared. */
      services: z.array(serviceRef).min(1),
      /**
       * Column headings when the columns are options, not services (S3 storage classes, Redshift
       * distribution styles); each cell is then one option's.
       */
      columns: z.array(z.string().min(1)).min(2).optional(),
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
      if (!page.columns && page.services.length < 2) {
        ctx.addIssue({
          code: "custom",
          path: ["services"],
          message: "compare two services or more, or name the options compared in columns",
        });
      }
      const width = page.columns?.length ?? page.services.length;
      const what = page.columns ? "columns" : "services";
      page.rows.forEach((row, i) => {
        if (row.cells.length !== width) {
          ctx.addIssue({
            code: "custom",
            path: ["rows", i, "cells"],
            message: `row "${row.aspect}" has ${row.cells.length} cells for ${width} ${what}`,
          });
        }
      });
    });
}

/** A site link to the section that teaches a fact: a root-relative path with a #fragment. */
const sectionLinkSchema = z
  .string()
  .regex(
    /^\/[a-z0-9/-]*\/#[a-z0-9_-]+$/,
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
      /** The one service the question is about (the key's), filed under it; never a distractor's. */
      service: serviceRef,
      /** The exam domain, with the exam guide's name (src/lib/exams.ts). */
      domain: z.enum(DOMAIN_IDS),
      /** How hard it is. */
      difficulty: z.enum(["easy", "medium", "hard"]),
      /** The exam-guide items it tests ("1.1.k1"), ids of src/content/exam-guides; checked in the build. */
      skills: z
        .array(z.string().regex(/^\d\.\d\.[ks]\d{1,2}$/, 'an exam item id, like "1.1.k1"'))
        .default([]),
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
      // Every question of an exam with a guide in src/content/exam-guides names the items it tests.
      if (q.domain.startsWith("dea-") && q.skills.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["skills"],
          message: "name the exam-guide items it tests, like [1.1.k1] (src/content/exam-guides/dea-c01.yaml)",
        });
      }
    });
}

/** A site link to the section that teaches an exam item: a page path and a #section, checked in the build. */
const teachingLinkSchema = z
  .string()
  .regex(
    /^\/(services\/[a-z0-9-]+(\/[a-z0-9-]+)?|concepts\/[a-z0-9-]+|compare\/[a-z0-9-]+)\/#[a-z0-9_-]+$/,
    "must be a page path with a section, like /services/redshift/table-design/#distribution-styles",
  );

/** One knowledge or skill item of an exam guide's task statement, in the site's own short words. */
export const examItemSchema = z.strictObject({
  /** Stable id: the task's number, k (knowledge) or s (skill), and its place: "1.1.k1", "4.2.s3". */
  id: z.string().regex(/^\d\.\d\.[ks]\d{1,2}$/, 'use "<task>.k<n>" or "<task>.s<n>", like "1.1.k1"'),
  /** What the student must know or be able to do, in a short line. */
  text: z.string().min(3),
  /** The sections of the site that teach it, best first. */
  teach: z.array(teachingLinkSchema).min(1, "name at least one section that teaches it"),
});

/** An exam guide as data: its domains, their task statements and each task's items, with AWS's pages. */
export const examGuideSchema = z
  .strictObject({
    /** The exam code ("DEA-C01"). */
    code: z.string().min(1),
    /** The certification's name, as AWS writes it. */
    name: z.string().min(1),
    /** The AWS page of the exam guide's overview. */
    source: z.url({ protocol: /^https$/ }),
    /** When the guide's pages were read. */
    lastChecked: checkedDateSchema,
    /** The content domains, in the guide's order. */
    domains: z
      .array(
        z.strictObject({
          /** The domain id of src/lib/exams.ts. */
          id: z.enum(DOMAIN_IDS),
          /** The AWS page of the domain's task statements. */
          source: z.url({ protocol: /^https$/ }),
          /** The task statements, in the guide's order. */
          tasks: z
            .array(
              z.strictObject({
                /** "1.1". */
                number: z.string().regex(/^\d\.\d$/),
                /** The task statement, as AWS words it. */
                title: z.string().min(3),
                /** Its knowledge and skill items. */
                items: z.array(examItemSchema).min(1),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
  })
  .superRefine((guide, ctx) => {
    const seen = new Set<string>();
    guide.domains.forEach((domain, d) =>
      domain.tasks.forEach((task, t) =>
        task.items.forEach((item, i) => {
          const path = ["domains", d, "tasks", t, "items", i, "id"];
          if (!item.id.startsWith(`${task.number}.`)) {
            ctx.addIssue({
              code: "custom",
              path,
              message: `item ${item.id} is listed under task ${task.number}`,
            });
          }
          if (seen.has(item.id))
            ctx.addIssue({ code: "custom", path, message: `item ${item.id} is listed twice` });
          seen.add(item.id);
        }),
      ),
    );
  });

/** An exam guide, as read from its YAML. */
export type ExamGuideData = z.output<typeof examGuideSchema>;
