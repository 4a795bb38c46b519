import { describe, expect, it } from "vitest";
import { findTermPages, groupTermsByLetter, type GlossaryEntry } from "@/lib/glossary";

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

describe("findTermPages", () => {
  it.each<[string, { id: string; termIds: string[] }[], [string, string[]][]]>([
    ["no pages", [], []],
    ["a page with no marks", [{ id: "s3", termIds: [] }], []],
    [
      "terms gathered across pages, each page once",
      [
        { id: "athena", termIds: ["olap", "etl", "olap"] },
        { id: "glue", termIds: ["etl"] },
      ],
      [
        ["olap", ["athena"]],
        ["etl", ["athena", "glue"]],
      ],
    ],
  ])("%s", (_, pages, expected) => {
    expect([...findTermPages(pages)]).toEqual(expected);
  });
});
