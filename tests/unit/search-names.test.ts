import { describe, expect, it } from "vitest";
import { matchNames, normalizeName, type NamedPage } from "@/lib/searchNames";
import { highlightUrl, mergeRows, type FoundPage } from "@/lib/searchRows";

const page = (
  path: string,
  title: string,
  category: string,
  names: string[] = [],
  former: string[] = [],
) => ({
  path,
  title,
  category,
  names: [title, ...names],
  former,
});

const PAGES: NamedPage[] = [
  page("/services/athena/", "Amazon Athena", "Analytics and search", ["Athena", "presto", "sql on s3"]),
  page(
    "/services/opensearch/",
    "Amazon OpenSearch Service",
    "Analytics and search",
    ["OpenSearch"],
    ["Amazon Elasticsearch Service"],
  ),
  page("/services/glue/", "AWS Glue", "Integration", ["Glue", "spark etl"]),
  page("/services/glue-databrew/", "AWS Glue DataBrew", "Integration", ["DataBrew"]),
  page("/services/s3/", "Amazon S3", "Storage", ["S3"]),
  page("/services/s3-tables/", "Amazon S3 Tables", "Storage", ["S3 Tables", "table buckets"]),
  page("/compare/glue-vs-dms/", "Glue vs DMS", "Comparisons"),
  page("/compare/athena-vs-redshift/", "Amazon Athena vs Amazon Redshift", "Comparisons"),
];

describe("normalizeName", () => {
  it.each([
    ["  Amazon   S3 ", "amazon s3"],
    ["“Kinesis”", "kinesis"],
    ["Athena's", "athenas"],
  ])("%j → %j", (input, expected) => expect(normalizeName(input)).toBe(expected));
});

describe("matchNames: the pages a query names, best first", () => {
  it.each<[string, { category?: string }, string[], string[]]>([
    // query, options, paths in order, notes in order
    ["athena", {}, ["/services/athena/", "/compare/athena-vs-redshift/"], ["", ""]],
    ["Amazon Athena", {}, ["/services/athena/", "/compare/athena-vs-redshift/"], ["", ""]],
    ["presto", {}, ["/services/athena/"], ["“presto”"]],
    // A former name is said as such, even when it is an alias too.
    ["elasticsearch", {}, ["/services/opensearch/"], ["Formerly Amazon Elasticsearch Service"]],
    // The exact name first, then names that start with the query, then titles alphabetically.
    ["glue", {}, ["/services/glue/", "/services/glue-databrew/", "/compare/glue-vs-dms/"], ["", "", ""]],
    // A service before a comparison whose title starts the same way.
    ["amazon ath", {}, ["/services/athena/", "/compare/athena-vs-redshift/"], ["", ""]],
    ["s3", {}, ["/services/s3/", "/services/s3-tables/", "/services/athena/"], ["", "", "“sql on s3”"]],
    // Own names before aliases; a word inside a name ("Service") last.
    [
      "s",
      {},
      [
        "/services/s3/",
        "/services/s3-tables/",
        "/services/athena/",
        "/services/glue/",
        "/services/opensearch/",
      ],
      ["", "", "“sql on s3”", "“spark etl”", ""],
    ],
    // An alias that starts with the query beats a word inside the title.
    ["tab", {}, ["/services/s3-tables/"], ["“table buckets”"]],
    ["vs", {}, ["/compare/athena-vs-redshift/", "/compare/glue-vs-dms/"], ["", ""]],
    ["glue", { category: "Comparisons" }, ["/compare/glue-vs-dms/"], [""]],
    ["kinesis", {}, [], []],
    ["   ", {}, [], []],
  ])("%j %j", (query, options, paths, notes) => {
    const answers = matchNames(query, PAGES, options);
    expect(answers.map((a) => a.page.path)).toEqual(paths);
    expect(answers.map((a) => a.note ?? "")).toEqual(notes);
  });

  it("shows at most `limit` answers", () => {
    expect(matchNames("a", PAGES, { limit: 2 })).toHaveLength(2);
  });
});

describe("mergeRows: names first, then full text that names did not show", () => {
  const found = (path: string, sections = 0): FoundPage => ({
    url: `${path}?highlight=glue`,
    title: path,
    excerpt: `about <mark>glue</mark> at ${path}`,
    sections: Array.from({ length: sections }, (_, i) => ({
      url: `${path}?highlight=glue#s${i}`,
      title: `S${i}`,
      excerpt: "",
    })),
  });
  const named = matchNames("glue", PAGES, { limit: 1 });

  it("shows the names alone while full text loads, each linking with the words to mark", () => {
    const rows = mergeRows("glue ", named, undefined);
    expect(rows.map((r) => [r.url, r.title, r.sections.length])).toEqual([
      ["/services/glue/?highlight=glue", "AWS Glue", 0],
    ]);
  });

  it("gives a named page the excerpt and sections full text found, and lists it once", () => {
    const rows = mergeRows("glue", named, [found("/services/emr/"), found("/services/glue/", 2)]);
    expect(rows.map((r) => r.url)).toEqual([
      "/services/glue/?highlight=glue",
      "/services/emr/?highlight=glue",
    ]);
    expect(rows[0]!.sections.map((s) => s.title)).toEqual(["S0", "S1"]);
    expect(rows[0]!.excerpt).toContain("<mark>glue</mark>");
  });

  it("matches named pages to full text under the site's base path", () => {
    const rows = mergeRows("glue", named, [found("/base/services/glue/")], (p) => `/base${p}`);
    expect(rows.map((r) => r.url)).toEqual(["/base/services/glue/?highlight=glue"]);
  });

  it.each([
    ["/x/", "glue", "/x/?highlight=glue"],
    ["/x/", " sql  on s3 ", "/x/?highlight=sql&highlight=on&highlight=s3"],
    ["/x/", "c++ & co", "/x/?highlight=c%2B%2B&highlight=%26&highlight=co"],
    // Pagefind's address from an earlier search keeps none of that search's words.
    ["/x/?highlight=s#pricing", "spice", "/x/?highlight=spice#pricing"],
    ["/x/", "", "/x/"],
  ])("highlightUrl(%j, %j)", (url, term, expected) => expect(highlightUrl(url, term)).toBe(expected));

  it("gives every row and section the words of this search, whatever Pagefind kept", () => {
    const stale = { ...found("/services/emr/", 1), url: "/services/emr/?highlight=s" };
    const rows = mergeRows("spice", [], [stale]);
    expect(rows.map((r) => [r.url, r.sections.map((x) => x.url)])).toEqual([
      ["/services/emr/?highlight=spice", ["/services/emr/?highlight=spice#s0"]],
    ]);
  });
});
