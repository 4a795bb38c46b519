import type { Category } from "./categories";
import { groupServicesByCategory, type ServiceEntry } from "./services";

/** A key fact marked on a service page with <Fact q="...">: the question and its answer as plain text. */
export interface Fact {
  question: string;
  answer: string;
}

/** One flashcard of the self-test. */
export interface Flashcard extends Fact {
  /** Stable across builds and across reordering of a page: the service id and a hash of the question. */
  id: string;
  /** The id of the fact's element on its service page, to link a card to its place. */
  anchor: string;
}

/** A service entry with its raw MDX body, as the collection gives it. */
export interface DeckEntry extends ServiceEntry {
  body?: string;
}

/** The cards of one service. */
export interface ServiceDeck<S extends DeckEntry> {
  service: S;
  cards: Flashcard[];
}

/** The cards of one category, service by service, in the site's reading order. */
export interface CategoryDeck<S extends DeckEntry> {
  category: Category;
  services: ServiceDeck<S>[];
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  rarr: "→",
  larr: "←",
  hellip: "…",
};

/** Decodes the HTML entities a writer may put in MDX text; unknown named entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The plain text of a fragment of MDX: links, tags, emphasis and code give their text. */
export function toPlainText(mdx: string): string {
  // Escaped characters are set aside first, so that \* is never read as emphasis.
  const escaped: string[] = [];
  return decodeEntities(
    mdx
      .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, (_, char: string) => `\u0000${escaped.push(char) - 1}\u0000`)
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
      // JSX string expressions such as {" "} that Prettier leaves behind.
      .replace(/\{\s*(["'])(.*?)\1\s*\}/g, "$2")
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<\/?[A-Za-z][^>]*>/g, "")
      .replace(/`([^`]*)`/g, "$1")
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, "$1$2")
      .replace(/\u0000(\d+)\u0000/g, (_, i: string) => escaped[Number(i)]!),
  )
    .replace(/\s+/g, " ")
    .trim();
}

/** Markdown code and MDX comments, which may mention <Fact> without marking one. */
const stripCodeAndComments = (mdx: string) =>
  mdx
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/`[^`\n]*<Fact[^`\n]*`/g, "");

const FACT_OPEN = /<Fact((?:\s+[A-Za-z_][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*(\/?)>/g;
const Q_ATTRIBUTE = /(?:^|\s)q\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(["'])(.*?)\3\s*\})/;

/**
 * The key facts marked with <Fact q="question">answer</Fact> in an MDX body, in page order.
 * Throws, naming `file`, on a fact with no question, a question not ending in "?", an empty answer,
 * an unclosed <Fact> or a question asked twice.
 */
export function extractFacts(mdxBody: string, file = "an MDX file"): Fact[] {
  const body = stripCodeAndComments(mdxBody);
  const facts: Fact[] = [];
  for (const open of body.matchAll(FACT_OPEN)) {
    const [tag, attributes = "", selfClosing] = open;
    const q = Q_ATTRIBUTE.exec(attributes);
    const rawQuestion = q ? (q[1] ?? q[2] ?? q[4] ?? "") : undefined;
    const question = rawQuestion === undefined ? "" : toPlainText(rawQuestion);
    if (!question) throw new Error(`Bad flashcard in ${file}: ${tag} has no question (q="...")`);
    if (!question.endsWith("?")) {
      throw new Error(`Bad flashcard in ${file}: <Fact q="${question}"> must ask a question ending with "?"`);
    }
    let answer = "";
    if (!selfClosing) {
      const start = open.index + tag.length;
      const end = body.indexOf("</Fact>", start);
      if (end === -1) throw new Error(`Bad flashcard in ${file}: <Fact q="${question}"> is never closed`);
      const inner = body.slice(start, end);
      if (/<Fact\b/.test(inner)) {
        throw new Error(`Bad flashcard in ${file}: <Fact q="${question}"> has another <Fact> inside it`);
      }
      answer = toPlainText(inner);
    }
    if (!answer) throw new Error(`Bad flashcard in ${file}: <Fact q="${question}"> has an empty answer`);
    if (facts.some((f) => f.question === question)) {
      throw new Error(`Bad flashcard in ${file}: the question "${question}" is asked twice`);
    }
    facts.push({ question, answer });
  }
  return facts;
}

/** A short, stable hash of a text (FNV-1a, 32 bits, base 36). */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The id of a fact's element on its service page; Fact.astro and the cards both use it. */
export const factAnchor = (question: string) => `fact-${hashText(toPlainText(question))}`;

/** The flashcards of one service page. */
export function buildServiceCards(serviceId: string, mdxBody: string, file?: string): Flashcard[] {
  return extractFacts(mdxBody, file).map((fact) => ({
    ...fact,
    id: `${serviceId}-${hashText(fact.question)}`,
    anchor: factAnchor(fact.question),
  }));
}

/**
 * The self-test deck: every service's cards, grouped by category in the site's reading order.
 * Services with no cards are left out.
 */
export function buildDeck<S extends DeckEntry>(services: S[]): CategoryDeck<S>[] {
  return groupServicesByCategory(services)
    .map(({ category, services: list }) => ({
      category,
      services: list
        .map((service) => ({
          service,
          cards: buildServiceCards(service.id, service.body ?? "", service.filePath ?? service.id),
        }))
        .filter((deck) => deck.cards.length > 0),
    }))
    .filter((group) => group.services.length > 0);
}
