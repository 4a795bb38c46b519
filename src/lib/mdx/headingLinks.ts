import type { Element, ElementContent } from "hast";

/** The text of a hast element, for the heading link's accessible name. */
const textOf = (node: ElementContent): string =>
  node.type === "text" ? node.value : "children" in node ? node.children.map(textOf).join("") : "";

/**
 * Options for rehype-autolink-headings: after every h2 and h3 of an article, a link to the heading
 * itself, shown on hover and focus, named "Section titled ..." for screen readers and kept out of
 * search excerpts. The heading and its link share a wrapper, so hovering either shows the link.
 */
export const HEADING_LINK_OPTIONS = {
  behavior: "after",
  test: ["h2", "h3"],
  group: (heading: Element): Element => ({
    type: "element",
    tagName: "div",
    properties: { className: ["heading-wrapper", `heading-wrapper-${heading.tagName}`] },
    children: [],
  }),
  properties: { className: ["heading-link"], "data-pagefind-ignore": "" },
  content: (heading: Element): ElementContent[] => [
    {
      type: "element",
      tagName: "span",
      properties: { ariaHidden: "true" },
      children: [{ type: "text", value: "#" }],
    },
    {
      type: "element",
      tagName: "span",
      properties: { className: ["sr-only"] },
      children: [{ type: "text", value: `Section titled ${heading.children.map(textOf).join("").trim()}` }],
    },
  ],
} as const;
