import { defineCollection, reference } from "astro:content";
import { file, glob } from "astro/loaders";
import {
  examGuideSchema,
  makeComparisonSchema,
  makeConceptSchema,
  makeQuestionSchema,
  makeServiceSchema,
  makeTopicSchema,
  needSchema,
  termSchema,
} from "@/lib/schemas";

/** One MDX page per AWS service. */
const services = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/services" }),
  schema: makeServiceSchema({ service: reference("services"), need: reference("needs") }),
});

/** Parts of a service taught in depth, one MDX page each: src/content/topics/<service>/<topic>.mdx. */
const topics = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./src/content/topics" }),
  schema: makeTopicSchema(reference("services")),
});

/** Side-by-side comparisons of services. */
const comparisons = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/comparisons" }),
  schema: makeComparisonSchema(reference("services")),
});

/** Ideas that span services (partitioning, file formats, access-control models), one MDX page each. */
const concepts = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/concepts" }),
  schema: makeConceptSchema(reference("services")),
});

/** Exam guides as data: domains, task statements and items, each item with the sections that teach it. */
const examGuides = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./src/content/exam-guides" }),
  schema: examGuideSchema,
});

/** The needs a reader brings to "Which service should I use?"; services state their fit. */
const needs = defineCollection({
  loader: file("src/content/needs.yaml"),
  schema: needSchema,
});

/** Terms a student meets in the pages, each with a short definition. */
const glossary = defineCollection({
  loader: file("src/content/glossary.yaml"),
  schema: termSchema,
});

/** Scenario questions for practice, one per file, each option explained and linked to its page. */
const questions = defineCollection({
  loader: glob({ pattern: "**/*.yaml", base: "./src/content/questions" }),
  schema: makeQuestionSchema(reference("services")),
});

export const collections = {
  services,
  topics,
  comparisons,
  concepts,
  examGuides,
  needs,
  glossary,
  questions,
};
