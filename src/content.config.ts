import { defineCollection, reference } from "astro:content";
import { file, glob } from "astro/loaders";
import {
  makeComparisonSchema,
  makeQuestionSchema,
  makeServiceSchema,
  needSchema,
  termSchema,
} from "@/lib/schemas";

/** One MDX page per AWS service. */
const services = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/services" }),
  schema: makeServiceSchema({ service: reference("services"), need: reference("needs") }),
});

/** Side-by-side comparisons of services. */
const comparisons = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/comparisons" }),
  schema: makeComparisonSchema(reference("services")),
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

export const collections = { services, comparisons, needs, glossary, questions };
