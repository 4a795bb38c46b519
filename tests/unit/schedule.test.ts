import { describe, expect, it } from "vitest";
import { dueByDay } from "@/lib/mastery";
import { buildQueue, countSchedule, describeDue, endOfDay, practiceOrder } from "@/lib/schedule";
import type { ScheduledItem } from "@/lib/srs";

const NOW = new Date(2026, 11, 1, 9, 0).getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (due: number): ScheduledItem => ({
  due,
  stability: 1,
  difficulty: 5,
  scheduled_days: 0,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  grade: 3,
});
const items = {
  overdue: at(NOW - 2 * DAY),
  dueNow: at(NOW),
  laterToday: at(NOW + 3 * HOUR),
  tomorrow: at(NOW + DAY),
  nextWeek: at(NOW + 6 * DAY + HOUR),
  farAway: at(NOW + 30 * DAY),
};
const ids = ["fresh1", "tomorrow", "dueNow", "fresh2", "overdue", "laterToday", "nextWeek", "farAway"];

describe("buildQueue", () => {
  it.each<[string, boolean, string[]]>([
    ["due ones oldest first, then new ones in order", false, ["overdue", "dueNow", "fresh1", "fresh2"]],
    ["due ones only", true, ["overdue", "dueNow"]],
  ])("%s", (_, dueOnly, expected) => {
    expect(buildQueue(ids, items, NOW, dueOnly)).toEqual(expected);
  });
});

describe("practiceOrder", () => {
  it("goes through the queue, then what is scheduled later, soonest first", () => {
    expect(practiceOrder(ids, items, NOW)).toEqual([
      "overdue",
      "dueNow",
      "fresh1",
      "fresh2",
      "laterToday",
      "tomorrow",
      "nextWeek",
      "farAway",
    ]);
  });
});

describe("countSchedule", () => {
  it("counts due now, due today, never reviewed and later", () => {
    expect(countSchedule(ids, items, NOW)).toEqual({ due: 2, today: 3, fresh: 2, later: 3 });
  });
});

describe("dueByDay", () => {
  it("lists the next seven days, today with the overdue", () => {
    expect(dueByDay(Object.values(items), NOW)).toEqual([
      { day: "2026-12-01", count: 3 },
      { day: "2026-12-02", count: 1 },
      { day: "2026-12-03", count: 0 },
      { day: "2026-12-04", count: 0 },
      { day: "2026-12-05", count: 0 },
      { day: "2026-12-06", count: 0 },
      { day: "2026-12-07", count: 1 },
    ]);
  });
});

describe("describeDue", () => {
  it.each<[number, string]>([
    [-HOUR, "now"],
    [0, "now"],
    [20_000, "in 1 minute"],
    [10 * 60_000, "in 10 minutes"],
    [3 * HOUR, "in 3 hours"],
    [DAY, "in 1 day"],
    [8 * DAY, "in 8 days"],
  ])("%i ms from now → %s", (wait, expected) => {
    expect(describeDue(NOW + wait, NOW)).toBe(expected);
  });
});

describe("endOfDay", () => {
  it("is the last millisecond of the local day", () => {
    expect(endOfDay(NOW)).toBe(new Date(2026, 11, 2).getTime() - 1);
  });
});
