/** The part of a glossary entry the checks need (an Astro entry fits it). */
export interface GlossaryEntry {
  id: string;
  data: { term: string };
}

/** A place where a page breaks the rule "mark a term once, at its first use". */
export interface TermMarkingProblem {
  /** The glossary id concerned. */
  termId: string;
  /** 1-based line in the body where the problem is. */
  line: number;
  /** What is wrong and what to do, for a reader of the MDX. */
  message: string;
}

const TERM_TAG = /<Term\s+id="([^"]+)"\s*>[\s\S]*?<\/Term>/g;

/**
 * Markup whose text is not prose a reader meets as a first use: the term elements themselves, JSX
 * comments and expressions, a diagram's text version (folded away under the drawing, so a mark there
 * would be hidden from most readers), other components' tags (their attributes, such as a flashcard's
 * question, but not the text between them), Markdown links and images, code, headings and imports.
 */
const MARKUP = [
  TERM_TAG,
  /<Diagram\b[^>]*>[\s\S]*?<\/Diagram>/g,
  /\{\/\*[\s\S]*?\*\/\}/g,
  /\{[^{}]*\}/g,
  /<\/?[A-Za-z][^<>]*>/g,
  /<!--[\s\S]*?-->/g,
  /!?\[[^\]]*\]\([^)]*\)/g,
  /^(```|~~~)[\s\S]*?^\1/gm,
  /`[^`\n]*`/g,
  /^#{1,6}\s.*$/gm,
  /^(import|export)\s.*$/gm,
];

/** The body with every piece of markup blanked out, so offsets still match the body. */
function plainText(body: string): string {
  return MARKUP.reduce(
    (text, pattern) => text.replace(pattern, (match) => match.replace(/[^\n]/g, " ")),
    body,
  );
}

/** A case-insensitive pattern for a term as a whole word or phrase; any run of spaces matches a space. */
function termPattern(term: string): RegExp {
  const escaped = term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
}

const lineAt = (body: string, offset: number) => body.slice(0, offset).split("\n").length;

/**
 * Checks how an MDX body marks glossary terms with `<Term id>`: each term is marked at most once,
 * and the marked use is its first use, that is, the term's text (case-insensitive, as a whole word,
 * in prose outside other markup) does not appear before it. Returns the problems in body order.
 */
export function checkTermMarking(body: string, glossary: GlossaryEntry[]): TermMarkingProblem[] {
  const terms = new Map(glossary.map((entry) => [entry.id, entry.data.term]));
  const prose = plainText(body);
  const firstMark = new Map<string, number>();
  const problems: (TermMarkingProblem & { offset: number })[] = [];

  for (const match of body.matchAll(TERM_TAG)) {
    const [, id] = match;
    const offset = match.index;
    if (!firstMark.has(id!)) {
      firstMark.set(id!, offset);
      continue;
    }
    problems.push({
      termId: id!,
      offset,
      line: lineAt(body, offset),
      message: `<Term id="${id}"> marks the term a second time; mark it once per page, at its first use.`,
    });
  }

  for (const [id, offset] of firstMark) {
    const term = terms.get(id);
    if (term === undefined) continue;
    const earlier = termPattern(term).exec(prose);
    if (!earlier || earlier.index >= offset) continue;
    problems.push({
      termId: id,
      offset: earlier.index,
      line: lineAt(body, earlier.index),
      message: `"${earlier[0]}" comes before the marked <Term id="${id}">; move the mark to this first use.`,
    });
  }

  return problems.sort((a, b) => a.offset - b.offset).map(({ offset: _, ...problem }) => problem);
}

/** The terms under one initial letter of the A–Z glossary. */
export interface GlossaryLetter<T extends GlossaryEntry> {
  /** The capital letter ("A"); "#" for terms that start with a digit or a sign. */
  letter: string;
  terms: T[];
}

/** Sorts the glossary A–Z by term, case-insensitive, and groups it by initial letter. */
export function groupTermsByLetter<T extends GlossaryEntry>(glossary: T[]): GlossaryLetter<T>[] {
  const sorted = [...glossary].sort((a, b) =>
    a.data.term.localeCompare(b.data.term, "en", { sensitivity: "base" }),
  );
  const groups: GlossaryLetter<T>[] = [];
  for (const entry of sorted) {
    const initial = entry.data.term.charAt(0).toUpperCase();
    const letter = /\p{L}/u.test(initial) ? initial : "#";
    const last = groups.at(-1);
    if (last?.letter === letter) last.terms.push(entry);
    else groups.push({ letter, terms: [entry] });
  }
  return groups;
}
