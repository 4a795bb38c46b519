import { describe, expect, it } from "vitest";
import { calendarDays, heatLevel, measureMastery } from "@/lib/mastery";
import type { ScheduledItem } from "@/lib/srs";

const graded = (grade: 1 | 2 | 3 | 4): ScheduledItem => ({
  due: 0,
  stability: 1,
  difficulty: 5,
  scheduled_days: 0,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  grade,
});

describe("measureMastery", () => {
  it("counts known (Good or Easy), seen and total per key, weakest first, the most missed first among equals", () => {
    const catalog = [
      { item: "q:1", keys: ["sqs", "sns"] },
      { item: "q:2", keys: ["sqs"] },
      { item: "c:a", keys: ["sqs"] },
      { item: "c:b", keys: ["s3"] },
      { item: "c:c", keys: ["s3", "s3"] },
      { item: "c:d", keys: ["glue"] },
      { item: "c:e", keys: ["emr"] },
      { item: "c:f", keys: ["emr"] },
      { item: "c:g", keys: ["kms"] },
      { item: "c:h", keys: ["kms"] },
      { item: "c:i", keys: ["kms"] },
    ];
    const items = {
      "q:1": graded(3),
      "q:2": graded(1),
      "c:a": graded(4),
      "c:b": graded(2),
      "c:e": graded(1),
    };
    expect(measureMastery(catalog, items)).toEqual([
      { id: "emr", known: 0, seen: 1, total: 2 },
      { id: "s3", known: 0, seen: 1, total: 2 },
      { id: "kms", known: 0, seen: 0, total: 3 },
      { id: "glue", known: 0, seen: 0, total: 1 },
      { id: "sqs", known: 2, seen: 3, total: 3 },
      { id: "sns", known: 1, seen: 1, total: 1 },
    ]);
  });
});

describe("calendarDays", () => {
  it("runs from the Monday of the first week to today", () => {
    // 2026-12-03 is a Thursday.
    const days = calendarDays({ "2026-11-23": 4, "2026-12-03": 1 }, new Date(2026, 11, 3, 20).getTime(), 2);
    expect(days.map((d) => d.day)).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
    ]);
    expect(days[0]!.count).toBe(4);
    expect(days.at(-1)!.count).toBe(1);
  });
});

describe("heatLevel", () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 2],
    [5, 2],
    [6, 3],
    [9, 3],
    [10, 4],
    [200, 4],
  ])("%i reviews → level %i", (count, level) => {
    expect(heatLevel(count)).toBe(level);
  });
});
