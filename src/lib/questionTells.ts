/**
 * What gives a question bank away before the reader thinks: a key that is the longest option more often
 * than chance, keys that sit in the same places, and exam items no question tests. The build prints
 * this report and fails past the limits (src/lib/contentQuestions.ts).
 */

/** The part of a question these checks read. */
export interface TellQuestion {
  id: string;
  answers: number;
  domain: string;
  skills: readonly string[];
  options: readonly { text: string; correct: boolean }[];
}

/** The most single-answer questions whose key may be strictly the longest option: 30%. */
export const LONGEST_KEY_LIMIT = 0.3;

/** The fewest questions each exam item needs. */
export const QUESTIONS_PER_ITEM = 2;

/** Whether a single-answer question's key is longer than every other option. */
export function keyIsLongest(q: TellQuestion): boolean {
  if (q.answers !== 1) return false;
  const key = q.options.find((o) => o.correct);
  if (!key) return false;
  return q.options.every((o) => o === key || o.text.length < key.text.length);
}

/** The single-answer questions, how many key the longest option, that share, and the keys' letters. */
export function measureTells(questions: readonly TellQuestion[]) {
  const single = questions.filter((q) => q.answers === 1);
  const longest = single.filter(keyIsLongest).map((q) => q.id);
  const positions: Record<string, number> = {};
  for (const q of single) {
    const letter = String.fromCharCode(65 + q.options.findIndex((o) => o.correct));
    positions[letter] = (positions[letter] ?? 0) + 1;
  }
  return {
    single: single.length,
    longest,
    share: single.length ? longest.length / single.length : 0,
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
