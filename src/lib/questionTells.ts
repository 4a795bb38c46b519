/**
 * What gives a question bank away before the reader thinks: a key that is the longest option more often
 * than chance, keys that sit in the same places, and exam items no question tests. The build prints
 * this report and fails past the limits (src/lib/contentQuestions.ts). The rules they enforce are
 * those of docs/content.md, "A practice question".
 */

/** The part of a question these checks read. */
export interface TellQuestion {
  id: string;
  answers: number;
  domain: string;
  skills: readonly string[];
  options: readonly { text: string; correct: boolean }[];
}

/** The most single-answer questions whose key may be strictly the longest option, or strictly the shortest: 30%. */
export const LONGEST_KEY_LIMIT = 0.3;

/** The fewest questions each exam item needs. */
export const QUESTIONS_PER_ITEM = 2;

/** Whether a single-answer question's key is longer (or, `shortest`, shorter) than every other option. */
export function keyIsLongest(q: TellQuestion, shortest = false): boolean {
  if (q.answers !== 1) return false;
  const key = q.options.find((o) => o.correct);
  if (!key) return false;
  const beats = (o: { text: string }) =>
    shortest ? key.text.length < o.text.length : o.text.length < key.text.length;
  return q.options.every((o) => o === key || beats(o));
}

/** The single-answer questions, how many key the longest option, that share, and the keys' letters. */
export function measureTells(questions: readonly TellQuestion[]) {
  const single = questions.filter((q) => q.answers === 1);
  const longest = single.filter((q) => keyIsLongest(q)).map((q) => q.id);
  const shortest = single.filter((q) => keyIsLongest(q, true)).map((q) => q.id);
  const positions: Record<string, number> = {};
  for (const q of single) {
    const letter = String.fromCharCode(65 + q.options.findIndex((o) => o.correct));
    positions[letter] = (positions[letter] ?? 0) + 1;
  }
  return {
    single: single.length,
    longest,
    share: single.length ? longest.length / single.length : 0,
    shortest,
    shortShare: single.length ? shortest.length / single.length : 0,
    positions,
    multiple: questions.length - single.length,
  };
}

/** How many questions test each item of `items`, in their order. */
export function countByItem(
  items: readonly string[],
  questions: readonly TellQuestion[],
): Map<string, number> {
  const counts = new Map(items.map((id) => [id, 0]));
  for (const q of questions) {
    for (const skill of new Set(q.skills)) if (counts.has(skill)) counts.set(skill, counts.get(skill)! + 1);
  }
  return counts;
}

/** The items tested by fewer than `QUESTIONS_PER_ITEM` questions. */
export const thinItems = (counts: ReadonlyMap<string, number>) =>
  [...counts].filter(([, n]) => n < QUESTIONS_PER_ITEM).map(([id]) => id);

/**
 * The build's review of the bank: a report to print, and the problems that fail the build (the key
 * the longest option in more than `LONGEST_KEY_LIMIT` of single-answer questions; an item of a guide
 * tested by fewer than `QUESTIONS_PER_ITEM` questions).
 */
export function reviewBank(
  questions: readonly TellQuestion[],
  guides: readonly { code: string; items: readonly string[] }[],
): { report: string[]; problems: string[] } {
  const tells = measureTells(questions);
  const share = Math.round(tells.share * 1000) / 10;
  const shortShare = Math.round(tells.shortShare * 1000) / 10;
  const positions = Object.entries(tells.positions)
    .sort()
    .map(([letter, n]) => `${letter} ${n}`)
    .join(", ");
  const report = [
    `Questions: ${questions.length} (${tells.multiple} multiple response); the key is the longest option in ${tells.longest.length} of ${tells.single} single-answer questions (${share}%) and the shortest in ${tells.shortest.length} (${shortShare}%); keys at ${positions}`,
  ];
  const problems: string[] = [];
  if (tells.share > LONGEST_KEY_LIMIT) {
    problems.push(
      `the key is the longest option in ${share}% of single-answer questions, above ${LONGEST_KEY_LIMIT * 100}%: rewrite the options of some of ${tells.longest.join(", ")}`,
    );
  }
  // Keys kept off the longest option must not all become the shortest: that is a tell too.
  if (tells.shortShare > LONGEST_KEY_LIMIT) {
    problems.push(
      `the key is the shortest option in ${shortShare}% of single-answer questions, above ${LONGEST_KEY_LIMIT * 100}%: rewrite the options of some of ${tells.shortest.join(", ")}`,
    );
  }
  for (const guide of guides) {
    const thin = thinItems(countByItem(guide.items, questions));
    report.push(
      `${guide.code}: ${guide.items.length} items, each tested by ${QUESTIONS_PER_ITEM} or more questions${thin.length ? `, except ${thin.join(", ")}` : ""}`,
    );
    if (thin.length) {
      problems.push(
        `${guide.code} items tested by fewer than ${QUESTIONS_PER_ITEM} questions: ${thin.join(", ")}`,
      );
    }
  }
  return { report, problems };
}
