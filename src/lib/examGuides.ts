import { EXAM_DOMAINS, type DomainId } from "./exams";

/**
 * What AWS's exam guides say about each exam: the share of each content domain, and the number of
 * questions and the time when we have read them. Every number carries the AWS page it was read on;
 * a number we could not read on an AWS page is left out, never guessed (docs/content.md, "Facts").
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
  /** What of the exam guide this site neither teaches nor tests yet, said plainly on the practice page. */
  gaps?: string[];
}

const GUIDE = "https://docs.aws.amazon.com/aws-certification/latest/userguide/";

/**
 * The exams, as their guides were read (December 2026). Not found on an AWS page, so left out: the
 * weights of DEA-C01 domains 2 and 3 and of MLA-C01 domain 1, and both exams' number of questions,
 * time and passing score, so the mock exam claims none of them. (Other sites print them; the content
 * guide asks for AWS's own page.)
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
    // Read against the MLA-C01 guide's domain 1 page (December 2026): the items no page teaches.
    gaps: [
      "Domains 2 to 4: model development, deployment and orchestration of ML workflows, and monitoring, maintenance and security of ML solutions",
      "In domain 1: feature engineering techniques (scaling, binning, log transformation, normalisation) and encoding (one-hot, binary, label encoding, tokenisation)",
      "In domain 1: data annotation and labelling (SageMaker Ground Truth, Amazon Mechanical Turk)",
      "In domain 1: pre-training bias metrics and mitigation with SageMaker Clarify, and class imbalance (resampling, synthetic data)",
      "In domain 1: splitting, shuffling and augmenting datasets, and loading data into training (Amazon EFS, Amazon FSx)",
    ],
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

/** The lengths a reader may choose for a mock exam, besides every question of the exam. */
export const EXAM_LENGTHS = [20, 40, 65] as const;

/** The minutes per question a reader may choose: this site's paces, not AWS's. */
export const PACES = [1, 1.5, 2, 3] as const;

/** The pace chosen unless the reader picks another. */
export const DEFAULT_PACE = 2;

/** A mock exam's plan: `length` questions (or every one there is, "all") at `pace` minutes each. */
export function planExam(length: number | "all", available: number, pace: number) {
  const questions = length === "all" ? available : Math.min(length, available);
  return { questions, minutes: Math.ceil(questions * pace) };
}
