/** A category groups services on the home page and in the sidebar, in this order. */
export interface Category {
  /** Stable id used in frontmatter and as the anchor on the home page. */
  id: string;
  /** Heading shown to readers. */
  label: string;
  /** One sentence on what the services of this category have in common. */
  blurb: string;
}

/** Every category a service may name in its frontmatter, in display order. */
export const CATEGORIES = [
  {
    id: "storage",
    label: "Storage and lakehouse",
    blurb: "Where the data lives: objects in buckets, and tables of a data lake over them.",
  },
  {
    id: "databases",
    label: "Databases",
    blurb:
      "Relational, key-value, document, wide-column, graph, time series and in-memory stores for applications.",
  },
  {
    id: "analytics",
    label: "Analytics and search",
    blurb: "Query, warehouse, process and search data at scale (OLAP).",
  },
  {
    id: "streaming",
    label: "Streaming and IoT",
    blurb: "Capture, process and deliver data as it arrives, from apps, devices and cameras.",
  },
  {
    id: "messaging",
    label: "Messaging and events",
    blurb: "Queues, notifications and event buses that decouple the parts of a system.",
  },
  {
    id: "integration",
    label: "Data integration and migration",
    blurb: "Move data into AWS and between systems, prepare and transform it, and keep a catalog of it.",
  },
  {
    id: "orchestration",
    label: "Orchestration and compute",
    blurb: "Run code and jobs, and chain them into workflows with retries and waits.",
  },
  {
    id: "governance",
    label: "Governance and security",
    blurb: "Who may use which data, what data there is, and where sensitive data sits.",
  },
  {
    id: "operations",
    label: "Monitoring and infrastructure as code",
    blurb: "Watch pipelines with metrics, logs and alarms, and deploy them from templates and code.",
  },
  {
    id: "machine-learning",
    label: "Machine learning",
    blurb: "Prepare data and features, train models and serve them.",
  },
  {
    id: "networking",
    label: "Networking",
    blurb: "Private, dedicated paths between your networks and AWS services.",
  },
  {
    id: "bi",
    label: "Business intelligence",
    blurb: "Dashboards and ad hoc analysis for people who read the data.",
  },
] as const satisfies readonly Category[];

/** A category id, as written in frontmatter. */
export type CategoryId = (typeof CATEGORIES)[number]["id"];

/** The category ids as a non-empty tuple, for `z.enum`. */
export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];

/** The label readers see for a category id. */
export function categoryLabel(id: CategoryId): string {
  return CATEGORIES.find((c) => c.id === id)!.label;
}
