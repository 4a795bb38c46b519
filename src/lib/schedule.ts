import { countOf } from "./format";
import type { ScheduledItem } from "./srs";

/** What is due when: the study queue, the counts a page shows, and due dates in words. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The last millisecond of the reader's local day that contains `now`. */
export function endOfDay(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}

/**
 * The ids to study now, in order: those due (the longest overdue first), then those never reviewed,
 * in the order given. Items scheduled later are left out; with `dueOnly`, new ones are too.
 */
export function buildQueue(
  ids: readonly string[],
  items: Readonly<Record<string, ScheduledItem>>,
  now: number,
  dueOnly = false,
): string[] {
  const due = ids
    .filter((id) => items[id] && items[id].due <= now)
    .sort((a, b) => items[a]!.due - items[b]!.due);
  return dueOnly ? due : [...due, ...ids.filter((id) => !items[id])];
}

/** How many of `ids` are due now, due by the end of today, never reviewed, and scheduled after today. */
export function countSchedule(
  ids: readonly string[],
  items: Readonly<Record<string, ScheduledItem>>,
  now: number,
): { due: number; today: number; fresh: number; later: number } {
  const end = endOfDay(now);
  const counts = { due: 0, today: 0, fresh: 0, later: 0 };
  for (const id of ids) {
    const item = items[id];
    if (!item) counts.fresh += 1;
    else if (item.due <= end) {
      counts.today += 1;
      if (item.due <= now) counts.due += 1;
    } else counts.later += 1;
  }
  return counts;
}

/** When something is due, in words: "now", "in 10 minutes", "in 3 hours", "in 4 days". */
export function describeDue(due: number, now: number): string {
  const wait = due - now;
  if (wait <= 0) return "now";
  if (wait < HOUR) return `in ${countOf(Math.max(1, Math.round(wait / MINUTE)), "minute")}`;
  if (wait < DAY) return `in ${countOf(Math.round(wait / HOUR), "hour")}`;
  return `in ${countOf(Math.round(wait / DAY), "day")}`;
}

/**
 * The order of a practice session over `ids`: the study queue (due, then new), then the questions
 * scheduled later, soonest first, so a reader can still go through every question of a selection.
 */
export function practiceOrder(
  ids: readonly string[],
  items: Readonly<Record<string, ScheduledItem>>,
  now: number,
): string[] {
  const later = ids
    .filter((id) => items[id] && items[id].due > now)
    .sort((a, b) => items[a]!.due - items[b]!.due);
  return [...buildQueue(ids, items, now), ...later];
}
