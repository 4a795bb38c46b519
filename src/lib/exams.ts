/**
 * The exams the practice questions prepare for, and their content domains with AWS's own names.
 * Weights, question counts and times are in src/lib/examGuides.ts, with the exam guide pages they
 * were read on.
 */
export const EXAM_DOMAINS = [
  { id: "dea-ingestion-transformation", exam: "dea", label: "Data Ingestion and Transformation" },
  { id: "dea-store-management", exam: "dea", label: "Data Store Management" },
  { id: "dea-operations-support", exam: "dea", label: "Data Operations and Support" },
  { id: "dea-security-governance", exam: "dea", label: "Security and Governance" },
  { id: "mla-data-preparation", exam: "mla", label: "Data Preparation for Machine Learning (ML)" },
  { id: "mla-model-development", exam: "mla", label: "ML Model Development" },
  { id: "mla-deployment-orchestration", exam: "mla", label: "Deployment and Orchestration of ML Workflows" },
  { id: "mla-monitoring-security", exam: "mla", label: "ML Solution Monitoring, Maintenance, and Security" },
] as const;

/** A domain id, as a question names it. */
export type DomainId = (typeof EXAM_DOMAINS)[number]["id"];

/** The domain ids as a non-empty tuple, for `z.enum`. */
export const DOMAIN_IDS = EXAM_DOMAINS.map((d) => d.id) as [DomainId, ...DomainId[]];
