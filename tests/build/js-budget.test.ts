import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SITE_PAGES } from "@/lib/sitePages";
import { htmlPages, measurePageScripts } from "../../scripts/js-budget.mjs";

// These tests read the built site: `npm test` builds dist/ before it runs them.
const DIST = "dist";
/** 15 KB, counted as the bench counts: 1 KB = 1,000 bytes of gzip. */
const BUDGET = 15_000;
const STUDY_PAGES = [SITE_PAGES.practice, SITE_PAGES.mockExam, SITE_PAGES.progress, SITE_PAGES.selfTest];
const fileOf = (path: string) => `${path.slice(1)}index.html`;

describe.skipIf(!existsSync(DIST))("the JavaScript of the practice pages", () => {
  it.each(STUDY_PAGES.map((p) => [p.path, fileOf(p.path)]))(
    "%s loads at most 15 KB gzip, site-wide scripts and what it may load later included",
    (_, file) => {
      const { total, lazyTotal } = measurePageScripts(DIST, file);
      expect(total + lazyTotal).toBeLessThanOrEqual(BUDGET);
    },
  );

  it("is loaded by no other page", () => {
    const home = measurePageScripts(DIST, "index.html");
    const study = new Set(
      STUDY_PAGES.flatMap((p) => {
        const { files, lazy } = measurePageScripts(DIST, fileOf(p.path));
        return [...files.keys(), ...lazy.keys()].filter((f) => !home.files.has(f));
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
