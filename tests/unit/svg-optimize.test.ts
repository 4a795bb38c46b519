import { describe, expect, it } from "vitest";
import { optimizeDiagramSvg } from "@/lib/svgOptimize";

const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" id="dg">${inner}</svg>`;
const marker = (id: string) => `<marker id="${id}" viewBox="0 0 10 10"><path d="M0 0L10 5L0 10z"/></marker>`;
const line = (attributes: string) => `<path d="M0 0L50 50" ${attributes}/>`;

describe("optimizeDiagramSvg", () => {
  it.each([
    ["a marker an arrow uses", svg(marker("end") + line('marker-end="url(#end)"')), 'id="end"', true],
    ["a marker no element uses", svg(marker("start") + line('marker-end="url(#end)"')), 'id="start"', false],
    [
      "a filter a style rule uses",
      svg(
        `<style>.n{filter:url(#shadow)}</style><filter id="shadow"/><rect class="n" width="5" height="5"/>`,
      ),
      'id="shadow"',
      true,
    ],
    [
      "a filter nothing uses",
      svg(`<filter id="shadow"><feDropShadow dx="2"/></filter><rect width="5" height="5"/>`),
      'id="shadow"',
      false,
    ],
    [
      "a gradient a use element points at",
      svg(`<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><use href="#g"/>`),
      'id="g"',
      true,
    ],
    [
      "a gradient nothing points at",
      svg(
        `<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect width="5" height="5"/>`,
      ),
      'id="g"',
      false,
    ],
  ])("%s: kept is %s", (_, input, definition, kept) => {
    expect(optimizeDiagramSvg(input).includes(definition)).toBe(kept);
  });

  it.each([
    ["Mermaid's data attributes go", 'data-points="W3sieCI6MH1d" data-look="classic"', [], ["data-"]],
    [
      "the role and label screen readers read stay",
      'role="img" aria-label="A flow"',
      ['role="img"', 'aria-label="A flow"'],
      [],
    ],
  ])("%s", (_, attributes, kept, gone) => {
    const out = optimizeDiagramSvg(svg(`<g ${attributes}><rect width="5" height="5"/></g>`));
    for (const text of kept) expect(out).toContain(text);
    for (const text of gone) expect(out).not.toContain(text);
  });
});
