import type { Category } from "./categories";
import { groupServicesByCategory, type ServiceEntry } from "./services";

/** A key fact marked on a service page with <Fact q="...">: the question and its answer as plain text. */
export interface Fact {
  question: string;
  answer: string;
  /** The page it is marked on, when not the service's own page (one of its topic pages). */
  path?: string;
}

/** One flashcard of the self-test. */
export interface Flashcard extends Fact {
  /** Stable across builds and across reordering of a page: the service id and a hash of the question. */
  id: string;
  /** The id of the fact's element on its service page, to link a card to its place. */
  anchor: string;
}

/** The cards of one service. */
export interface ServiceDeck<S extends ServiceEntry> {
  service: S;
  cards: Flashcard[];
}

/** The cards of one category, service by service, in the site's reading order. */
export interface CategoryDeck<S extends ServiceEntry> {
  category: Category;
  services: ServiceDeck<S>[];
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
export const factAnchor = (question: string) => `fact-${hashText(question.replace(/\s+/g, " ").trim())}`;

/** The flashcards of one service page, from the facts its MDX marks. */
export function buildServiceCards(serviceId: string, facts: Fact[]): Flashcard[] {
  return facts.map(({ question, answer, path }) => ({
    question,
    answer,
    ...(path && { path }),
    id: `${serviceId}-${hashText(question)}`,
    anchor: factAnchor(question),
  }));
}

/**
 * The self-test deck: every service's cards (`factsOf` gives a service's marked facts), grouped by
 * category in the site's reading order. Services with no cards are left out.
 */
export function buildDeck<S extends ServiceEntry>(
  services: S[],
  factsOf: (service: S) => Fact[],
): CategoryDeck<S>[] {
  return groupServicesByCategory(services)
    .map(({ category, services: list }) => ({
      category,
      services: list
        .map((service) => ({ service, cards: buildServiceCards(service.id, factsOf(service)) }))
        .filter((deck) => deck.cards.length > 0),
    }))
    .filter((group) => group.services.length > 0);
}
