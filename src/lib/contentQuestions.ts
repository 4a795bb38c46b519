import { getCollection, type CollectionEntry } from "astro:content";
import { getPageAnchors, getSectionLabels } from "./contentMarks";
import { checkQuestionLinks } from "./questionChecks";
import type { QuestionView } from "./questionViews";
import { refId } from "./services";

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

let views: Promise<QuestionView[]> | undefined;

/** The checked questions as the pages show them, by id: links named after their sections. */
export function getQuestionViews(): Promise<QuestionView[]> {
  views ??= (async () => {
    const [questions, labels] = await Promise.all([getCheckedQuestions(), getSectionLabels()]);
    return questions
      .map(({ id, data }) => ({
        id,
        stem: data.stem,
        answers: data.answers,
        options: data.options.map((o) => ({ ...o, label: labels.get(o.link) ?? o.link })),
        services: data.services.map(refId),
        domain: data.domain,
        difficulty: data.difficulty,
      }))
      .sort((a, b) => a.id.localeCompare(b.id, "en"));
  })();
  return views;
}
