import { describe, expect, it } from "vitest";
import { NAV_GROUPS, SITE_PAGES, listNavPages, searchAttributes } from "@/lib/sitePages";

describe("site pages", () => {
  it.each<[string, string[]]>([
    ["overview", ["/", "/compare/", "/concepts/", "/changes/"]],
    [
      "study",
      [
        "/exam/",
        "/which-service/",
        "/compare/any/",
        "/map/",
        "/glossary/",
        "/self-test/",
        "/practice/",
        "/practice/exam/",
        "/progress/",
        "/cheat-sheet/",
      ],
    ],
  ])("the %s group lists its pages in order", (group, paths) => {
    expect(listNavPages(group as (typeof NAV_GROUPS)[number]["id"]).map((p) => p.path)).toEqual(paths);
  });

  it("declares each path once, root-relative with a trailing slash", () => {
    const paths = Object.values(SITE_PAGES).map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/([a-z-]+\/)*$/);
  });

  it.each<[string | undefined, Record<string, string>]>([
    [undefined, {}],
    [
      "Glossary",
      {
        "data-pagefind-body": "",
        "data-pagefind-filter": "category:Glossary",
        "data-pagefind-meta": "category:Glossary",
      },
    ],
  ])("searchAttributes(%j)", (category, expected) => {
    expect(searchAttributes(category)).toEqual(expected);
  });
});
