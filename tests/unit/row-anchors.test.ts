import { describe, expect, it } from "vitest";
import { rowAnchors } from "@/lib/rowAnchors";

describe("rowAnchors", () => {
  it.each<[string[], string[]]>([
    [["Push or pull"], ["row-push-or-pull"]],
    [
      ["Ordering", "Max message size (KB)"],
      ["row-ordering", "row-max-message-size-kb"],
    ],
    [
      ["Cost", "Cost"],
      ["row-cost", "row-cost-1"],
    ],
    [["SSE-KMS / DSSE-KMS"], ["row-sse-kms--dsse-kms"]],
  ])("%j → %j", (aspects, expected) => {
    expect(rowAnchors(aspects)).toEqual(expected);
  });
});
