import { isAnswerCorrect } from "./answers";

/** Scoring a mock exam: the score, a breakdown per domain and per service, and the questions missed. */

/** What scoring needs of a question. */
export interface ScorableQuestion {
  id: string;
  domain: string;
  /** The one service it is about. */
  service: string;
  /** The indexes of its correct options. */
  correct: readonly number[];
}

/** Right answers out of questions, for one domain or one service. */
export interface Breakdown {
  id: string;
  correct: number;
  total: number;
}

/** A finished exam's result. */
export interface ExamResult {
  correct: number;
  total: number;
  /** Whole percent, rounded down, so a score never reads higher than it is. */
  percent: number;
  /** Per domain, in the order the questions first name them. */
  domains: Breakdown[];
  /** Per service (a question counts for the one service it is about), weakest first. */
  services: Breakdown[];
  /** The ids of the questions answered wrong or not at all, in exam order. */
  wrong: string[];
}

function tally(map: Map<string, Breakdown>, id: string, right: boolean) {
  const entry = map.get(id) ?? { id, correct: 0, total: 0 };
  entry.total += 1;
  if (right) entry.correct += 1;
  map.set(id, entry);
}

/** Weakest first: the lowest share right, then the most questions, then by id. */
export const byWeakest = (a: Breakdown, b: Breakdown) =>
  a.correct / a.total - b.correct / b.total || b.total - a.total || a.id.localeCompare(b.id);

/** Scores `questions` (in exam order) against the reader's `answers` (chosen option indexes by question id). */
export function scoreExam(
  questions: readonly ScorableQuestion[],
  answers: Readonly<Record<string, readonly number[]>>,
): ExamResult {
  const domains = new Map<string, Breakdown>();
  const services = new Map<string, Breakdown>();
  const wrong: string[] = [];
  let correct = 0;
  for (const q of questions) {
    const right = isAnswerCorrect(answers[q.id], q.correct);
    if (right) correct += 1;
    else wrong.push(q.id);
    tally(domains, q.domain, right);
    tally(services, q.service, right);
  }
  const total = questions.length;
  return {
    correct,
    total,
    percent: total ? Math.floor((correct * 100) / total) : 0,
    domains: [...domains.values()],
    services: [...services.values()].sort(byWeakest),
    wrong,
  };
}
