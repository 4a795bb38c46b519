import { describe, expect, it } from "vitest";
import { checkDiagrams, checkLinks, checkTerms, reportProblems } from "@/lib/mdx/checkMarks";
import { readMarks, type Marks } from "@/lib/mdx/marks";
import { parseMdx } from "@/lib/mdx/parse";
import { unwrapComponents } from "@/lib/mdx/unwrap";

/** The marks of an MDX body, parsed as the build parses it. */
const marksOf = (body: string, file = "src/x.mdx") =>
  readMarks(parseMdx(`---\na: 1\n---\n${body}`, file).tree, file);
/** Lines of the body above, counted from the body's own first line (the frontmatter takes 3). */
const bodyLine = (line: number) => line - 3;

describe("parseMdx", () => {
  it("splits frontmatter from body and keeps the tree", () => {
    const { data, body, tree } = parseMdx('---\ntitle: "A"\nlist: [1, 2]\n---\n\n# Hi\n', "a.mdx");
    expect(data).toEqual({ title: "A", list: [1, 2] });
    expect(body).toBe("\n# Hi\n");
    expect(tree.children.map((n) => n.type)).toEqual(["yaml", "heading"]);
  });

  it.each<[string, string, RegExp]>([
    ["no frontmatter", "# Hi\n", /^a\.mdx: no frontmatter/],
    ["a frontmatter that is a list", "---\n- 1\n---\n", /^a\.mdx:2: the frontmatter is not a mapping/],
  ])("names the file on %s", (_, source, error) => {
    expect(() => parseMdx(source, "a.mdx")).toThrow(error);
  });
});

describe("readMarks: facts", () => {
  it.each<[string, string, Omit<Marks["facts"][number], "line">[]]>([
    ["no facts", "Just prose.\n\n- a bullet", []],
    [
      "one fact in a bullet, its link giving its text",
      '- <Fact q="Where does the data stay?">The data stays in [Amazon S3](/services/s3/).</Fact>',
      [{ question: "Where does the data stay?", answer: "The data stays in Amazon S3." }],
    ],
    [
      "facts in page order, with marks, emphasis and code inside",
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
      "<Fact q='Is S3 &quot;a database&quot;?'>S3 is an object store.</Fact>",
      [{ question: 'Is S3 "a database"?', answer: "S3 is an object store." }],
    ],
    [
      "a string literal as the question",
      '<Fact q={"Is 2 > 1?"}>Two is more than one.</Fact>',
      [{ question: "Is 2 > 1?", answer: "Two is more than one." }],
    ],
    [
      "a question spread over lines",
      '<Fact q="Is it\n  spread?">It is spread.</Fact>',
      [{ question: "Is it spread?", answer: "It is spread." }],
    ],
    [
      "answers that open with No, Yes or Both as words of a statement",
      [
        '- <Fact q="What runs?">No server runs between queries.</Fact>',
        '- <Fact q="Which queues?">Both queue types keep messages.</Fact>',
        '- <Fact q="What is it?">Nobody manages it; Yesterday\'s data stays.</Fact>',
      ].join("\n"),
      [
        { question: "What runs?", answer: "No server runs between queries." },
        { question: "Which queues?", answer: "Both queue types keep messages." },
        { question: "What is it?", answer: "Nobody manages it; Yesterday's data stays." },
      ],
    ],
    [
      "facts in code blocks, inline code and comments are not facts",
      '```mdx\n<Fact q="Example?">shown, not asked</Fact>\n```\n\n{/* <Fact q="Hidden?">no</Fact> */}\n\n`<Fact q="Inline?">no</Fact>`',
      [],
    ],
  ])("%s", (_, body, expected) => {
    expect(marksOf(body).facts.map(({ line: _line, ...fact }) => fact)).toEqual(expected);
  });

  it("gives each fact its line in the file", () => {
    expect(marksOf('Intro.\n\n<Fact q="A?">one</Fact>').facts[0]!.line).toBe(6);
  });

  it.each<[string, string, RegExp]>([
    ["no q", "<Fact>An answer.</Fact>", /^src\/x\.mdx:4: <Fact> has no question/],
    ["an empty q", '<Fact q="">An answer.</Fact>', /^src\/x\.mdx:4: <Fact> has no question/],
    [
      "not a question",
      '<Fact q="Where it lives">S3.</Fact>',
      /^src\/x\.mdx:4: .*must ask a question ending with "\?"/,
    ],
    [
      "an empty answer",
      'Text.\n\n<Fact q="Where?"></Fact>',
      /^src\/x\.mdx:6: <Fact q="Where\?"> has an empty answer/,
    ],
    ["an answer of markup only", '<Fact q="Where?"> {" "} </Fact>', /has an empty answer/],
    ["a self-closing fact", '<Fact q="Where?" />', /has an empty answer/],
    [
      "a nested fact",
      '<Fact q="A?">one <Fact q="B?">two</Fact></Fact>',
      /:4: a <Fact> inside another <Fact>/,
    ],
    [
      "a question asked twice",
      '<Fact q="A?">one</Fact>\n\n<Fact q="A?">two</Fact>',
      /:6: the question "A\?" is asked twice/,
    ],
    [
      "an answer that is a bare No",
      '<Fact q="Is S3 a database?">No. S3 stores objects.</Fact>',
      /:4: .*opens with "No"/,
    ],
    ["an answer that is a bare Yes", '<Fact q="Can it?">Yes, it can.</Fact>', /:4: .*opens with "Yes"/],
    [
      "an answer that is a bare Both",
      '<Fact q="Which?">Both: one and two.</Fact>',
      /:4: .*opens with "Both"/,
    ],
    ["a bare yes in lower case", '<Fact q="Can it?">yes — always.</Fact>', /:4: .*opens with "yes"/],
    ["a term with no id", "<Term>x</Term>", /:4: <Term> needs an id/],
    ["a diagram with no name", '<Diagram caption="c">x</Diagram>', /:4: <Diagram> needs a name/],
  ])("throws, naming the file and line, on %s", (_, body, error) => {
    expect(() => marksOf(body)).toThrow(error);
  });

  it("throws on an unclosed fact while parsing, as the build does", () => {
    expect(() => marksOf('<Fact q="Where?">S3.')).toThrow();
  });
});

describe("readMarks: terms, diagrams, links", () => {
  it("reads each with its line", () => {
    const marks = marksOf(
      [
        'A <Term id="etl">ETL</Term> job, see [Glue](/services/glue/#x).',
        "",
        '<Diagram name="flow" caption="Flow">',
        "",
        "1. Step, see [S3](/services/s3/).",
        "",
        "</Diagram>",
      ].join("\n"),
    );
    expect(marks.terms).toEqual([{ id: "etl", line: 4, after: 1 }]);
    expect(marks.diagrams).toEqual([{ name: "flow", line: 6 }]);
    expect(marks.links).toEqual([
      { href: "/services/glue/#x", line: 4 },
      { href: "/services/s3/", line: 8 },
    ]);
  });
});

describe("checkTerms: a term is marked once, at its first use", () => {
  const TERMS = new Map([
    ["etl", "ETL"],
    ["data-lake", "Data lake"],
    ["serverless", "Serverless"],
  ]);
  it.each<[string, string, [number, RegExp][]]>([
    ["no terms at all", "Plain prose about a data lake.", []],
    ["a term marked at its first use", 'A <Term id="data-lake">data lake</Term>, then a data lake.', []],
    ["a term used but never marked is not this check's business", "A data lake.", []],
    [
      "a term marked twice",
      '<Term id="etl">ETL</Term> runs.\n\nMore <Term id="etl">ETL</Term>.',
      [[3, /a second time/]],
    ],
    [
      "a term marked three times",
      '<Term id="etl">a</Term> <Term id="etl">b</Term> <Term id="etl">c</Term>',
      [
        [1, /a second time/],
        [1, /a second time/],
      ],
    ],
    [
      "plain use before the mark",
      'An ETL job.\n\nSee <Term id="etl">extract, transform, load (ETL)</Term>.',
      [[1, /"ETL" comes before the marked <Term id="etl"> \(line 6\)/]],
    ],
    ["case does not matter", 'DATA LAKE first.\n<Term id="data-lake">data lake</Term>', [[1, /"DATA LAKE"/]]],
    [
      "a line break inside the phrase still matches",
      'a data\nlake here\n<Term id="data-lake">data lake</Term>',
      [[1, /comes before/]],
    ],
    ["a hyphen bounds a word", 'Zero-ETL first.\n<Term id="etl">ETL</Term>', [[1, /comes before/]]],
    ["part of a longer word is not a use", 'ETLs and RETL.\n<Term id="etl">ETL</Term>', []],
    [
      "plain use after the mark is fine",
      '<Term id="serverless">serverless</Term>, and serverless again.',
      [],
    ],
    ["inside a link's text", '[the ETL service](/services/glue/) then <Term id="etl">ETL</Term>', []],
    ["inside a component's attribute", '<Fact q="What is ETL?">A <Term id="etl">ETL</Term> job.</Fact>', []],
    [
      "between a component's tags it is prose",
      '<Fact q="Why?">ETL jobs.</Fact> <Term id="etl">ETL</Term>',
      [[1, /comes before/]],
    ],
    ["inside a heading", '## Serverless\n\nIt is <Term id="serverless">serverless</Term>.', []],
    ["inside code", 'Run `etl --now`, then <Term id="etl">ETL</Term>.', []],
    ["inside a JSX comment", '{/* ETL */}\n<Term id="etl">ETL</Term>', []],
    ["inside another term's mark", '<Term id="data-lake">ETL data lake</Term> <Term id="etl">ETL</Term>', []],
    [
      "inside a diagram's folded text version",
      '<Diagram name="x" caption="ETL">\n\n1. An ETL job.\n\n</Diagram>\n\n<Term id="etl">ETL</Term>',
      [],
    ],
    [
      "an id missing from the glossary",
      'nothing <Term id="nope">nothing</Term>',
      [[1, /<Term id="nope"> has no entry/]],
    ],
    [
      "problems in the order of the page",
      'Serverless ETL.\n\n<Term id="etl">ETL</Term>\n\n<Term id="serverless">x</Term>\n\n<Term id="etl">y</Term>',
      [
        [1, /"ETL" comes before/],
        [1, /"Serverless" comes before/],
        [7, /a second time/],
      ],
    ],
  ])("%s", (_, body, expected) => {
    const problems = checkTerms(marksOf(body), TERMS);
    expect(problems.map((p) => bodyLine(p.line))).toEqual(expected.map(([line]) => line));
    problems.forEach((p, i) => expect(p.message).toMatch(expected[i]![1]));
  });
});

describe("checkLinks and checkDiagrams", () => {
  const routes = new Set(["/", "/services/s3/"]);
  it.each<[string, string, [number, string][]]>([
    [
      "links that resolve, fragments and other sites",
      "[a](/services/s3/#x) [b](https://aws.amazon.com/) [c](#top)",
      [],
    ],
    [
      "a page that does not exist, and a missing slash",
      "Fine.\n\n[a](/services/nope/) and [b](/services/s3)",
      [
        [6, 'broken link: "/services/nope/" is not a page of this site'],
        [6, 'broken link: "/services/s3" needs a trailing slash: "/services/s3/"'],
      ],
    ],
  ])("%s", (_, body, expected) => {
    expect(checkLinks(marksOf(body), routes).map((p) => [p.line, p.message])).toEqual(expected);
  });

  it("reports a diagram that cannot be loaded, with the loader's reason", () => {
    const marks = marksOf(
      '<Diagram name="ok" caption="c">t</Diagram>\n\n<Diagram name="gone" caption="c">t</Diagram>',
    );
    const load = (name: string) => {
      if (name === "gone") throw new Error('<Diagram name="gone"> has no source diagrams/gone.mmd');
    };
    expect(checkDiagrams(marks, load)).toEqual([
      { line: 6, message: '<Diagram name="gone"> has no source diagrams/gone.mmd' },
    ]);
  });

  it("reports every problem of every file in one error", () => {
    expect(reportProblems([{ file: "a.mdx", problems: [] }])).toBeUndefined();
    expect(
      reportProblems([
        { file: "a.mdx", problems: [{ line: 3, message: "one" }] },
        { file: "b.mdx", problems: [{ line: 9, message: "two" }] },
      ])?.message,
    ).toBe("Bad content:\n  a.mdx:3: one\n  b.mdx:9: two");
  });
});

describe("unwrapComponents", () => {
  const unwrap = (body: string) => {
    const source = `---\na: 1\n---\n${body}`;
    return unwrapComponents(source, parseMdx(source, "x.mdx").tree, ({ name, attribute }) =>
      name === "Diagram" ? `[diagram ${attribute("name")}: ${attribute("caption")}]` : "",
    ).replace(/^\n/, "");
  };
  it.each<[string, string, string]>([
    ["plain Markdown stays, the frontmatter goes", "# Hi\n\nSome *text*.", "# Hi\n\nSome *text*."],
    [
      "inline marks keep their text",
      'A <Term id="etl">ETL</Term> job, <Fact q="Q?">a **fact**</Fact>.',
      "A ETL job, a **fact**.",
    ],
    [
      "a diagram's opening tag is rewritten",
      '<Diagram name="f" caption="Flow">\n\n1. Step\n\n</Diagram>',
      "[diagram f: Flow]\n\n1. Step\n\n",
    ],
    [
      "ESM and comments go, a string literal keeps its text",
      'import X from "y";\n\n{/* note */}\n\nA{" "}b',
      "\n\n\n\nA b",
    ],
    ["a self-closing component goes", "Before\n\n<Other />\n\nAfter", "Before\n\n\n\nAfter"],
  ])("%s", (_, body, expected) => {
    expect(unwrap(body)).toBe(expected);
  });
});
