/**
 * Pagefind's ranking for this site, shared by the search dialog, the search page and the test of
 * search quality. Pages here are short and the names matter most, so an exact term in a heavily
 * weighted place (title, former names, aliases) should beat a long page that repeats a word.
 */
export const SEARCH_RANKING = {
  /** Less reward for repeating a word; titles and aliases count for more than repetition. */
  termFrequency: 0.6,
  /** Long pages are not penalised much: every service page has a similar shape. */
  pageLength: 0.4,
  /** Repetition saturates quickly. */
  termSaturation: 1.2,
  /** Prefer exact words over longer words that merely start with the query. */
  termSimilarity: 2.0,
} as const;
