import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { idsIn, parseDocument } from "../helpers/built-site";

// Reads dist/, which the build tests' global setup makes a fresh build of.
const DIST = "dist";
const GUIDES = "src/content/exam-guides";

interface Guide {
  code: string;
  domains: { tasks: { items: { id: string; teach: string[] }[] }[] }[];
}

describe("Study by the exam guide: DEA-C01", () => {
  const guide = parse(readFileSync(join(GUIDES, "dea-c01.yaml"), "utf8")) as Guide;
  const items = guide.domains.flatMap((d) => d.tasks.flatMap((t) => t.items));
  const page = parseDocument(readFileSync(join(DIST, "exam", "dea-c01", "index.html"), "utf8"));
  const shown = [...page.querySelectorAll("[data-exam-item]")];

  it("lists every item of the guide once, in the guide's order", () => {
    expect(items.length).toBeGreaterThan(100);
    expect(shown.map((li) => li.getAttribute("data-exam-item"))).toEqual(items.map((i) => i.id));
  });

  // The build report: each item leads to at least one section that exists in the built site.
  it("gives every item at least one link to a section that exists", () => {
    const untaught = shown.flatMap((li) => {
      const links = [...li.querySelectorAll("a[href*='#']")].map((a) => a.getAttribute("href")!);
      const resolving = links.filter((href) => {
        const [path = "", id = ""] = href.split("#");
        const file = join(DIST, path, "index.html");
        return existsSync(file) && idsIn(parseDocument(readFileSync(file, "utf8"))).has(id);
      });
      return resolving.length > 0 ? [] : [li.getAttribute("data-exam-item")];
    });
    expect(untaught).toEqual([]);
  });

  it("is listed on the page of every service and topic it sends a reader to ('On the exam')", () => {
    const pages = new Set(items.flatMap((i) => i.teach.map((href) => href.split("#")[0]!)));
    const missing = [...pages].filter((path) => {
      const html = readFileSync(join(DIST, path, "index.html"), "utf8");
      return !parseDocument(html).querySelector('[aria-labelledby="on-the-exam"]');
    });
    expect(missing).toEqual([]);
  });
});
