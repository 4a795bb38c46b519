import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  PROGRESS_FORMAT,
  emptyProgress,
  localDay,
  migrateLegacyMarks,
  parseLegacyMarks,
  recordReview,
  serializeProgress,
  type LegacyMarks,
  readStoredProgress,
} from "@/lib/progress";
import { readProgress } from "@/lib/progressFile";
import { describeReadProblem } from "@/lib/progressMessages";
import { reviewItem, type Grade } from "@/lib/srs";

const fixture = (name: string) => readFileSync(`tests/fixtures/progress/${name}`, "utf8");
const NOW = new Date(2026, 11, 1, 9, 30);
const review = (grade: Grade, now: Date) => reviewItem(undefined, grade, now);

describe("readProgress", () => {
  it.each<[string, string, string]>([
    ["a file that is not JSON", fixture("not-json.txt"), "not-json: This file is not JSON"],
    ["JSON that is not progress", fixture("unrelated.json"), "not-progress: This JSON file is not progress"],
    ["an empty object", "{}", "not-progress: This JSON file is not progress"],
    [
      "progress from a newer site",
      fixture("future-version.json"),
      "future: This progress comes from a newer version of the site (version 3)",
    ],
    [
      "an item whose due date is not a time",
      fixture("wrong-shape.json"),
      'damaged: This progress file is damaged: item "q:sqs-visibility-timeout" has no number "due"',
    ],
    [
      "a version that is not a number",
      JSON.stringify({ format: PROGRESS_FORMAT, version: "2", items: {}, days: {} }),
      "no-version: This progress file has no valid version",
    ],
    [
      "an item id of an unknown kind",
      JSON.stringify({ ...emptyProgress(), items: { "x:1": {} } }),
      'damaged: This progress file is damaged: item "x:1" is neither',
    ],
    [
      "a day with a negative count",
      JSON.stringify({ ...emptyProgress(), days: { "2026-12-01": -1 } }),
      'damaged: This progress file is damaged: day "2026-12-01"',
    ],
    [
      "a broken exam",
      JSON.stringify({ ...emptyProgress(), exam: { exam: "dea" } }),
      'damaged: This progress file is damaged: "exam" is not a mock exam',
    ],
  ])("rejects %s, saying why and that nothing changed", (_, text, expected) => {
    const result = readProgress(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const message = describeReadProblem(result);
    expect(`${result.problem}: ${message}`).toContain(expected);
    expect(message).toMatch(/Nothing was changed\.$/);
  });

  it("reads version 2 progress as it was written", () => {
    const result = readProgress(fixture("v2-progress.json"));
    expect(result.ok && result.version).toBe(2);
    if (!result.ok || result.version !== 2) return;
    expect(Object.keys(result.progress.items)).toEqual(["q:sqs-visibility-timeout"]);
    expect(result.progress.practice).toEqual({ id: "sqs-visibility-timeout", chosen: [0], submitted: true });
    expect(readProgress(serializeProgress(result.progress))).toEqual(result);
  });

  it("reads today's self-test marks (version 1): known is a Good review, not yet an Again review, dated now", () => {
    const result = readProgress(fixture("v1-marks.json"));
    expect(result.ok && result.version).toBe(1);
    if (!result.ok || result.version !== 1) return;
    const { items, days } = migrateLegacyMarks(emptyProgress(), result.marks, NOW, review);
    expect(Object.fromEntries(Object.entries(items).map(([id, item]) => [id, item.grade]))).toEqual({
      "c:sqs-1a2b3c": 3,
      "c:s3-4d5e6f": 1,
      "c:glue-7g8h9i": 3,
    });
    expect(items["c:sqs-1a2b3c"]!.last_review).toBe(NOW.getTime());
    expect(items["c:s3-4d5e6f"]!.due).toBeLessThan(items["c:sqs-1a2b3c"]!.due);
    expect(days).toEqual({ [localDay(NOW)]: 3 });
  });

  it("does not take an object with other values for version 1 marks", () => {
    expect(readProgress('{"s3-a":"known","b":1}').ok).toBe(false);
  });
});

describe("parseLegacyMarks (what the self-test stored)", () => {
  it.each<[string | null, LegacyMarks]>([
    [null, {}],
    ["", {}],
    ["not json", {}],
    ["[]", {}],
    ["null", {}],
    ['"known"', {}],
    ['{"s3-abc":"known","glue-def":"unknown"}', { "s3-abc": "known", "glue-def": "unknown" }],
    ['{"s3-abc":"known","glue-def":"maybe","rds-x":1,"emr-y":null}', { "s3-abc": "known" }],
  ])("%j → %j", (raw, expected) => {
    expect(parseLegacyMarks(raw)).toEqual(expected);
  });
});

describe("migrateLegacyMarks", () => {
  it("keeps a schedule the card already has", () => {
    const scheduled = recordReview(emptyProgress(), "c:s3-a", reviewItem(undefined, 4, NOW), NOW);
    const migrated = migrateLegacyMarks(scheduled, { "s3-a": "unknown", "s3-b": "known" }, NOW, review);
    expect(migrated.items["c:s3-a"]!.grade).toBe(4);
    expect(migrated.items["c:s3-b"]!.grade).toBe(3);
  });
});

describe("recordReview", () => {
  it("counts reviews per local day", () => {
    const later = new Date(2026, 11, 2, 8, 0);
    let p = recordReview(emptyProgress(), "q:a", review(3, NOW), NOW);
    p = recordReview(p, "q:b", review(1, NOW), NOW);
    p = recordReview(p, "q:a", reviewItem(p.items["q:a"], 3, later), later);
    expect(p.days).toEqual({ "2026-12-01": 2, "2026-12-02": 1 });
    expect(p.items["q:a"]!.reps).toBe(2);
  });
});

describe("readStoredProgress", () => {
  const doc = { format: "data-services-notes-progress", version: 2, items: {}, days: {} };
  it.each<[string, string, boolean]>([
    ["this site's document", JSON.stringify(doc), true],
    ["a document from before the exam history", JSON.stringify({ ...doc, exam: { exam: "dea" } }), true],
    ["another format", JSON.stringify({ ...doc, format: "other" }), false],
    ["a newer version", JSON.stringify({ ...doc, version: 3 }), false],
    ["no items", JSON.stringify({ ...doc, items: undefined }), false],
    ["not JSON", "{", false],
  ])("%s", (_, raw, ok) => {
    const read = readStoredProgress(raw);
    expect(read !== undefined).toBe(ok);
    if (read) expect(read.history).toEqual([]);
  });
});
