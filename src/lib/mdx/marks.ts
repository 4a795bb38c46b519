import type { Nodes, Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";

/**
 * The one reading of a page's MDX: what its syntax tree marks, each with its 1-based line. The build
 * reads it once per file (remarkMarks); the self-test, the glossary, the link and term checks and the
 * bench derive everything from it.
 */
export interface Marks {
  /** `<Fact q="question">answer</Fact>`: a key fact, asked as a flashcard. */
  facts: { question: string; answer: string; line: number }[];
  /** `<Term id="...">`: a glossary term marked; `after` counts the prose runs before the mark. */
  terms: { id: string; line: number; after: number }[];
  /** `<Diagram name="...">`: a drawing from diagrams/<name>.mmd. */
  diagrams: { name: string; line: number }[];
  /** Markdown links, as written. */
  links: { href: string; line: number }[];
  /**
   * Runs of prose a reader meets as text, in page order: not headings, code, link text, marked
   * terms or a diagram's text version (folded away under the drawing).
   */
  prose: { text: string; line: number }[];
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A mark that breaks a rule of the page format; `line` is 1-based. */
export class MarkError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 0;
const squash = (text: string) => text.replace(/\s+/g, " ").trim();
export const isJsx = (node: Nodes): node is JsxElement =>
  node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";

/** An attribute's string value: `q="..."`, or a string literal in braces, `q={"..."}`. */
export function attribute(node: JsxElement, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type !== "mdxJsxAttribute" || attr.name !== name) continue;
    if (typeof attr.value === "string") return attr.value;
    return stringLiteral(attr.value?.value ?? "");
  }
  return undefined;
}

/** A string literal in JSX braces, such as the {" "} Prettier leaves, or undefined. */
export const stringLiteral = (expression: string) => /^\s*(["'`])([\s\S]*)\1\s*$/.exec(expression)?.[2];

/** The text a reader sees of a node: text, code and string literals; not comments or other expressions. */
function textOf(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "mdxTextExpression" || node.type === "mdxFlowExpression")
    return stringLiteral(node.value) ?? "";
  return "children" in node ? node.children.map(textOf).join("") : "";
}

/** Node types whose text is not prose a reader meets as a first use. */
const NOT_PROSE = new Set(["heading", "link", "linkReference"]);
/** Node types with nothing to read: code, raw HTML, ESM and JSX expressions (comments included). */
const SKIPPED = new Set([
  "code",
  "inlineCode",
  "html",
  "image",
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxTextExpression",
]);

/**
 * Reads the marks of one MDX syntax tree. Throws a MarkError, naming `file` and the line, on a fact
 * with no question, a question that does not end in "?", an empty answer, an answer that opens with
 * a bare Yes, No or Both, a fact inside a fact, a question asked twice, or a term or diagram with no id or name.
 */
export function readMarks(tree: Root, file: string): Marks {
  const marks: Marks = { facts: [], terms: [], diagrams: [], links: [], prose: [] };

  const visit = (node: Nodes, prose: boolean, inFact: boolean): void => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === "text") {
      if (prose && node.value.trim()) marks.prose.push({ text: node.value, line: lineOf(node) });
      return;
    }
    if (node.type === "link") marks.links.push({ href: node.url, line: lineOf(node) });
    let childProse = prose && !NOT_PROSE.has(node.type);
    let childInFact = inFact;
    if (isJsx(node)) {
      const line = lineOf(node);
      if (node.name === "Fact") {
        if (inFact) throw new MarkError(file, line, "a <Fact> inside another <Fact>; mark each fact once");
        readFact(node, line);
        childInFact = true;
      } else if (node.name === "Term") {
        const id = attribute(node, "id");
        if (!id) throw new MarkError(file, line, '<Term> needs an id="..." from src/content/glossary.yaml');
        marks.terms.push({ id, line, after: marks.prose.length });
        childProse = false;
      } else if (node.name === "Diagram") {
        const name = attribute(node, "name");
        if (!name) throw new MarkError(file, line, '<Diagram> needs a name="..." of diagrams/<name>.mmd');
        marks.diagrams.push({ name, line });
        childProse = false;
      }
    }
    if ("children" in node) for (const child of node.children) visit(child, childProse, childInFact);
  };

  const readFact = (node: JsxElement, line: number) => {
    const question = squash(attribute(node, "q") ?? "");
    if (!question) throw new MarkError(file, line, '<Fact> has no question (q="...?")');
    if (!question.endsWith("?")) {
      throw new MarkError(file, line, `<Fact q="${question}"> must ask a question ending with "?"`);
    }
    const answer = squash(textOf(node));
    if (!answer) throw new MarkError(file, line, `<Fact q="${question}"> has an empty answer`);
    // "No." or "Both," answers the card's question; "No server is needed" or "Both queues ..." states a fact.
    const bare = /^(yes|no|both)\s*[.,;:!—–-]/i.exec(answer);
    if (bare) {
      throw new MarkError(
        file,
        line,
        `<Fact q="${question}"> opens with "${bare[1]}", which answers a question the page does not show; state the fact as a sentence`,
      );
    }
    if (marks.facts.some((f) => f.question === question)) {
      throw new MarkError(file, line, `the question "${question}" is asked twice`);
    }
    marks.facts.push({ question, answer, line });
  };

  visit(tree, true, false);
  return marks;
}
