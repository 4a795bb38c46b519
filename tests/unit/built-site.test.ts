import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  findBrokenLinks,
  idsIn,
  linksIn,
  parseDocument,
  sitemapLocations,
  type PageLink,
} from "../helpers/built-site";

describe("linksIn", () => {
  it.each<[string, PageLink[]]>([
    ['<a href="/services/s3/">S3</a>', [{ attr: "href", url: "/services/s3/" }]],
    ['<a class="x" title="a > b" href="/a/">A</a>', [{ attr: "href", url: "/a/" }]],
    [
      "<a href='/single/'>x</a><img src=/unquoted.png alt=''>",
      [
        { attr: "href", url: "/single/" },
        { attr: "src", url: "/unquoted.png" },
      ],
    ],
    ['<a href="/q/?x=1&amp;y=2#top">q</a>', [{ attr: "href", url: "/q/?x=1&y=2#top" }]],
    [
      '<link rel="icon" href="/favicon.svg"><script type="module" src="/a.js"></script>',
      [
        { attr: "href", url: "/favicon.svg" },
        { attr: "src", url: "/a.js" },
      ],
    ],
    // Markup shown as text, held in a data block or a comment is no link.
    ['<code>&lt;a href="/nowhere/"&gt;</code>', []],
    ['<script type="application/json">{"html": "<a href=\\"/nowhere/\\">"}</script>', []],
    ['<!-- <a href="/nowhere/"> -->', []],
  ])("%s", (html, expected) => {
    expect(linksIn(parseDocument(html))).toEqual(expected);
  });
});

describe("idsIn", () => {
  it.each<[string, string[]]>([
    ['<h2 id="key-facts">Key facts</h2>', ["key-facts"]],
    ["<div class=x id=unquoted></div>", ["unquoted"]],
    [`<p data-note=' id="fake"' id="real">x</p>`, ["real"]],
    ["<script>el.innerHTML = '<b id=\"made-later\">';</script>", []],
    [
      '<svg><g id="dg-a-0_node"></g></svg><section id="s"><h2 id="t"></h2></section>',
      ["dg-a-0_node", "s", "t"],
    ],
  ])("%s", (html, expected) => {
    expect([...idsIn(parseDocument(html))]).toEqual(expected);
  });
});

describe("sitemapLocations", () => {
  const urlset = (locs: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs}</urlset>`;
  it.each<[string, string[]]>([
    [
      "<url><loc>https://x.org/</loc></url><url><loc>https://x.org/a/</loc></url>",
      ["https://x.org/", "https://x.org/a/"],
    ],
    ["<url><loc>https://x.org/?q=1&amp;b=2</loc></url>", ["https://x.org/?q=1&b=2"]],
    ["<url><loc><![CDATA[https://x.org/c/]]></loc></url>", ["https://x.org/c/"]],
    ["<url><loc>\n  https://x.org/d/\n</loc><lastmod>2025-01-01</lastmod></url>", ["https://x.org/d/"]],
  ])("%s", (locs, expected) => {
    expect(sitemapLocations(urlset(locs))).toEqual(expected);
  });
});

describe("findBrokenLinks", () => {
  const dir = mkdtempSync(join(tmpdir(), "dsn-links-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const site = (files: Record<string, string>) => {
    rmSync(dir, { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    return dir;
  };

  it.each<[string, Record<string, string>, string, string[]]>([
    [
      "links that resolve",
      {
        "index.html": '<a href="/a/#top">a</a><a href="#here" id="here">h</a><img src="/logo.svg" alt="">',
        "a/index.html": '<h1 id="top">A</h1><a href="https://example.org/">out</a>',
        "logo.svg": "<svg></svg>",
      },
      "/",
      [],
    ],
    [
      "a missing page, fragment and asset",
      {
        "index.html": '<a href="/gone/">g</a><a href="/#nowhere">n</a><img src="/gone.png" alt="">',
      },
      "/",
      [
        'index.html: href="/gone/" does not exist',
        'index.html: href="/#nowhere" has no element with id "nowhere"',
        'index.html: src="/gone.png" does not exist',
      ],
    ],
    [
      "data blocks and code samples, which hold no links",
      {
        "index.html":
          '<script type="application/json">{"a": "<a href=\\"/gone/\\">"}</script><code>&lt;a href="/gone/"&gt;</code>',
      },
      "/",
      [],
    ],
    [
      "a site under a base path",
      {
        "index.html": '<a href="/base/a/">a</a><a href="/a/">outside</a>',
        "a/index.html": "<p>A</p>",
      },
      "/base/",
      ['index.html: href="/a/" is outside the base path /base/'],
    ],
  ])("%s", (_, files, base, expected) => {
    expect(findBrokenLinks(site(files), base)).toEqual(expected);
  });
});
