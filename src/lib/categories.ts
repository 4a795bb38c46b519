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
    label: "Storage",
    blurb: "Where the data lives: objects in buckets, the base of a data lake.",
  },
  {
    id: "databases",
    label: "Databases",
    blurb: "Relational, key-value and in-memory stores for applications (OLTP) and caches.",
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
    id: "integration",
    label: "Data integration and migration",
    blurb: "Move data between systems, transform it and keep a catalog of it.",
  },
  {
    id: "orchestration",
    label: "Orchestration and batch compute",
    blurb: "Run jobs and chain them into workflows with retries and waits.",
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
