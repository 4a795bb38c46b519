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
 * Plain Markdown from an MDX source and its tree (from parseMdx): every component keeps only its
 * children, its opening tag becoming `opening(element)`; ESM lines and JSX expressions go, except a
 * string literal such as {" "}, which keeps its text.
 */
export function unwrapComponents(source: string, tree: Root, opening: OpeningRewrite): string {
  const edits: Edit[] = [];
  const visit = (node: Nodes) => {
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
