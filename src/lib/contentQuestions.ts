import { getCollection, type CollectionEntry } from "astro:content";
import { getPageAnchors, getSectionLabels } from "./contentMarks";
import { listItems } from "./examItems";
import { checkQuestionLinks } from "./questionChecks";
import { LONGEST_KEY_LIMIT, countByItem, measureTells, thinItems } from "./questionTells";
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
    const items = new Set(guides.flatMap((g) => listItems(g.data).map((item) => item.id)));
    const problems = questions.flatMap((q) => [
      ...checkQuestionLinks(q, anchors),
      ...q.data.skills
        .filter((skill) => !items.has(skill))
        .map((skill) => `${q.filePath ?? q.id}: skills: "${skill}" is no item of an exam guide`),
    ]);
    if (problems.length) throw new Error(`Bad questions:\n  ${problems.join("\n  ")}`);
    reportBank(
      questions.map((q) => ({ id: q.id, ...q.data })),
      guides.map((g) => ({ code: g.data.code, items: listItems(g.data).map((item) => item.id) })),
    );
    return questions;
  })();
  return checked;
}

/**
 * The build's report on the bank: how many questions key the longest option (the build fails above
 * `LONGEST_KEY_LIMIT`), where the keys sit, and each guide's items tested by fewer than two questions
 * (the build fails on any).
 */
function reportBank(
  questions: Parameters<typeof measureTells>[0],
  guides: { code: string; items: string[] }[],
) {
  const tells = measureTells(questions);
  const share = Math.round(tells.share * 1000) / 10;
  const positions = Object.entries(tells.positions)
    .sort()
    .map(([letter, n]) => `${letter} ${n}`)
    .join(", ");
  console.log(
    `Questions: ${questions.length} (${tells.multiple} multiple response); the key is the longest option in ${tells.longest.length} of ${tells.single} single-answer questions (${share}%); keys at ${positions}`,
  );
  const problems: string[] = [];
  if (tells.share > LONGEST_KEY_LIMIT) {
    problems.push(
      `the key is the longest option in ${share}% of single-answer questions, above ${LONGEST_KEY_LIMIT * 100}%: rewrite the options of some of ${tells.longest.join(", ")}`,
    );
  }
  for (const guide of guides) {
    const thin = thinItems(countByItem(guide.items, questions));
    console.log(
      `${guide.code}: every item tested by two or more questions${thin.length ? `, except ${thin.join(", ")}` : ""}`,
    );
    if (thin.length)
      problems.push(`${guide.code} items tested by fewer than two questions: ${thin.join(", ")}`);
  }
  if (problems.length && process.env.QUESTION_REPORT_ONLY !== "1") {
    throw new Error(`The question bank gives answers away or misses exam items:\n  ${problems.join("\n  ")}`);
  }
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
