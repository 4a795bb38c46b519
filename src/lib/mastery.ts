import { isKnown, localDay } from "./progress";
import type { ScheduledItem } from "./srs";

/** Mastery per service and per domain, the calendar of reviews and what falls due, for the progress page. */

/** One item of the catalogue and what it counts toward (services, or a domain). */
export interface CatalogItem {
  /** The item id ("q:..." or "c:..."). */
  item: string;
  /** The services or domains it counts toward. */
  keys: readonly string[];
}

/** How well a service or domain is known. */
export interface Mastery {
  id: string;
  /** Items whose last review was Good or Easy (a right answer for a question). */
  known: number;
  /** Items reviewed at least once. */
  seen: number;
  /** Items there are. */
  total: number;
}

/** Mastery per key, weakest first: the lowest share known, then the most missed, the most items, the id. */
export function measureMastery(
  catalog: readonly CatalogItem[],
  items: Readonly<Record<string, ScheduledItem>>,
): Mastery[] {
  const byKey = new Map<string, Mastery>();
  for (const { item, keys } of catalog) {
    for (const key of new Set(keys)) {
      const m = byKey.get(key) ?? { id: key, known: 0, seen: 0, total: 0 };
      m.total += 1;
      if (items[item]) m.seen += 1;
      if (isKnown(items[item])) m.known += 1;
      byKey.set(key, m);
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      a.known / a.total - b.known / b.total ||
      b.seen - b.known - (a.seen - a.known) ||
      b.total - a.total ||
      a.id.localeCompare(b.id),
  );
}

/** The reviews of each day of the last `weeks` weeks, from a Monday to today, for a calendar grid. */
export function calendarDays(
  days: Readonly<Record<string, number>>,
  now: number,
  weeks = 12,
): { day: string; count: number }[] {
  const today = new Date(now);
  const sinceMonday = (today.getDay() + 6) % 7;
  const start = new Date(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() - sinceMonday - 7 * (weeks - 1),
  );
  const list = [];
  for (let i = 0; i < 7 * weeks; i++) {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    if (day > today) break;
    const key = localDay(day);
    list.push({ day: key, count: days[key] ?? 0 });
  }
  return list;
}

/** A day's shade on the calendar, 0 (none) to 4 (ten reviews or more). */
export const heatLevel = (count: number) =>
  count === 0 ? 0 : count < 3 ? 1 : count < 6 ? 2 : count < 10 ? 3 : 4;

/** Reviews falling due on each of the next `days` local days, today first; today also counts the overdue. */
export function dueByDay(
  items: Iterable<ScheduledItem>,
  now: number,
  days = 7,
): { day: string; count: number }[] {
  const d = new Date(now);
  const list = Array.from({ length: days }, (_, i) => ({
    day: localDay(new Date(d.getFullYear(), d.getMonth(), d.getDate() + i)),
    count: 0,
  }));
  const today = list[0]!.day;
  for (const item of items) {
    const day = item.due <= now ? today : localDay(item.due);
    const entry = list.find((e) => e.day === day);
    if (entry) entry.count += 1;
  }
  return list;
}
