import { describe, expect, it } from "vitest";
import { parseProgress, type Progress } from "@/scripts/flashcards";

describe("parseProgress", () => {
  it.each<[string | null, Progress]>([
    [null, {}],
    ["", {}],
    ["not json", {}],
    ["[]", {}],
    ["null", {}],
    ['"known"', {}],
    ['{"s3-abc":"known","glue-def":"unknown"}', { "s3-abc": "known", "glue-def": "unknown" }],
    ['{"s3-abc":"known","glue-def":"maybe","rds-x":1,"emr-y":null}', { "s3-abc": "known" }],
  ])("%j → %j", (raw, expected) => {
    expect(parseProgress(raw)).toEqual(expected);
  });
});
