import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContentPages } from "../helpers/content";

// Reads dist/, which the build tests' global setup makes a fresh build of.
const DIST = "dist";
const SITE = "https://data-services-notes.example.org/";
const services = readContentPages("src/content/services");
const comparisons = readContentPages("src/content/comparisons");
const concepts = readContentPages("src/content/concepts");
const topics = readContentPages("src/content/topics");
const llms = readFileSync(join(DIST, "llms.txt"), "utf8");
const listed = [...llms.matchAll(/^- \[[^\]]+\]\((\S+)\): .+$/gm)].map((m) => m[1]!);

describe("llms.txt", () => {
  it("starts with the site's title and summary", () => {
    expect(llms).toMatch(/^# Data Services Notes\n\n> \S/);
  });

  it("lists every article once, as its Markdown version", () => {
    const expected = [
      ...services.map((p) => `${SITE}services/${p.id}.md`),
      ...comparisons.map((p) => `${SITE}compare/${p.id}.md`),
      ...concepts.map((p) => `${SITE}concepts/${p.id}.md`),
      ...topics.map((p) => `${SITE}services/${p.id}.md`),
    ];
    expect([...listed].sort()).toEqual(expected.sort());
  });

  it("lists Markdown addresses that all resolve", () => {
    const missing = listed.filter((url) => !existsSync(join(DIST, url.slice(SITE.length))));
    expect(missing).toEqual([]);
  });

  it("has a full version holding every article", () => {
    const full = readFileSync(join(DIST, "llms-full.txt"), "utf8");
    for (const page of [...services, ...comparisons, ...concepts, ...topics])
      expect(full).toContain(`# ${page.data.title as string}\n`);
  });
});

describe("the Markdown version of each service page", () => {
  it.each(services.map((p) => [p.id, p] as const))(
    "%s keeps its facts, key numbers and sources",
    (id, page) => {
      const md = readFileSync(join(DIST, "services", `${id}.md`), "utf8");
      expect(md.startsWith(`# ${page.data.title as string}\n\n> ${page.data.summary as string}\n`)).toBe(
        true,
      );
      // Marks keep their text: the words of every fact's answer are there, in order.
      for (const fact of page.marks.facts) {
        const words = fact.answer.split(/\s+/).slice(0, 6).join(" ");
        expect(
          md
            .replace(/\*\*|`/g, "")
            .replace(/\]\([^)]*\)/g, "]")
            .replace(/[[\]]/g, "")
            .replace(/\s+/g, " "),
        ).toContain(words);
      }
      for (const n of (page.data.keyNumbers ?? []) as { what: string }[])
        expect(md).toContain(`| ${n.what} |`);
      for (const s of page.data.sources as { url: string }[]) expect(md).toContain(`(${s.url})`);
      expect(md).not.toMatch(/<\/?(Fact|Term|Diagram)\b|\]\(\/|\{\/\*/);
    },
  );
});
