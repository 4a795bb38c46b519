import { describe, expect, it } from "vitest";
import { checkTermMarking, groupTermsByLetter, type GlossaryEntry } from "@/lib/glossary";

const GLOSSARY: GlossaryEntry[] = [
  { id: "etl", data: { term: "ETL" } },
  { id: "data-lake", data: { term: "Data lake" } },
  { id: "serverless", data: { term: "Serverless" } },
];

describe("checkTermMarking", () => {
  it.each<[string, string, [string, number][]]>([
    ["no terms at all", "Plain prose about a data lake.", []],
    ["a term marked at its first use", 'A <Term id="data-lake">data lake</Term>, then a data lake.', []],
    ["a term used but never marked is not this check's business", "A data lake.", []],
    [
      "a term marked twice",
      '<Term id="etl">ETL</Term> runs.\n\nMore <Term id="etl">ETL</Term>.',
      [["etl", 3]],
    ],
    [
      "a term marked three times",
      '<Term id="etl">a</Term> <Term id="etl">b</Term> <Term id="etl">c</Term>',
      [
        ["etl", 1],
        ["etl", 1],
      ],
    ],
    [
      "plain use before the mark",
      'An ETL job.\n\nSee <Term id="etl">extract, transform, load (ETL)</Term>.',
      [["etl", 1]],
    ],
    ["case does not matter", 'DATA LAKE first.\n<Term id="data-lake">data lake</Term>', [["data-lake", 1]]],
    [
      "a line break inside the phrase still matches",
      'a data\nlake here\n<Term id="data-lake">data lake</Term>',
      [["data-lake", 1]],
    ],
    ["a hyphen bounds a word", 'Zero-ETL first.\n<Term id="etl">ETL</Term>', [["etl", 1]]],
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
      [["etl", 1]],
    ],
    ["inside a heading", '## Serverless\n\nIt is <Term id="serverless">serverless</Term>.', []],
    ["inside code", 'Run `etl --now`, then <Term id="etl">ETL</Term>.', []],
    ["inside a JSX comment", '{/* ETL */}\n<Term id="etl">ETL</Term>', []],
    ["inside another term's mark", '<Term id="data-lake">ETL data lake</Term> <Term id="etl">ETL</Term>', []],
    [
      "inside a diagram's folded text version",
      '<Diagram name="x" caption="ETL">\n\n1. An ETL job.\n\n</Diagram>\n<Term id="etl">ETL</Term>',
      [],
    ],
    ["an id missing from the glossary is skipped", 'nothing <Term id="nope">nothing</Term>', []],
  ])("%s", (_, body, expected) => {
    const problems = checkTermMarking(body, GLOSSARY);
    expect(problems.map((p) => [p.termId, p.line])).toEqual(expected);
    for (const p of problems) expect(p.message).toContain(`<Term id="${p.termId}">`);
  });

  it("reports problems in the order of the page", () => {
    const body =
      'Serverless ETL.\n<Term id="etl">ETL</Term>\n<Term id="serverless">x</Term>\n<Term id="etl">y</Term>';
    expect(checkTermMarking(body, GLOSSARY).map((p) => [p.termId, p.line])).toEqual([
      ["serverless", 1],
      ["etl", 1],
      ["etl", 4],
    ]);
  });
});

describe("groupTermsByLetter", () => {
  const entry = (term: string): GlossaryEntry => ({ id: term.toLowerCase(), data: { term } });
  it.each<[string, string[], [string, string[]][]]>([
    ["nothing", [], []],
    [
      "A–Z by term, case-insensitive, grouped by capital initial",
      ["serverless", "OLAP", "Ad hoc query", "shard", "AWS Glue Data Catalog", "ETL"],
      [
        ["A", ["Ad hoc query", "AWS Glue Data Catalog"]],
        ["E", ["ETL"]],
        ["O", ["OLAP"]],
        ["S", ["serverless", "shard"]],
      ],
    ],
    [
      "a term that starts with a digit goes under #",
      ["3NF", "Shard"],
      [
        ["#", ["3NF"]],
        ["S", ["Shard"]],
      ],
    ],
  ])("%s", (_, terms, expected) => {
    const groups = groupTermsByLetter(terms.map(entry));
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.data.term)])).toEqual(expected);
  });
});
