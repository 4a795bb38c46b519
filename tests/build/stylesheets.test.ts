import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlPages } from "../../scripts/built-pages.mjs";

// Reads dist/, which the build tests' global setup makes a fresh build of. The study tools carry the
// stylesheet with every utility (src/styles/global.css), the other pages one that leaves out what they never
// show (src/styles/reading.css, src/styles/articles.css): these tests catch a page that shows what its
// stylesheet left out.
const DIST = "dist";

/** The CSS a page carries in its <style> elements. */
const stylesOf = (html: string) =>
  [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "").join("\n");

/** The class names a stylesheet has rules for, its escapes undone (`.sm\:px-6` is `sm:px-6`). */
const classesInCss = (css: string) =>
  new Set([...css.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => (m[1] ?? "").replace(/\\(.)/g, "$1")));

/** The class names a page's elements name. */
const classesInHtml = (html: string) =>
  new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? "").split(/\s+/)).filter(Boolean));

describe("the stylesheets of the built pages", () => {
  const pages = htmlPages(DIST).map((file) => {
    const html = readFileSync(join(DIST, file), "utf8");
    return { file, html, css: stylesOf(html) };
  });

  it("are one Tailwind stylesheet a page, never two", () => {
    // Two would each be in Tailwind's order but not together: a plain utility of the second would
    // override a responsive one of the first.
    const wrong = pages
      .map(({ file, css }) => [file, (css.match(/tailwindcss v\d/g) ?? []).length] as const)
      .filter(([, count]) => count !== 1);
    expect(wrong).toEqual([]);
  });

  it("have a rule for every class a page uses that some page's stylesheet styles", () => {
    const styled = new Set(pages.flatMap(({ css }) => [...classesInCss(css)]));
    const missing = pages.flatMap(({ file, html, css }) => {
      const own = classesInCss(css);
      return [...classesInHtml(html)].filter((c) => styled.has(c) && !own.has(c)).map((c) => `${file}: ${c}`);
    });
    expect(missing).toEqual([]);
  });
});
