import { shuffle, type Random } from "./examDraw";
import type { ScheduledItem } from "./srs";

/**
 * A practice session as a tutor would run it: the questions mixed (the ones due first), a missed one
 * back a few questions later, and each question's options in a fresh order for every attempt.
 */

/** How the questions of a selection are ordered. */
export type SessionOrder = "mixed" | "service" | "domain";

/** What ordering reads of a question. */
export interface OrderedQuestion {
  id: string;
  service: string;
  domain: string;
}

/**
 * The order of a session: questions due for review first (the longest overdue first), then new ones,
 * then those scheduled later (soonest first). "mixed" shuffles the new ones; "service" and "domain"
 * keep each group together, in the order `groups` gives, with that order inside each group.
 * `items` are the schedules by question id.
 */
export function sessionOrder(
  questions: readonly OrderedQuestion[],
  items: Readonly<Record<string, ScheduledItem>>,
  now: number,
  order: SessionOrder,
  random: Random,
  groups: readonly string[] = [],
): string[] {
  const due = questions.filter((q) => items[q.id] && items[q.id]!.due <= now);
  const fresh = questions.filter((q) => !items[q.id]);
  const later = questions.filter((q) => items[q.id] && items[q.id]!.due > now);
  const byDue = (a: OrderedQuestion, b: OrderedQuestion) => items[a.id]!.due - items[b.id]!.due;
  const phases = [[...due].sort(byDue), shuffle(fresh, random), [...later].sort(byDue)];
  if (order === "mixed") return phases.flat().map((q) => q.id);
  const key = (q: OrderedQuestion) => (order === "service" ? q.service : q.domain);
  const rank = (q: OrderedQuestion) => {
    const i = groups.indexOf(key(q));
    return i < 0 ? groups.length : i;
  };
  const phase = (q: OrderedQuestion) => phases.findIndex((p) => p.includes(q));
  const place = new Map(phases.flat().map((q, i) => [q.id, i]));
  return [...questions]
    .sort((a, b) => rank(a) - rank(b) || phase(a) - phase(b) || place.get(a.id)! - place.get(b.id)!)
    .map((q) => q.id);
}

/** How many questions later a missed question comes back. */
export const RETURN_AFTER = 3;

/**
 * The session after a miss at `index`: the question comes back `RETURN_AFTER` questions later (at the
 * end when fewer are left), and not again further on than that.
 */
export function bringBack(queue: readonly string[], index: number, id: string): string[] {
  const before = queue.slice(0, index + 1);
  const after = queue.slice(index + 1).filter((q) => q !== id);
  const at = Math.min(RETURN_AFTER, after.length);
  return [...before, ...after.slice(0, at), id, ...after.slice(at)];
}

/** The order the options of a question with `count` options are shown in: their stored indexes. */
export const optionOrder = (count: number, random: Random) =>
  shuffle(
    Array.from({ length: count }, (_, i) => i),
    random,
  );
