import type { QuestionView } from "./questionViews";

/**
 * A practice question as the practice and mock-exam scripts receive it: the bank is JSON, one file per
 * exam domain (src/pages/practice/bank/[domain].json.ts), fetched when a session needs it, so the pages
 * stay the same size however many questions there are.
 */
export interface BankEntry {
  id: string;
  stem: string;
  /** How many options to choose. */
  answers: number;
  /** The options' texts, in stored order (the scripts shuffle them for each attempt). */
  options: string[];
  /** Indexes of the correct options. */
  correct: number[];
  /** Each option's explanation, link (with the base path) and the name of the section it leads to. */
  why: string[];
  links: string[];
  labels: string[];
  /** The one service it is about, and that service's category. */
  service: string;
  category: string;
  domain: string;
  /** The exam-guide items it tests. */
  skills: string[];
}

/** A question as the bank holds it; `href` adds the base path to a site path. */
export const toBankEntry = (
  q: QuestionView,
  category: string,
  href: (path: string) => string,
): BankEntry => ({
  id: q.id,
  stem: q.stem,
  answers: q.answers,
  options: q.options.map((o) => o.text),
  correct: q.options.flatMap((o, i) => (o.correct ? [i] : [])),
  why: q.options.map((o) => o.why),
  links: q.options.map((o) => href(o.link)),
  labels: q.options.map((o) => o.label),
  service: q.service,
  category,
  domain: q.domain,
  skills: q.skills,
});

/** Where the bank of a domain is, without the base path. */
export const bankPath = (domain: string) => `/practice/bank/${domain}.json`;
