import type { Nodes, Root } from "mdast";
import { attribute, isJsx, stringLiteral, type JsxElement } from "./marks";

/** A piece of the source to replace: [start, end) offsets and the new text. */
type Edit = [start: number, end: number, text: string];

/** What a component's opening tag becomes; its closing tag is dropped and its children stay. */
export type OpeningRewrite = (element: {
  name: string;
  attribute: (name: string) => string | undefined;
}) => string;

const start = (node: Nodes) => node.position?.start.offset ?? 0;
const end = (node: Nodes) => node.position?.end.offset ?? 0;

/** The edits that drop one element's tags, keeping what is between them. */
function tagEdits(node: JsxElement, source: string, opening: string): Edit[] {
  const first = node.children[0];
  const last = node.children.at(-1);
  if (!first || !last) return [[start(node), end(node), opening]];
  // The opening tag ends at the last ">" before the first child; the closing tag is the last "</".
  const openEnd = source.lastIndexOf(">", start(first) - 1) + 1;
  const closeStart = source.lastIndexOf("</", end(node));
  return [
    [start(node), openEnd, opening],
    [closeStart, end(node), ""],
  ];
}

/**
 * Plain Markdown from an MDX source and its tree: every component keeps only its children, its
 * opening tag becoming `opening(element)`; ESM lines, JSX expressions and frontmatter go, except a
 * string literal such as {" "}, which keeps its text; each link's address becomes `link(url)`.
 */
export function unwrapComponents(
  source: string,
  tree: Root,
  opening: OpeningRewrite,
  link: (url: string) => string = (url) => url,
): string {
  const edits: Edit[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "yaml") {
      edits.push([start(node), end(node), ""]);
      return;
    }
    if (node.type === "link" && link(node.url) !== node.url) {
      // The address is the last "](url" of the link's source: its text may hold brackets of its own.
      const at = source.lastIndexOf(`](${node.url}`, end(node));
      if (at >= start(node)) edits.push([at + 2, at + 2 + node.url.length, link(node.url)]);
    }
    if (node.type === "mdxjsEsm" || node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      edits.push([start(node), end(node), stringLiteral(node.value) ?? ""]);
      return;
    }
    if (isJsx(node)) {
      const name = node.name ?? "";
      edits.push(...tagEdits(node, source, opening({ name, attribute: (key) => attribute(node, key) })));
    }
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
  return edits
    .sort((a, b) => b[0] - a[0])
    .reduce((text, [from, to, replacement]) => text.slice(0, from) + replacement + text.slice(to), source);
}
