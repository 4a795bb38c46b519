import { describe, expect, it } from "vitest";
import { pageScripts } from "../../scripts/js-budget.mjs";

describe("pageScripts (the scripts a built page runs)", () => {
  it.each([
    ["a module it loads", '<script type="module" src="/_astro/page.js"></script>', ["/_astro/page.js"], []],
    ["a classic script it loads", '<script src="/a.js" defer></script>', ["/a.js"], []],
    [
      "code inside the page",
      "<script>document.documentElement.dataset.theme='dark'</script>",
      [],
      ["document.documentElement.dataset.theme='dark'"],
    ],
    ["a JSON data block", '<script type="application/json">{"a":1}</script>', [], []],
    ["JSON-LD", '<script type="application/ld+json">{}</script>', [], []],
    ["a type in capitals", '<script type="Module" src="/m.js"></script>', ["/m.js"], []],
    ["an empty script", "<script> </script>", [], []],
    ["a > inside an attribute", '<script data-x="a>b" src="/x.js"></script>', ["/x.js"], []],
    ["src after other attributes", '<script async data-n="1" src="/late.js"></script>', ["/late.js"], []],
    [
      "a closing tag in a string is not the end",
      "<script>const s = '<\\/script>'; run()</script>",
      [],
      ["const s = '<\\/script>'; run()"],
    ],
  ])("%s", (_, html, sources, inline) => {
    expect(pageScripts(`<!doctype html><html><head>${html}</head><body></body></html>`)).toEqual({
      sources,
      inline,
    });
  });
});
