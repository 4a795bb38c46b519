import { describe, expect, it } from "vitest";
import { parseDocument } from "../helpers/built-site";
import { parseServicePage, serviceIdOf, textRuns, type TextRun } from "../helpers/service-pages";

// linkedom parses a page as it is written: a fragment gets no <html> or <body> made around it.
const pageOf = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

describe("textRuns", () => {
  it.each<[string, TextRun[]]>([
    [
      'Reads <a href="/services/s3/">Amazon <b>S3</b></a> files.',
      [
        { text: "Reads " },
        { text: "Amazon ", href: "/services/s3/" },
        { text: "S3", href: "/services/s3/" },
        { text: " files." },
      ],
    ],
    // One text node in a browser, though linkedom ends one at each character reference.
    ["the user&#39;s rights &amp; roles", [{ text: "the user's rights & roles" }]],
    ['<a title="a > b" href="/services/glue/">Glue</a>', [{ text: "Glue", href: "/services/glue/" }]],
    ['<a class="x" href="/services/emr/" id="e">EMR</a>', [{ text: "EMR", href: "/services/emr/" }]],
    // Drawings and tooltips are left out, whatever their attribute order and nesting.
    [
      "a<svg><text>S3</text><svg><text>x</text></svg><text>Glue</text></svg>b",
      [{ text: "a" }, { text: "b" }],
    ],
    [
      'Term<span class="term-tip" role="tooltip"><span>Amazon</span> S3 tip</span>.',
      [{ text: "Term" }, { text: "." }],
    ],
    ['<span role="tooltip" id="t">tip</span><span>kept</span>', [{ text: "kept" }]],
    ["<p>one<p>two", [{ text: "one" }, { text: "two" }]],
  ])("%s", (html, expected) => {
    expect(textRuns(parseDocument(pageOf(html)).body)).toEqual(expected);
  });
});

describe("serviceIdOf", () => {
  it.each<[string | undefined, string | undefined]>([
    ["/services/s3/", "s3"],
    ["/services/s3/#pricing", "s3"],
    ["/services/s3/?q=x", "s3"],
    ["/services/s3", undefined],
    ["/compare/glue-vs-dms/", undefined],
    [undefined, undefined],
  ])("%s", (href, expected) => {
    expect(serviceIdOf(href)).toBe(expected);
  });
});

describe("parseServicePage", () => {
  const connections = (groups: string) =>
    `<section class="mt-12" aria-labelledby="connected-services"><h2 id="connected-services">Connections</h2><dl>${groups}</dl></section>`;

  it.each<[string, string, { bodyLinks: string[]; connections: string[] }]>([
    [
      "links in the body and the Connections",
      `<div class="prose" data-link-previews>Reads <a href="/services/s3/">S3</a> and
        <a href="/services/athena/">itself</a>.</div>` +
        connections(
          `<div><dt>Reads from</dt><dd><a href="/services/s3/">S3</a><a class="x" href="/services/s3-tables/">S3 Tables</a></dd></div>` +
            `<div><dt class="font-semibold">Uses</dt><dd><a href="/services/glue/">Glue</a></dd></div>`,
        ),
      { bodyLinks: ["s3"], connections: ["Reads from → s3", "Reads from → s3-tables", "Uses → glue"] },
    ],
    [
      "attributes in another order, and a label with markup inside",
      `<div data-link-previews class="prose"><a href="/services/emr/">EMR</a></div>` +
        connections(
          `<div><dt><abbr title="machine learning">ML</abbr> &amp; analytics</dt><dd><a href="/services/emr/">EMR</a></dd></div>`,
        ),
      { bodyLinks: ["emr"], connections: ["ML & analytics → emr"] },
    ],
    [
      "a nested div of the article body, not the end of it",
      `<div class="prose" data-link-previews><div>Intro</div><a href="/services/glue/">Glue</a></div><a href="/services/emr/">EMR</a>`,
      { bodyLinks: ["glue"], connections: [] },
    ],
  ])("%s", (_, body, expected) => {
    const { bodyLinks, connections } = parseServicePage(pageOf(body), "athena");
    expect({ bodyLinks: [...bodyLinks], connections }).toEqual(expected);
  });
});
