// What the map page draws: how the categories connect, then one map per category with the services
// it links to outside. Each stays readable as the site grows,
// where one map of every service would not.
import { CATEGORIES, type CategoryId } from "../categories";
import type { GraphEdge, ServiceGraph } from "./graph";
import type { MapInput } from "./elkLayout";

/** How one category connects to the others: the number of relations with each, most first. */
export interface CategoryLinks {
  category: CategoryId;
  /** Relations between two services of the category. */
  inside: number;
  links: { category: CategoryId; count: number }[];
}

/** The categories that have services, in display order. */
const presentCategories = (graph: ServiceGraph) =>
  CATEGORIES.filter((c) => graph.nodes.some((n) => n.category === c.id));

/**
 * For each category, how many relations join it to each other category (either way), most first,
 * then in display order: the overview of the map page.
 */
export function summarizeCategoryLinks(graph: ServiceGraph): CategoryLinks[] {
  const categoryOf = new Map(graph.nodes.map((n) => [n.id, n.category]));
  const order = CATEGORIES.map((c) => c.id as CategoryId);
  return presentCategories(graph).map(({ id }) => {
    const counts = new Map<CategoryId, number>();
    let inside = 0;
    for (const edge of graph.edges) {
      const [a, b] = [categoryOf.get(edge.from)!, categoryOf.get(edge.to)!];
      if (a === id && b === id) inside++;
      else if (a === id || b === id) {
        const other = a === id ? b : a;
        counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    const links = [...counts]
      .map(([category, count]) => ({ category, count }))
      .sort((x, y) => y.count - x.count || order.indexOf(x.category) - order.indexOf(y.category));
    return { category: id, inside, links };
  });
}

/**
 * One category's map: its services in their box, every relation that touches them, and the services
 * at the other end in boxes of their own categories, drawn as outside.
 */
export function buildCategoryMap(graph: ServiceGraph, category: CategoryId): MapInput<GraphEdge> {
  const inside = new Set(graph.nodes.filter((n) => n.category === category).map((n) => n.id));
  const edges = graph.edges.filter((e) => inside.has(e.from) || inside.has(e.to));
  const shown = new Set(edges.flatMap((e) => [e.from, e.to]));
  const boxes = presentCategories(graph)
    .map((c) => ({
      category: c.id,
      label: c.label,
      outside: c.id !== category,
      nodes: graph.nodes.filter((n) => n.category === c.id && (c.id === category || shown.has(n.id))),
    }))
    .filter((box) => box.nodes.length > 0);
  return { boxes, edges, direction: "RIGHT" };
}
