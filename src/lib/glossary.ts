/** The part of a glossary entry the checks need (an Astro entry fits it). */
export interface GlossaryEntry {
  id: string;
  data: { term: string };
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

/**
 * Where each term is marked: glossary id → the ids of the pages that mark it, from the pages' marks.
 */
export function findTermPages(pages: { id: string; termIds: string[] }[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const { id, termIds } of pages) {
    for (const termId of new Set(termIds)) seen.set(termId, [...(seen.get(termId) ?? []), id]);
  }
  return seen;
}
