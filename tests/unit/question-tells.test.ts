import { describe, expect, it } from "vitest";
import {
  countByItem,
  keyIsLongest,
  measureTells,
  reviewBank,
  thinItems,
  type TellQuestion,
} from "@/lib/questionTells";

const q = (id: string, texts: string[], keys: number[], skills: string[] = []): TellQuestion => ({
  id,
  answers: keys.length,
  domain: "dea-ingestion-transformation",
  skills,
  options: texts.map((text, i) => ({ text, correct: keys.includes(i) })),
});

describe("keyIsLongest", () => {
  it.each<[string, TellQuestion, boolean]>([
    ["the key is longer than all", q("a", ["long key here", "short", "tiny", "mid one"], [0]), true],
    ["the key ties the longest", q("b", ["same length", "same lengtH", "x", "y"], [0]), false],
    ["another option is longer", q("c", ["key", "a longer one", "x", "y"], [0]), false],
    ["multiple response never counts", q("d", ["long key here", "b", "long key two", "d"], [0, 2]), false],
  ])("%s", (_, question, expected) => {
    expect(keyIsLongest(question)).toBe(expected);
  });

  it.each<[string, TellQuestion, boolean]>([
    ["the key is shorter than all", q("a", ["key", "a longer one", "longer two", "and three"], [0]), true],
    ["the key ties the shortest", q("b", ["key", "abc", "longer", "longest"], [0]), false],
    ["the key is the longest", q("c", ["the long key", "b", "c", "d"], [0]), false],
  ])("shortest: %s", (_, question, expected) => {
    expect(keyIsLongest(question, true)).toBe(expected);
  });
});

describe("measureTells", () => {
  it("counts single-answer questions, longest keys, their share and the keys' letters", () => {
    const bank = [
      q("a", ["long key here", "b", "c", "d"], [0]),
      q("b", ["a", "key", "c", "d"], [1]),
      q("c", ["a", "b", "c", "keyed"], [3]),
      q("d", ["a long one", "b", "key", "d"], [2]),
      q("e", ["a", "b", "c", "d"], [0, 1]),
    ];
    expect(measureTells(bank)).toEqual({
      single: 4,
      longest: ["a", "b", "c"],
      share: 0.75,
      shortest: [],
      shortShare: 0,
      positions: { A: 1, B: 1, D: 1, C: 1 },
      multiple: 1,
    });
  });

  it("gives a share of 0 for no questions", () => {
    expect(measureTells([]).share).toBe(0);
  });
});

describe("countByItem and thinItems", () => {
  it("counts each question once per item it names and lists the items with fewer than two", () => {
    const bank = [
      q("a", ["w", "x", "y", "z"], [0], ["1.1.k1", "1.1.k2"]),
      q("b", ["w", "x", "y", "z"], [0], ["1.1.k1", "1.1.k1"]),
      q("c", ["w", "x", "y", "z"], [0], ["1.1.k2", "9.9.k9"]),
    ];
    const counts = countByItem(["1.1.k1", "1.1.k2", "1.1.k3"], bank);
    expect([...counts]).toEqual([
      ["1.1.k1", 2],
      ["1.1.k2", 2],
      ["1.1.k3", 0],
    ]);
    expect(thinItems(counts)).toEqual(["1.1.k3"]);
  });
});

describe("reviewBank", () => {
  const even = (id: string, key: number, skills: string[]) =>
    q(
      id,
      ["one option", "two option", "three opt", "four opts"].map((t, i) => (i === key ? "keyed one" : t)),
      [key],
      skills,
    );
  const longKey = (id: string, skills: string[]) =>
    q(id, ["the longest option of all", "b option", "c option", "d option"], [0], skills);
  const shortKey = (id: string, skills: string[]) =>
    q(id, ["k", "b option", "c option", "d option"], [0], skills);

  it.each<[string, TellQuestion[], string[]]>([
    [
      "a fair bank passes",
      [
        even("a", 0, ["1.1.k1"]),
        even("b", 1, ["1.1.k1"]),
        longKey("c", ["1.1.k2"]),
        even("d", 2, ["1.1.k2"]),
      ],
      [],
    ],
    [
      "keys longest in more than 30% fail, naming the questions",
      [
        longKey("a", ["1.1.k1"]),
        longKey("b", ["1.1.k1"]),
        even("c", 1, ["1.1.k2"]),
        even("d", 3, ["1.1.k2"]),
      ],
      [
        "the key is the longest option in 50% of single-answer questions, above 30%: rewrite the options of some of a, b",
      ],
    ],
    [
      "keys shortest in more than 30% fail too",
      [
        shortKey("a", ["1.1.k1"]),
        shortKey("b", ["1.1.k1"]),
        even("c", 1, ["1.1.k2"]),
        even("d", 3, ["1.1.k2"]),
      ],
      [
        "the key is the shortest option in 50% of single-answer questions, above 30%: rewrite the options of some of a, b",
      ],
    ],
    [
      "an item with one question fails, naming it",
      [even("a", 0, ["1.1.k1"]), even("b", 1, ["1.1.k1"]), even("c", 2, ["1.1.k2"])],
      ["T-C01 items tested by fewer than 2 questions: 1.1.k2"],
    ],
  ])("%s", (_, bank, problems) => {
    expect(reviewBank(bank, [{ code: "T-C01", items: ["1.1.k1", "1.1.k2"] }]).problems).toEqual(problems);
  });

  it("reports the counts and where the keys sit", () => {
    const { report } = reviewBank(
      [even("a", 0, ["1.1.k1"]), longKey("b", ["1.1.k1"])],
      [{ code: "T-C01", items: ["1.1.k1"] }],
    );
    expect(report).toEqual([
      "Questions: 2 (0 multiple response); the key is the longest option in 1 of 2 single-answer questions (50%) and the shortest in 0 (0%); keys at A 2",
      "T-C01: 1 items, each tested by 2 or more questions",
    ]);
  });
});
