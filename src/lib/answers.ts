/** As on the exam, an answer is right only when it picks exactly the correct options: no partial credit. */
export function isAnswerCorrect(chosen: readonly number[] | undefined, correct: readonly number[]): boolean {
  if (!chosen || chosen.length !== correct.length) return false;
  const set = new Set(chosen);
  return set.size === correct.length && correct.every((i) => set.has(i));
}
