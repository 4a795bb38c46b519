// The map's model: services as nodes, stated relations as directed edges. No geometry here.
import type { CategoryId } from "../categories";
import type { RelationKind } from "../relations";
import { groupServicesByCategory, refId, type ServiceEntry } from "../services";

/** A service on the map. */
export interface GraphNode {
  id: string;
  /** The short name drawn in the node. */
  label: string;
  /** Whether that name is a plural ("Gateway endpoints"), for sentences about it. */
  plural: boolean;
  category: CategoryId;
}

/** One stated relation: `from` states it in its frontmatter ("Athena reads from S3"). */
export interface GraphEdge {
  from: string;
  to: string;
  kind: RelationKind;
}

/** Every service and every stated relation; nodes in reading order (category, then title). */
export interface ServiceGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Builds the graph of services and their stated relations: one edge per relation, directed from the
 * service that states it. Throws on a relation to a service that does not exist.
 */
export function buildServiceGraph(services: ServiceEntry[]): ServiceGraph {
  const ordered = groupServicesByCategory(services).flatMap((g) => g.services);
  const ids = new Set(ordered.map((s) => s.id));
  const nodes = ordered.map((s) => ({
    id: s.id,
    label: s.data.shortName,
    plural: s.data.pluralName ?? false,
    category: s.data.category,
  }));
  const edges = ordered.flatMap((s) =>
    s.data.related.map(({ service, kind }) => {
      const to = refId(service);
      if (!ids.has(to)) throw new Error(`${s.id}: related service "${to}" does not exist`);
      return { from: s.id, to, kind };
    }),
  );
  return { nodes, edges };
}
