/** How the maps draw a line: its colour (a theme token, so it follows light and dark) and dash. */
export interface LineStyle {
  /** What the map legend calls lines of this style. */
  legend: string;
  /** The CSS custom property of the line's and its arrowhead's colour. */
  colour: `--${string}`;
  /** SVG stroke-dasharray; none for a solid line. */
  dash?: string;
}

/**
 * The line styles of the maps, in legend order. A few styles, each shared by several kinds, keep the
 * map readable: the legend names each style once and lists the kinds drawn with it.
 */
export const LINE_STYLES = {
  flow: { legend: "Data flow", colour: "--accent" },
  control: { legend: "Uses or drives", colour: "--fg", dash: "6 3" },
  peer: { legend: "Side by side", colour: "--muted", dash: "2 3" },
} as const satisfies Record<string, LineStyle>;

/** A line style's id: data moving, one service driving another, or two services side by side. */
export type LineStyleId = keyof typeof LINE_STYLES;

/** The line styles' ids in legend order. */
export const LINE_STYLE_IDS = Object.keys(LINE_STYLES) as LineStyleId[];

/** Everything the site says and draws for one relation kind. */
export interface RelationKindSpec {
  /** The label on the stating service's page ("Reads from"). */
  forward: string;
  /** The label on the other service's page ("Read by"). */
  inverse: string;
  /** The verb of the sentence "Athena reads from S3". */
  verb: string;
  /** The same verb after a plural name: "Gateway endpoints give private access to S3". */
  verbPlural: string;
  /** How the maps draw it. */
  line: LineStyleId;
}

/**
 * How one service relates to another, one record per kind: adding a kind is adding a line here.
 * Each relation is written once, in the frontmatter of the service named first ("Athena reads from
 * S3" lives in athena.mdx); the other side is derived.
 */
export const RELATION_KINDS = {
  "reads-from": {
    forward: "Reads from",
    inverse: "Read by",
    verb: "reads from",
    verbPlural: "read from",
    line: "flow",
  },
  "writes-to": {
    forward: "Writes to",
    inverse: "Receives data from",
    verb: "writes to",
    verbPlural: "write to",
    line: "flow",
  },
  uses: { forward: "Uses", inverse: "Used by", verb: "uses", verbPlural: "use", line: "control" },
  orchestrates: {
    forward: "Orchestrates",
    inverse: "Orchestrated by",
    verb: "orchestrates",
    verbPlural: "orchestrate",
    line: "control",
  },
  "alternative-to": {
    forward: "Alternative to",
    inverse: "Alternative to",
    verb: "is an alternative to",
    verbPlural: "are an alternative to",
    line: "peer",
  },
  "replaced-by": {
    forward: "Replaced by",
    inverse: "Recommended instead of",
    verb: "is replaced by",
    verbPlural: "are replaced by",
    line: "peer",
  },
  migrates: {
    forward: "Migrates data into",
    inverse: "Data migrated in by",
    verb: "migrates data into",
    verbPlural: "migrate data into",
    line: "flow",
  },
  visualizes: {
    forward: "Visualizes data from",
    inverse: "Visualized in",
    verb: "visualizes data from",
    verbPlural: "visualize data from",
    line: "flow",
  },
  invokes: {
    forward: "Invokes",
    inverse: "Invoked by",
    verb: "invokes",
    verbPlural: "invoke",
    line: "control",
  },
  governs: {
    forward: "Governs access to",
    inverse: "Access governed by",
    verb: "governs access to",
    verbPlural: "govern access to",
    line: "control",
  },
  "works-with": {
    forward: "Works with",
    inverse: "Works with",
    verb: "works with",
    verbPlural: "work with",
    line: "peer",
  },
  "private-access-to": {
    forward: "Gives private access to",
    inverse: "Reached privately through",
    verb: "gives private access to",
    verbPlural: "give private access to",
    line: "control",
  },
} as const satisfies Record<string, RelationKindSpec>;

/** A relation kind, as written in frontmatter. */
export type RelationKind = keyof typeof RELATION_KINDS;

/** The relation kinds as a non-empty tuple, for `z.enum`. */
export const RELATION_KIND_IDS = Object.keys(RELATION_KINDS) as [RelationKind, ...RelationKind[]];

/** The verb of a relation after its subject's name, which may be plural ("Gateway endpoints"). */
export const relationVerb = (kind: RelationKind, plural = false) =>
  plural ? RELATION_KINDS[kind].verbPlural : RELATION_KINDS[kind].verb;

/**
 * "Athena reads from S3": a relation as a sentence, from the side of the service that states it;
 * the verb agrees with a plural name ("Gateway endpoints give private access to S3").
 */
export function describeRelation(
  fromName: string,
  kind: RelationKind,
  toName: string,
  fromPlural = false,
): string {
  return `${fromName} ${relationVerb(kind, fromPlural)} ${toName}`;
}

/** Each line style in legend order, with the kinds drawn in it in RELATION_KINDS order. */
export function groupKindsByLine(): { line: LineStyleId; style: LineStyle; kinds: RelationKind[] }[] {
  return LINE_STYLE_IDS.map((line) => ({
    line,
    style: LINE_STYLES[line],
    kinds: RELATION_KIND_IDS.filter((kind) => RELATION_KINDS[kind].line === line),
  }));
}
