import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { toBankEntry } from "@/lib/bankEntries";
import { getQuestionViews } from "@/lib/contentQuestions";
import { withBase } from "@/lib/paths";

/** The questions of one exam domain, for practice and the mock exam (src/lib/bankEntries.ts). */
export const getStaticPaths = (async () => {
  const questions = await getQuestionViews();
  return [...new Set(questions.map((q) => q.domain))].map((domain) => ({ params: { domain } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [questions, services] = await Promise.all([getQuestionViews(), getCollection("services")]);
  const categories = new Map(services.map((s) => [s.id, s.data.category]));
  const entries = questions
    .filter((q) => q.domain === params.domain)
    .map((q) => toBankEntry(q, categories.get(q.service)!, withBase));
  return new Response(JSON.stringify(entries), { headers: { "Content-Type": "application/json" } });
};
