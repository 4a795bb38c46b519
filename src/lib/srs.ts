import { fsrs, Rating, type CardInput, type Grade as FsrsGrade } from "ts-fsrs";

/**
 * Spaced repetition for flashcards and practice questions, scheduled by FSRS through ts-fsrs (the
 * reference TypeScript implementation of the Free Spaced Repetition Scheduler, kept by the
 * open-spaced-repetition project). This file only adapts it to what the site stores.
 */

/** A reader's grade: Again, Hard, Good, Easy (the keys 1 to 4). */
export type Grade = 1 | 2 | 3 | 4;

/** The grade names, by grade. */
export const GRADE_NAMES = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as const satisfies Record<
  Grade,
  string
>;

/** An item's schedule as stored: ts-fsrs's card, with its dates as epoch milliseconds so it is plain JSON. */
export interface ScheduledItem {
  /** When it is next due. */
  due: number;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** New 0, Learning 1, Review 2, Relearning 3. */
  state: 0 | 1 | 2 | 3;
  /** When it was last reviewed. */
  last_review?: number;
  /** The grade of that review, for mastery: Good and Easy count as known. */
  grade: Grade;
}

// Defaults: FSRS-6 weights, 90% target retention, learning steps of 1 and 10 minutes. No fuzz, so the
// same review gives the same date (a tested, predictable schedule).
const scheduler = fsrs({ enable_fuzz: false });

// ts-fsrs 5 works out the days since the last review from `last_review`; the card's own field for it is
// deprecated, so it is not stored, and is given as 0 only because the type still asks for it.
const NEW_CARD = {
  due: 0,
  stability: 0,
  difficulty: 0,
  scheduled_days: 0,
  learning_steps: 0,
  reps: 0,
  lapses: 0,
  state: 0,
};

function toCard(item: ScheduledItem | undefined, now: Date): CardInput {
  const { grade: _grade, ...card } = item ?? { ...NEW_CARD, due: now.getTime(), grade: 1 };
  return { ...card, elapsed_days: 0 };
}

/** The item after a review graded `grade` at `now` (a new item when it had no schedule yet). */
export function reviewItem(item: ScheduledItem | undefined, grade: Grade, now: Date): ScheduledItem {
  const { card } = scheduler.next(toCard(item, now), now, grade as FsrsGrade);
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as ScheduledItem["state"],
    last_review: now.getTime(),
    grade,
  };
}

/** When the item would next be due after each grade, for the buttons to say. */
export function previewDue(item: ScheduledItem | undefined, now: Date): Record<Grade, number> {
  const preview = scheduler.repeat(toCard(item, now), now);
  return {
    1: preview[Rating.Again].card.due.getTime(),
    2: preview[Rating.Hard].card.due.getTime(),
    3: preview[Rating.Good].card.due.getTime(),
    4: preview[Rating.Easy].card.due.getTime(),
  };
}

/** A practice question answered right is a Good review; a missed one is Again, so it comes back sooner. */
export const gradeAnswer = (correct: boolean): Grade => (correct ? 3 : 1);
