import { describe, expect, it } from "vitest";
import { allocateQuestions, drawExam, seededRandom, shuffle } from "@/lib/examDraw";

const DEA = [
  { id: "d1", percent: 36 },
  { id: "d2", percent: 24 },
  { id: "d3", percent: 24 },
  { id: "d4", percent: 16 },
];
const plenty = { d1: 100, d2: 100, d3: 100, d4: 100 };

describe("allocateQuestions", () => {
  it.each<[string, Record<string, number>, number, Record<string, number>]>([
    ["20 questions in proportion (largest remainder)", plenty, 20, { d1: 7, d2: 5, d3: 5, d4: 3 }],
    ["65 questions in proportion", plenty, 65, { d1: 23, d2: 16, d3: 16, d4: 10 }],
    ["100 questions: exactly the percentages", plenty, 100, { d1: 36, d2: 24, d3: 24, d4: 16 }],
    [
      "a short domain gives its seats to the others",
      { d1: 100, d2: 100, d3: 1, d4: 100 },
      20,
      { d1: 9, d2: 6, d3: 1, d4: 4 },
    ],
    [
      "fewer questions than asked: all of them",
      { d1: 2, d2: 1, d3: 0, d4: 3 },
      20,
      { d1: 2, d2: 1, d3: 0, d4: 3 },
    ],
    ["an empty bank", {}, 20, { d1: 0, d2: 0, d3: 0, d4: 0 }],
  ])("%s", (_, available, total, expected) => {
    const counts = allocateQuestions(DEA, available, total);
    expect(counts).toEqual(expected);
  });

  it("lets a domain with no weight fill in only when the weighted ones run out", () => {
    const weights = [
      { id: "a", percent: 100 },
      { id: "b", percent: 0 },
    ];
    expect(allocateQuestions(weights, { a: 10, b: 10 }, 5)).toEqual({ a: 5, b: 0 });
    expect(allocateQuestions(weights, { a: 2, b: 10 }, 5)).toEqual({ a: 2, b: 3 });
  });
});

describe("seededRandom and shuffle", () => {
  it("repeat with the same seed and differ with another", () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(shuffle(items, seededRandom(42))).toEqual(shuffle(items, seededRandom(42)));
    expect(shuffle(items, seededRandom(42))).not.toEqual(shuffle(items, seededRandom(43)));
    expect([...shuffle(items, seededRandom(7))].sort((a, b) => a - b)).toEqual(items);
    const random = seededRandom(1);
    for (let i = 0; i < 1000; i++) expect(random()).toSatisfy((x: number) => x >= 0 && x < 1);
  });
});

describe("drawExam", () => {
  const bank = ["d1", "d2", "d3", "d4"].flatMap((domain) =>
    Array.from({ length: 30 }, (_, i) => ({ id: `${domain}-${i}`, domain })),
  );

  it("draws each domain's share, without repeats, the same way for the same seed", () => {
    const ids = drawExam(bank, DEA, 20, seededRandom(2026));
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    const perDomain = Object.fromEntries(
      DEA.map((d) => [d.id, ids.filter((id) => id.startsWith(`${d.id}-`)).length]),
    );
    expect(perDomain).toEqual({ d1: 7, d2: 5, d3: 5, d4: 3 });
    expect(drawExam(bank, DEA, 20, seededRandom(2026))).toEqual(ids);
  });

  it("leaves out questions of domains the exam does not have", () => {
    const ids = drawExam([...bank, { id: "mla-1", domain: "m1" }], DEA, 200, seededRandom(1));
    expect(ids).toHaveLength(120);
    expect(ids).not.toContain("mla-1");
  });

  it("over many seeds, keeps to the proportions", () => {
    const totals: Record<string, number> = { d1: 0, d2: 0, d3: 0, d4: 0 };
    for (let seed = 0; seed < 50; seed++) {
      for (const id of drawExam(bank, DEA, 25, seededRandom(seed))) totals[id.split("-")[0]!]! += 1;
    }
    expect(totals).toEqual({ d1: 450, d2: 300, d3: 300, d4: 200 });
  });
});
