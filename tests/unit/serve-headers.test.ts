import { describe, expect, it } from "vitest";
import { headersFor, matchesPattern, parseHeaders } from "../../scripts/serve/headers.mjs";

describe("parseHeaders", () => {
  it.each<[string, string, ReturnType<typeof parseHeaders>]>([
    ["nothing", "", []],
    ["a rule", "/*\n  X-Frame-Options: DENY\n", [{ pattern: "/*", headers: [["X-Frame-Options", "DENY"]] }]],
    [
      "two rules, a blank line and a comment between",
      "/*\n  A: 1\n  B: 2\n\n# assets\n/_astro/*\n\tC: 3\n",
      [
        {
          pattern: "/*",
          headers: [
            ["A", "1"],
            ["B", "2"],
          ],
        },
        { pattern: "/_astro/*", headers: [["C", "3"]] },
      ],
    ],
    [
      "a value with colons and quotes, Windows line ends",
      "/*\r\n  Content-Security-Policy: default-src 'self'; img-src 'self' data:\r\n",
      [{ pattern: "/*", headers: [["Content-Security-Policy", "default-src 'self'; img-src 'self' data:"]] }],
    ],
  ])("%s", (_, text, expected) => {
    expect(parseHeaders(text)).toEqual(expected);
  });

  it.each<[string, string, RegExp]>([
    ["a path without its slash", "_astro/*\n  A: 1\n", /line 1: a path must start with "\/"/],
    ["a header without a colon", "/*\n  Cache-Control public\n", /line 2: expected "Name: value"/],
    ["a header before any path", "  A: 1\n", /line 1: a header before any path/],
  ])("rejects %s, naming the line", (_, text, message) => {
    expect(() => parseHeaders(text)).toThrow(message);
  });
});

describe("matchesPattern", () => {
  it.each<[string, string, boolean]>([
    ["/*", "/", true],
    ["/*", "/services/s3/", true],
    ["/_astro/*", "/_astro/app.Bc1x.js", true],
    ["/_astro/*", "/_astro/nested/file.css", true],
    ["/_astro/*", "/_astro", false],
    ["/_astro/*", "/services/_astro/x.js", false],
    ["/services/:id/", "/services/s3/", true],
    ["/services/:id/", "/services/s3/extra/", false],
    ["/search/", "/search/", true],
    ["/search/", "/search", false],
    ["/a.b/*", "/axb/c", false],
  ])("%s against %s", (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });
});

describe("headersFor", () => {
  const rules = parseHeaders(
    [
      "/*",
      "  X-Frame-Options: DENY",
      "  Link: </a>",
      "/_astro/*",
      "  Cache-Control: immutable",
      "  link: </b>",
    ].join("\n"),
  );
  it.each<[string, [string, string][]]>([
    [
      "/",
      [
        ["X-Frame-Options", "DENY"],
        ["Link", "</a>"],
      ],
    ],
    [
      "/_astro/x.js",
      [
        ["X-Frame-Options", "DENY"],
        ["Link", "</a>, </b>"],
        ["Cache-Control", "immutable"],
      ],
    ],
  ])("%s", (path, expected) => {
    expect(headersFor(rules, path)).toEqual(expected);
  });

  it("sends nothing when no rule matches", () => {
    expect(headersFor(parseHeaders("/only/\n  A: 1\n"), "/other/")).toEqual([]);
  });
});
