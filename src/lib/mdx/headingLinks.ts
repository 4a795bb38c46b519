import type { Element } from "hast";

/**
 * Options for rehype-autolink-headings: after every h2 and h3 of an article, a link to the heading
 * itself, shown on hover and focus, named by the heading it points to (aria-labelledby, so no words
 * are repeated in the page) and kept out of search excerpts.
 * The heading and its link share a wrapper, so hovering either shows the link.
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
  properties: (heading: Element) => ({
    className: ["heading-link"],
    ariaLabelledBy: String(heading.properties.id),
    "data-pagefind-ignore": "",
  }),
  content: {
    type: "element",
    tagName: "span",
    properties: { ariaHidden: "true" },
    children: [{ type: "text", value: "#" }],
  },
} as const;
