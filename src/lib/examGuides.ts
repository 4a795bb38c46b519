import { EXAM_DOMAINS, type DomainId } from "./exams";

/**
 * What AWS's exam guides say about each exam: the share of each content domain, and the number of
 * questions and the time when we have read them. Every number carries the AWS page it was read on;
 * a number we could not read on an AWS page is left out, never guessed (CONTENT.md).
 */

/** A number as an AWS page gives it, with that page. */
export interface SourcedFigure {
  /** The number (a percentage, a count, minutes). */
  value: number;
  /** The AWS page it was read on. */
  source: string;
}

/** One exam as its guide describes it. */
export interface ExamGuide {
  /** The exam's id in src/lib/exams.ts. */
  id: "dea" | "mla";
  /** The exam code. */
  code: string;
  /** The certification's name. */
  name: string;
  /** Each domain's share of the exam content, in percent; a domain missing here was not read on an AWS page. */
  weights: Partial<Record<DomainId, SourcedFigure>>;
  /** Questions that count toward the score, when read on an AWS page. */
  scoredQuestions?: SourcedFigure;
  /** Questions that do not count, when read on an AWS page. */
  unscoredQuestions?: SourcedFigure;
  /** The time allowed, in minutes, when read on an AWS page. */
  minutes?: SourcedFigure;
}

const GUIDE = "https://docs.aws.amazon.com/aws-certification/latest/userguide/";

/**
 * The exams, as their guides were read (December 2026). Not found on an AWS page, so left out: the
 * weights of DEA-C01 domains 2 and 3 and of MLA-C01 domain 1, and both exams' number of questions and
 * time. (Other sites print them; CONTENT.md asks for AWS's own page.)
 */
export const EXAM_GUIDES: readonly ExamGuide[] = [
  {
    id: "dea",
    code: "DEA-C01",
    name: "AWS Certified Data Engineer – Associate",
    weights: {
      "dea-ingestion-transformation": {
        value: 36,
        source: `${GUIDE}data-engineer-associate-01-domain1.html`,
      },
      "dea-security-governance": { value: 16, source: `${GUIDE}data-engineer-associate-01-domain4.html` },
    },
  },
  {
    id: "mla",
    code: "MLA-C01",
    name: "AWS Certified Machine Learning Engineer – Associate",
    weights: {
      "mla-model-development": {
        value: 26,
        source: `${GUIDE}machine-learning-engineer-associate-01-domain2.html`,
      },
      "mla-deployment-orchestration": {
        value: 22,
        source: `${GUIDE}machine-learning-engineer-associate-01-domain3.html`,
      },
      "mla-monitoring-security": {
        value: 24,
        source: `${GUIDE}machine-learning-engineer-associate-01-domain4.html`,
      },
    },
  },
];

/** A domain's share of its exam, as the mock exam draws it. */
export interface DomainWeight {
  id: DomainId;
  label: string;
  /** Percent of the exam. */
  percent: number;
  /** The AWS page it was read on; none when it is the share left over by the domains that are sourced. */
  source?: string;
}

/**
 * Every domain of an exam with its share. A domain whose share we have not read on an AWS page gets an
 * equal part of what the sourced domains leave of 100% (for MLA-C01's one missing domain that is exact
 * arithmetic; for two missing domains it is an even split, and the page says so).
 */
export function getDomainWeights(guide: ExamGuide): DomainWeight[] {
  const domains = EXAM_DOMAINS.filter((d) => d.exam === guide.id);
  const sourced = domains.flatMap((d) => (guide.weights[d.id] ? [guide.weights[d.id]!.value] : []));
  const rest = Math.max(0, 100 - sourced.reduce((a, b) => a + b, 0));
  const missing = domains.length - sourced.length;
  return domains.map((d) => {
    const figure = guide.weights[d.id];
    return figure
      ? { id: d.id, label: d.label, percent: figure.value, source: figure.source }
      : { id: d.id, label: d.label, percent: missing ? rest / missing : 0 };
  });
}

/** The guide of an exam id. */
export function getExamGuide(id: string): ExamGuide | undefined {
  return EXAM_GUIDES.find((g) => g.id === id);
}

/** The short mode's number of questions: the issue asks for 20. */
export const SHORT_EXAM_QUESTIONS = 20;

/** Minutes per question when an exam's own time is not sourced: this site's pace, said as such on the page. */
export const SITE_MINUTES_PER_QUESTION = 2;

/** The length and time of a mock exam in a mode; `paceSource` is the AWS page the pace comes from, if any. */
export interface ExamPlan {
  questions: number;
  minutes: number;
  paceSource?: string;
}

/**
 * A mode's plan: the full mode is the real exam's scored and unscored questions in its time, and exists
 * only when all three are sourced; the short mode keeps the real exam's pace when it is sourced, this
 * site's pace otherwise.
 */
export function planExam(guide: ExamGuide, mode: "full" | "short"): ExamPlan | undefined {
  const { scoredQuestions: scored, unscoredQuestions: unscored, minutes } = guide;
  const full = scored && unscored && minutes ? scored.value + unscored.value : undefined;
  if (mode === "full") return full && minutes ? { questions: full, minutes: minutes.value } : undefined;
  if (full && minutes) {
    return {
      questions: SHORT_EXAM_QUESTIONS,
      minutes: Math.round((SHORT_EXAM_QUESTIONS * minutes.value) / full),
      paceSource: minutes.source,
    };
  }
  return { questions: SHORT_EXAM_QUESTIONS, minutes: SHORT_EXAM_QUESTIONS * SITE_MINUTES_PER_QUESTION };
}
