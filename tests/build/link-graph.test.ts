import { describe, expect, it } from "vitest";
import { readServicePage, readServiceSources, serviceIdOf, type ServicePage } from "../helpers/service-pages";
import { findMentions } from "@/lib/mentions";
import { RELATION_KINDS, type RelationKind } from "@/lib/relations";

// These tests read dist/, which the build tests' global setup makes a fresh build of.
const DIST = "dist";

describe("the links between service pages", () => {
  const sources = readServiceSources();
  const pages = new Map<string, ServicePage>(sources.map((s) => [s.id, readServicePage(DIST, s.id)]));
  /** Where a reader can go from a page: its article body and its Connections. */
  const outLinks = (id: string) => {
    const page = pages.get(id)!;
    const connected = page.connections.map((line) => line.split(" → ")[1]!);
    return new Set([...page.bodyLinks, ...connected].filter((target) => pages.has(target)));
  };

  it("finds every service page and its article body", () => {
    expect(pages.size).toBeGreaterThan(20);
    const empty = [...pages.values()].filter((p) => p.body.length === 0).map((p) => p.id);
    expect(empty).toEqual([]);
  });

  it("shows every relation in the Connections of both pages", () => {
    const missing: string[] = [];
    for (const source of sources) {
      for (const { service: other, kind } of source.related) {
        const labels = RELATION_KINDS[kind as RelationKind];
        const forward = `${labels.forward} → ${other}`;
        const inverse = `${labels.inverse} → ${source.id}`;
        if (!pages.get(source.id)!.connections.includes(forward)) missing.push(`${source.id}: ${forward}`);
        if (!pages.get(other)?.connections.includes(inverse)) missing.push(`${other}: ${inverse}`);
      }
    }
    expect(sources.flatMap((s) => s.related).length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it("has every article body link to at least two other services", () => {
    const few = [...pages.values()]
      .filter((p) => p.bodyLinks.size < 2)
      .map((p) => `${p.id} links to ${[...p.bodyLinks].join(", ") || "no service"}`);
    expect(few).toEqual([]);
  });

  it("has every service linked from the article body of another", () => {
    const linked = new Set([...pages.values()].flatMap((p) => [...p.bodyLinks]));
    expect([...pages.keys()].filter((id) => !linked.has(id))).toEqual([]);
  });

  it("lets a reader reach every service from every other by following links", () => {
    const unreachable: string[] = [];
    for (const start of pages.keys()) {
      const seen = new Set([start]);
      const queue = [start];
      for (let id = queue.shift(); id; id = queue.shift()) {
        for (const next of outLinks(id)) {
          if (!seen.has(next)) seen.add(next) && queue.push(next);
        }
      }
      const missed = [...pages.keys()].filter((id) => !seen.has(id));
      if (missed.length > 0) unreachable.push(`from ${start}: ${missed.join(", ")}`);
    }
    expect(unreachable).toEqual([]);
  });

  it("links the first mention of another service in an article body", () => {
    const unlinked: string[] = [];
    for (const source of sources) {
      const seen = new Set([source.id]);
      for (const run of pages.get(source.id)!.body) {
        for (const mention of findMentions(run.text, sources)) {
          if (seen.has(mention.id)) continue;
          seen.add(mention.id);
          // A comparison's title names its services, and the comparison page links to each of them.
          const linked = serviceIdOf(run.href) === mention.id || run.href?.startsWith("/compare/");
          if (!linked)
            unlinked.push(`${source.file}: "${mention.text}" (${mention.id}) in "${run.text.trim()}"`);
        }
      }
    }
    expect(unlinked).toEqual([]);
  });
});
