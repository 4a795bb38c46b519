import { describe, expect, it } from "vitest";
import { SITE_PAGES } from "@/lib/sitePages";
import { htmlPages } from "../../scripts/built-pages.mjs";
import { measurePageScripts } from "../../scripts/js-budget.mjs";

// Reads dist/, which the build tests' global setup makes a fresh build of.
const DIST = "dist";
/** 15 KB, counted as the bench counts: 1 KB = 1,000 bytes of gzip. */
const BUDGET = 15_000;
const fileOf = (path: string) => `${path.slice(1)}index.html`;
// The study tools, and the exam guides' pages, which show the reader's mastery of each item.
const STUDY_PAGES = [
  ...[SITE_PAGES.practice, SITE_PAGES.mockExam, SITE_PAGES.progress, SITE_PAGES.selfTest].map((p) => p.path),
  ...htmlPages(DIST)
    .filter((file) => /^exam\/[^/]+\/index\.html$/.test(file))
    .map((file) => `/${file.replace(/index\.html$/, "")}`),
].map((path) => ({ path }));

describe("the JavaScript of the practice pages", () => {
  // Code every page may load on the reader's intent (search) is the site's, not the practice pages'.
  const siteWideLater = new Set(measurePageScripts(DIST, "index.html").lazy.keys());

  it.each(STUDY_PAGES.map((p) => [p.path, fileOf(p.path)]))(
    "%s loads at most 15 KB gzip, site-wide scripts and what it may load later included",
    (_, file) => {
      const { total, lazy } = measurePageScripts(DIST, file);
      const later = [...lazy]
        .filter(([f]) => !siteWideLater.has(f))
        .reduce((sum, [, bytes]) => sum + bytes, 0);
      expect(total + later).toBeLessThanOrEqual(BUDGET);
    },
  );

  it("is loaded by no other page", () => {
    const home = measurePageScripts(DIST, "index.html");
    const study = new Set(
      STUDY_PAGES.flatMap((p) => {
        const { files, lazy } = measurePageScripts(DIST, fileOf(p.path));
        return [...files.keys(), ...lazy.keys()].filter((f) => !home.files.has(f) && !home.lazy.has(f));
      }),
    );
    const studyFiles = new Set(STUDY_PAGES.map((p) => fileOf(p.path)));
    const leaks = htmlPages(DIST)
      .filter((file) => !studyFiles.has(file))
      .flatMap((file) => {
        const { files, lazy } = measurePageScripts(DIST, file);
        return [...files.keys(), ...lazy.keys()].filter((f) => study.has(f)).map((f) => `${file}: ${f}`);
      });
    expect(leaks).toEqual([]);
  });
});
