import { describe, expect, it } from "vitest";
import {
  LINE_STYLE_IDS,
  LINE_STYLES,
  RELATION_KIND_IDS,
  RELATION_KINDS,
  groupKindsByLine,
  type LineStyle,
  type RelationKindSpec,
} from "@/lib/relations";
import { arrowId, styleArrow, styleLine } from "@/lib/map/lineStyle";

/** Words a label may not be: empty, or with stray spaces. */
const isWording = (text: string) => text.length > 0 && text.trim() === text && !/\s{2}/.test(text);

describe("every relation kind declares everything the site says and draws for it", () => {
  it.each(RELATION_KIND_IDS.map((kind) => [kind, RELATION_KINDS[kind] as RelationKindSpec] as const))(
    "%s",
    (kind, spec) => {
      expect(Object.keys(spec).sort()).toEqual(["forward", "inverse", "line", "verb", "verbPlural"]);
      for (const text of [spec.forward, spec.inverse, spec.verb, spec.verbPlural])
        expect(isWording(text), text).toBe(true);
      // Labels start a line of a list ("Reads from"); the verb sits inside a sentence.
      expect(spec.forward[0]).toMatch(/[A-Z]/);
      expect(spec.inverse[0]).toMatch(/[A-Z]/);
      expect(spec.verb).toBe(spec.verb.toLowerCase());
      expect(spec.verbPlural).toBe(spec.verbPlural.toLowerCase());
      expect(spec.verbPlural).not.toBe(spec.verb);
      expect(LINE_STYLE_IDS).toContain(spec.line);
      expect(groupKindsByLine().find((g) => g.line === spec.line)?.kinds).toContain(kind);
    },
  );
});

describe("every line style is drawable and in the legend", () => {
  it.each(LINE_STYLE_IDS.map((line) => [line, LINE_STYLES[line] as LineStyle] as const))(
    "%s",
    (line, style) => {
      expect(isWording(style.legend)).toBe(true);
      expect(style.colour).toMatch(/^--[a-z][a-z-]*$/);
      if (style.dash !== undefined) expect(style.dash).toMatch(/^\d+( \d+)+$/);
      // A style no kind uses would be a legend entry with nothing after it.
      expect(groupKindsByLine().find((g) => g.line === line)?.kinds).not.toEqual([]);
    },
  );

  it("gives every style its own look, so the legend can tell them apart", () => {
    const looks = LINE_STYLE_IDS.map((line) => styleLine(line));
    expect(new Set(looks).size).toBe(looks.length);
  });
});

describe("line CSS", () => {
  it.each<[string, string]>([
    [styleLine("flow"), "stroke: var(--accent)"],
    [styleLine("control"), "stroke: var(--fg); stroke-dasharray: 6 3"],
    [styleLine("peer"), "stroke: var(--muted); stroke-dasharray: 2 3"],
    [styleArrow("control"), "fill: var(--fg)"],
    [arrowId("map-arrow", "peer"), "map-arrow-peer"],
  ])("%s", (actual, expected) => expect(actual).toBe(expected));
});

describe("groupKindsByLine", () => {
  it("lists the styles in legend order, every kind exactly once", () => {
    const groups = groupKindsByLine();
    expect(groups.map((g) => g.line)).toEqual(["flow", "control", "peer"]);
    expect(groups.flatMap((g) => g.kinds).sort()).toEqual([...RELATION_KIND_IDS].sort());
  });
});
