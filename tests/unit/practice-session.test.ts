import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/examDraw";
import { bringBack, optionOrder, sessionOrder, type OrderedQuestion } from "@/lib/practiceSession";
import type { ScheduledItem } from "@/lib/srs";

const NOW = Date.UTC(2026, 11, 7, 12);
const item = (due: number): ScheduledItem => ({
  due,
  stability: 1,
  difficulty: 5,
  scheduled_days: 1,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  grade: 3,
});
const q = (id: string, service: string, domain: string): OrderedQuestion => ({ id, service, domain });
const BANK = [
  q("s3-a", "s3", "store"),
  q("glue-a", "glue", "ingest"),
  q("s3-b", "s3", "ingest"),
  q("glue-b", "glue", "store"),
  q("kms-a", "kms", "security"),
];
const ITEMS = {
  "glue-b": item(NOW - 1000), // due
  "s3-b": item(NOW - 5000), // due longer
  "kms-a": item(NOW + 5000), // later
};

describe("sessionOrder", () => {
  it("mixed: due first (longest overdue first), new ones shuffled, later ones last", () => {
    const order = sessionOrder(BANK, ITEMS, NOW, "mixed", seededRandom(1));
    expect(order.slice(0, 2)).toEqual(["s3-b", "glue-b"]);
    expect(new Set(order.slice(2, 4))).toEqual(new Set(["s3-a", "glue-a"]));
    expect(order[4]).toBe("kms-a");
  });

  it("mixed: new questions are not in stored order for every seed", () => {
    const bank = Array.from({ length: 20 }, (_, i) => q(`q${i}`, "s3", "store"));
    const orders = [1, 2, 3].map((seed) => sessionOrder(bank, {}, NOW, "mixed", seededRandom(seed)).join());
    expect(new Set(orders).size).toBe(3);
    expect(orders).not.toContain(bank.map((b) => b.id).join());
  });

  it.each<[string, "service" | "domain", string[], string[]]>([
    [
      "by service, in the groups' order",
      "service",
      ["glue", "s3", "kms"],
      ["glue-b", "glue-a", "s3-b", "s3-a", "kms-a"],
    ],
    [
      "by domain, in the groups' order",
      "domain",
      ["ingest", "store", "security"],
      ["s3-b", "glue-a", "glue-b", "s3-a", "kms-a"],
    ],
  ])("%s, due before new inside a group", (_, order, groups, expected) => {
    expect(sessionOrder(BANK, ITEMS, NOW, order, seededRandom(1), groups)).toEqual(expected);
  });
});

describe("bringBack", () => {
  it.each<[string, string[], number, string, string[]]>([
    ["three questions later", ["a", "b", "c", "d", "e", "f"], 0, "a", ["a", "b", "c", "d", "a", "e", "f"]],
    ["at the end when fewer are left", ["a", "b", "c"], 1, "b", ["a", "b", "c", "b"]],
    ["after the last question", ["a", "b"], 1, "b", ["a", "b", "b"]],
    ["once, moving a later copy up", ["a", "b", "c", "d", "e", "a"], 0, "a", ["a", "b", "c", "d", "a", "e"]],
  ])("%s", (_, queue, index, id, expected) => {
    expect(bringBack(queue, index, id)).toEqual(expected);
  });
});

describe("optionOrder", () => {
  it("is a permutation of the option indexes", () => {
    for (const seed of [1, 2, 3, 4]) {
      expect([...optionOrder(4, seededRandom(seed))].sort()).toEqual([0, 1, 2, 3]);
    }
  });

  it("puts the first option elsewhere for some seeds", () => {
    const firsts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => optionOrder(4, seededRandom(seed))[0]));
    expect(firsts.size).toBeGreaterThan(1);
  });
});
