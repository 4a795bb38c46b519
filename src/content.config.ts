import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { makeComparisonSchema, makeServiceSchema } from "@/lib/schemas";

/** One MDX page per AWS service. */
const services = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/services" }),
  schema: makeServiceSchema(reference("services")),
});

/** Side-by-side comparisons of services. */
const comparisons = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/comparisons" }),
  schema: makeComparisonSchema(reference("services")),
});

export const collections = { services, comparisons };
