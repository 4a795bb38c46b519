import { getCollection, type CollectionEntry } from "astro:content";
import { getPageAnchors, getSectionLabels } from "./contentMarks";
import { listItems } from "./examItems";
import { checkQuestionLinks } from "./questionChecks";
import { reviewBank } from "./questionTells";
import type { QuestionView } from "./questionViews";
import { refId } from "./services";

let checked: Promise<CollectionEntry<"questions">[]> | undefined;

/**
 * The practice questions, checked once per build: every option's link leads to a page section that
 * exists, and every exam item a question names is in an exam guide. Throws one error naming every broken link with its file and option. (The schema checks the
 * rest: options, correct answers, explanations, services and domains.)
 */
export function getCheckedQuestions(): Promise<CollectionEntry<"questions">[]> {
  checked ??= (async () => {
    const [questions, anchors, guides] = await Promise.all([
      getCollection("questions"),
      getPageAnchors(),
      getCollection("examGuides"),
    ]);
    const domainOf = new Map(guides.flatMap((g) => listItems(g.data).map((item) => [item.id, item.domain])));
    const problems = questions.flatMap((q) => [
      ...checkQuestionLinks(q, anchors),
      ...q.data.skills.flatMap((skill) => {
        const file = q.filePath ?? q.id;
        if (!domainOf.has(skill)) return [`${file}: skills: "${skill}" is no item of an exam guide`];
        return domainOf.get(skill) === q.data.domain
          ? []
          : [
              `${file}: skills: "${skill}" is an item of ${domainOf.get(skill)}, not of the question's domain ${q.data.domain}`,
            ];
      }),
    ]);
    if (problems.length) throw new Error(`Bad questions:\n  ${problems.join("\n  ")}`);
    const review = reviewBank(
      questions.map((q) => ({ id: q.id, ...q.data })),
      guides.map((g) => ({ code: g.data.code, items: listItems(g.data).map((item) => item.id) })),
    );
    for (const line of review.report) console.log(line);
    if (review.problems.length && process.env.QUESTION_REPORT_ONLY !== "1") {
      throw new Error(
        `The question bank gives answers away or misses exam items:\n  ${review.problems.join("\n  ")}`,
      );
    }
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
        service: refId(data.service),
        domain: data.domain,
        skills: data.skills,
        difficulty: data.difficulty,
      }))
      .sort((a, b) => a.id.localeCompare(b.id, "en"));
  })();
  return views;
}
