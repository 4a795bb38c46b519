import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildDeck,
  buildServiceCards,
  decodeEntities,
  extractFacts,
  factAnchor,
  hashText,
  toPlainText,
  type DeckEntry,
  type Fact,
} from "@/lib/flashcards";

describe("toPlainText", () => {
  it.each<[string, string]>([
    ["plain words", "plain words"],
    ["data in [Amazon S3](/services/s3/) stays", "data in Amazon S3 stays"],
    ['a <Term id="serde">SerDe (serializer)</Term> library', "a SerDe (serializer) library"],
    ["**Provisioned** (the default)", "Provisioned (the default)"],
    ['**<Term id="serverless">Serverless</Term> cache**', "Serverless cache"],
    ["run `SELECT 1` now", "run SELECT 1 now"],
    ["an *emphasised* word", "an emphasised word"],
    ["keeps snake_case_names and 2 * 3 * 4", "keeps snake_case_names and 2 * 3 * 4"],
    ["Oracle &rarr; PostgreSQL &amp; more", "Oracle → PostgreSQL & more"],
    ['left{" "}\n  behind', "left behind"],
    ["a {/* note */}comment", "a comment"],
    ["an escaped \\*star\\*", "an escaped *star*"],
    ["  spread\n  over\n  lines  ", "spread over lines"],
  ])("%j → %j", (input, expected) => {
    expect(toPlainText(input)).toBe(expected);
  });
});

describe("decodeEntities", () => {
  it.each<[string, string]>([
    ["a &amp; b", "a & b"],
    ["&lt;tag&gt;", "<tag>"],
    ["&quot;quoted&quot; &#39;single&#39;", "\"quoted\" 'single'"],
    ["&#x2192; &#8594;", "→ →"],
    ["&unknown; stays", "&unknown; stays"],
    ["&#0; stays", "&#0; stays"],
  ])("%j → %j", (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe("extractFacts", () => {
  it.each<[string, string, Fact[]]>([
    ["no facts", "Just prose.\n\n- a bullet", []],
    [
      "one fact in a bullet",
      '- <Fact q="Where does the data stay?">The data stays in [Amazon S3](/services/s3/).</Fact>',
      [{ question: "Where does the data stay?", answer: "The data stays in Amazon S3." }],
    ],
    [
      "facts in page order, after a prettier-ignore comment, with prose around them",
      [
        "{/* prettier-ignore */}",
        '- <Fact q="First?">One <Term id="x">term</Term>.</Fact>',
        "- Not a fact.",
        '- <Fact q="Second?">**Two**, with `code`.</Fact> Trailing prose.',
      ].join("\n"),
      [
        { question: "First?", answer: "One term." },
        { question: "Second?", answer: "Two, with code." },
      ],
    ],
    [
      "a fact over several lines",
      '<Fact q="Which engines?">\n  Valkey,\n  Memcached\n</Fact>',
      [{ question: "Which engines?", answer: "Valkey, Memcached" }],
    ],
    [
      "single quotes and an entity in the question",
      "<Fact q='Is S3 &quot;a database&quot;?'>No.</Fact>",
      [{ question: 'Is S3 "a database"?', answer: "No." }],
    ],
    [
      "a question with > inside its quotes",
      '<Fact q="Is 2 > 1?">Yes.</Fact>',
      [{ question: "Is 2 > 1?", answer: "Yes." }],
    ],
    [
      "facts inside code blocks and comments are not facts",
      '```mdx\n<Fact q="Example?">shown, not asked</Fact>\n```\n{/* <Fact q="Hidden?">no</Fact> */}\n`<Fact q="Inline?">no</Fact>`',
      [],
    ],
  ])("%s", (_, body, expected) => {
    expect(extractFacts(body)).toEqual(expected);
  });

  it.each<[string, string, RegExp]>([
    ["no q", "<Fact>An answer.</Fact>", /src\/x\.mdx: <Fact> has no question/],
    ["an empty q", '<Fact q="">An answer.</Fact>', /src\/x\.mdx: .* has no question/],
    [
      "not a question",
      '<Fact q="Where it lives">S3.</Fact>',
      /src\/x\.mdx: .*must ask a question ending with "\?"/,
    ],
    ["an empty answer", '<Fact q="Where?"></Fact>', /src\/x\.mdx: <Fact q="Where\?"> has an empty answer/],
    ["an answer of markup only", '<Fact q="Where?"> {" "} </Fact>', /has an empty answer/],
    ["a self-closing fact", '<Fact q="Where?" />', /has an empty answer/],
    ["an unclosed fact", '<Fact q="Where?">S3.', /src\/x\.mdx: <Fact q="Where\?"> is never closed/],
    ["a nested fact", '<Fact q="A?">one <Fact q="B?">two</Fact></Fact>', /has another <Fact> inside it/],
    ["a question asked twice", '<Fact q="A?">one</Fact> <Fact q="A?">two</Fact>', /"A\?" is asked twice/],
  ])("throws, naming the file, on %s", (_, body, error) => {
    expect(() => extractFacts(body, "src/x.mdx")).toThrow(error);
  });
});

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
    const a = '<Fact q="A?">one</Fact>';
    const b = '<Fact q="B?">two</Fact>';
    const [first] = buildServiceCards("s3", `${a}\n${b}`);
    const [, moved] = buildServiceCards("s3", `${b}\n${a}`);
    expect(moved).toEqual(first);
    expect(first!.id).toBe(`s3-${hashText("A?")}`);
    expect(first!.anchor).toBe(factAnchor("A?"));
    expect(buildServiceCards("s3", '<Fact q="A, really?">one</Fact>')[0]!.id).not.toBe(first!.id);
  });

  it.each<[string, string]>([
    ["What is `DAX`?", "What is DAX?"],
    ["Is it  spread\n over lines?", "Is it spread over lines?"],
  ])("the page's anchor for %j matches the card's, whatever the markup", (raw, plain) => {
    expect(factAnchor(raw)).toBe(factAnchor(plain));
    expect(buildServiceCards("x", `<Fact q="${raw}">yes</Fact>`)[0]!.anchor).toBe(factAnchor(raw));
  });
});

describe("buildDeck", () => {
  const entry = (id: string, category: DeckEntry["data"]["category"], body: string): DeckEntry => ({
    id,
    filePath: `src/content/services/${id}.mdx`,
    body,
    data: { title: `Amazon ${id}`, shortName: id, category, related: [] },
  });

  it("groups cards by category in the site's order, and leaves out services with no cards", () => {
    const deck = buildDeck([
      entry("redshift", "analytics", '<Fact q="R?">r</Fact>'),
      entry("s3", "storage", '<Fact q="S?">s</Fact>'),
      entry("athena", "analytics", '<Fact q="A?">a</Fact>'),
      entry("rds", "databases", "no facts"),
    ]);
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

  it("names the file of a bad fact", () => {
    expect(() => buildDeck([entry("glue", "integration", "<Fact>no question</Fact>")])).toThrow(
      "src/content/services/glue.mdx",
    );
  });
});

describe("every real service page", () => {
  const dir = "src/content/services";
  const files = readdirSync(dir).filter((f) => f.endsWith(".mdx"));

  it("is there to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s gives at least 3 cards, each with a question and a plain-text answer", (file) => {
    const path = join(dir, file);
    const cards = buildServiceCards(file.replace(/\.mdx$/, ""), readFileSync(path, "utf8"), path);
    expect(cards.length).toBeGreaterThanOrEqual(3);
    for (const card of cards) {
      expect(card.question).toMatch(/\?$/);
      expect(card.answer).not.toMatch(/<\/?[A-Z]|\]\(|\*\*|`|\{"/);
    }
  });
});
