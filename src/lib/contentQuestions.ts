import { getCollection, type CollectionEntry } from "astro:content";
import { getPageAnchors } from "./contentMarks";
import { checkQuestionLinks } from "./questionChecks";

let checked: Promise<CollectionEntry<"questions">[]> | undefined;

/**
 * The practice questions, checked once per build: every option's link leads to a page section that
 * exists. Throws one error naming every broken link with its file and option. (The schema checks the
 * rest: options, correct answers, explanations, services and domains.)
 */
export function getCheckedQuestions(): Promise<CollectionEntry<"questions">[]> {
  checked ??= (async () => {
    const [questions, anchors] = await Promise.all([getCollection("questions"), getPageAnchors()]);
    const problems = questions.flatMap((q) => checkQuestionLinks(q, anchors));
    if (problems.length) throw new Error(`Bad questions:\n  ${problems.join("\n  ")}`);
    return questions;
  })();
  return checked;
}
