/**
 * How one service relates to another. Each relation is written once, in the frontmatter of the
 * service named first ("Athena reads from S3" lives in athena.mdx); the other side is derived.
 */
export const RELATION_KINDS = {
  "reads-from": { forward: "Reads from", inverse: "Read by" },
  "writes-to": { forward: "Writes to", inverse: "Receives data from" },
  uses: { forward: "Uses", inverse: "Used by" },
  orchestrates: { forward: "Orchestrates", inverse: "Orchestrated by" },
  "alternative-to": { forward: "Alternative to", inverse: "Alternative to" },
  "replaced-by": { forward: "Replaced by", inverse: "Recommended instead of" },
  migrates: { forward: "Migrates data into", inverse: "Data migrated in by" },
  visualizes: { forward: "Visualizes data from", inverse: "Visualized in" },
  "works-with": { forward: "Works with", inverse: "Works with" },
  "private-access-to": { forward: "Gives private access to", inverse: "Reached privately through" },
} as const;

/** A relation kind, as written in frontmatter. */
export type RelationKind = keyof typeof RELATION_KINDS;

/** The relation kinds as a non-empty tuple, for `z.enum`. */
export const RELATION_KIND_IDS = Object.keys(RELATION_KINDS) as [RelationKind, ...RelationKind[]];
