import { describe, expect, it } from "vitest";
import { gradeAnswer, previewDue, reviewItem, type Grade } from "@/lib/srs";

const NOW = new Date(2026, 11, 1, 9, 0);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe("reviewItem (FSRS through ts-fsrs)", () => {
  it.each<[string, Grade, number]>([
    ["Again on a new card brings it back in a minute", 1, 1 * MINUTE],
    ["Hard, in 6 minutes", 2, 6 * MINUTE],
    ["Good, in 10 minutes (the second learning step)", 3, 10 * MINUTE],
    ["Easy skips learning: days later", 4, 8 * DAY],
  ])("%s", (_, grade, wait) => {
    const item = reviewItem(undefined, grade, NOW);
    expect(item.due - NOW.getTime()).toBe(wait);
    expect(item).toMatchObject({ grade, reps: 1, last_review: NOW.getTime() });
  });

  it("graduates a card to days after Good twice, and a lapse brings it back sooner", () => {
    const first = reviewItem(undefined, 3, NOW);
    const second = reviewItem(first, 3, new Date(first.due));
    expect(second.state).toBe(2);
    expect(second.due - first.due).toBeGreaterThanOrEqual(DAY);
    const reviewedOnTime = new Date(second.due);
    const missed = reviewItem(second, 1, reviewedOnTime);
    const known = reviewItem(second, 3, reviewedOnTime);
    expect(missed.lapses).toBe(1);
    expect(missed.due).toBeLessThan(known.due);
  });

  it("previews the same dates the reviews give, for every grade", () => {
    const preview = previewDue(undefined, NOW);
    for (const grade of [1, 2, 3, 4] as const)
      expect(preview[grade]).toBe(reviewItem(undefined, grade, NOW).due);
  });
});

describe("gradeAnswer", () => {
  it.each<[boolean, Grade]>([
    [true, 3],
    [false, 1],
  ])("answered right: %s → grade %i", (correct, grade) => {
    expect(gradeAnswer(correct)).toBe(grade);
  });
});
