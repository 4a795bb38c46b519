import { describe, expect, it } from "vitest";
import { buildDeck, buildServiceCards, factAnchor, hashText, type Fact } from "@/lib/flashcards";
import type { ServiceEntry } from "@/lib/services";
import { readContentPages } from "../helpers/content";

describe("card ids and anchors", () => {
  // Published FNV-1a (32-bit) test vectors, written in base 36.
  it.each<[string, string]>([
    ["", (0x811c9dc5).toString(36)],
    ["a", (0xe40c292c).toString(36)],
    ["foobar", (0xbf9cf968).toString(36)],
  ])("hashText(%j) is FNV-1a", (input, expected) => {
    expect(hashText(input)).toBe(expected);
    expect(hashText(input)).toMatch(/^[0-9a-z]+$/);
  });

  it("keeps a card's id when facts are reordered, and changes it with the question", () => {
    const a: Fact = { question: "A?", answer: "one" };
    const b: Fact = { question: "B?", answer: "two" };
    const [first] = buildServiceCards("s3", [a, b]);
    const [, moved] = buildServiceCards("s3", [b, a]);
    expect(moved).toEqual(first);
    expect(first).toEqual({
      question: "A?",
      answer: "one",
      id: `s3-${hashText("A?")}`,
      anchor: factAnchor("A?"),
    });
    expect(buildServiceCards("s3", [{ question: "A, really?", answer: "one" }])[0]!.id).not.toBe(first!.id);
  });

  it.each<[string, string]>([
    ["Is it  spread\n over lines?", "Is it spread over lines?"],
    ["  Padded?  ", "Padded?"],
  ])("the page's anchor for %j matches the card's, whatever the spacing", (raw, plain) => {
    expect(factAnchor(raw)).toBe(factAnchor(plain));
  });
});

describe("buildDeck", () => {
  const entry = (id: string, category: ServiceEntry["data"]["category"]): ServiceEntry => ({
    id,
    data: { title: `Amazon ${id}`, shortName: id, category, related: [] },
  });
  const facts: Record<string, Fact[]> = {
    redshift: [{ question: "R?", answer: "r" }],
    s3: [{ question: "S?", answer: "s" }],
    athena: [{ question: "A?", answer: "a" }],
    rds: [],
  };

  it("groups cards by category in the site's order, and leaves out services with no cards", () => {
    const deck = buildDeck(
      [
        entry("redshift", "analytics"),
        entry("s3", "storage"),
        entry("athena", "analytics"),
        entry("rds", "databases"),
      ],
      (s) => facts[s.id]!,
    );
    expect(deck.map((g) => [g.category.id, g.services.map((s) => [s.service.id, s.cards.length])])).toEqual([
      ["storage", [["s3", 1]]],
      [
        "analytics",
        [
          ["athena", 1],
          ["redshift", 1],
        ],
      ],
    ]);
  });
});

describe("every real service page", () => {
  const pages = readContentPages("src/content/services");

  it("is there to check", () => expect(pages.length).toBeGreaterThan(0));

  it.each(pages.map((p) => [p.id, p.marks.facts] as const))(
    "%s gives at least 3 cards, each with a question and a plain-text answer",
    (_, pageFacts) => {
      expect(pageFacts.length).toBeGreaterThanOrEqual(3);
      for (const fact of pageFacts) {
        expect(fact.question).toMatch(/\?$/);
        expect(fact.answer).not.toMatch(/<\/?[A-Z]|\]\(|\*\*|`|\{"/);
        // A card reads alone: it starts a sentence, and does not open on a quoted claim or an "also".
        expect(fact.answer, fact.question).toMatch(/^[A-Z0-9]/);
        expect(fact.answer, fact.question).not.toMatch(/^(Also|And|But|Or|It|This|They)\b/);
      }
    },
  );
});
