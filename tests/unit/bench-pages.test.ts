import { describe, expect, it } from "vitest";
import { figureSvgs } from "../../scripts/bench/pages.mjs";

// Drawings here have text in every element: linkedom writes an empty SVG element self-closed (<g />).
describe("figureSvgs", () => {
  it.each<[string, string[]]>([
    [
      '<figure class="diagram"><svg id="a"><text>x</text></svg></figure>',
      ['<svg id="a"><text>x</text></svg>'],
    ],
    // An SVG nested in another is part of the outer one's markup, not a diagram of its own.
    [
      '<figure><svg id="a"><svg id="b"><text>y</text></svg><text>x</text></svg></figure>',
      ['<svg id="a"><svg id="b"><text>y</text></svg><text>x</text></svg>'],
    ],
    ['<svg id="icon"><text>i</text></svg><figure data-note="a > b"><p>no drawing</p></figure>', []],
    // A figure inside a figure does not end the outer one; markup quoted in an attribute is no element.
    [
      '<figure><figure><svg id="a"><text>x</text></svg></figure><svg id="b"><text>y</text></svg></figure>',
      ['<svg id="a"><text>x</text></svg>', '<svg id="b"><text>y</text></svg>'],
    ],
    [
      '<figure><img alt="an <svg> icon" src="a.png"><svg id="a"><text>x</text></svg></figure>',
      ['<svg id="a"><text>x</text></svg>'],
    ],
  ])("%s", (html, expected) => {
    expect(figureSvgs(html)).toEqual(expected);
  });
});
