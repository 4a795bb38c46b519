// Map layouts by ELK (elkjs) at build time: boxes of services and the relations between them, routed
// orthogonally by ELK's layered algorithm, which also keeps crossings few. Only the finished SVG
// reaches the reader.
import ELK, { type ElkExtendedEdge, type ElkNode } from "elkjs/lib/elk.bundled.js";
import type { CategoryId } from "../categories";
import type { GraphNode } from "./graph";
import {
  drawRoundedPath,
  dropStraightPoints,
  roundToTenth,
  type Canvas,
  type MapNode,
  type Point,
  type Rect,
} from "./geometry";
import { MAP_FONT, NODE_PAD_X, estimateTextWidth, measureNodeTextHeight, wrapLabel } from "./text";

/** A labelled box around some services: a category, or the part of one that a map shows. */
export interface MapBox extends Rect {
  category: CategoryId;
  lines: string[];
  /** A box of services from outside the map's own category, drawn quieter. */
  outside: boolean;
}

/** A line between two nodes: an orthogonal polyline from border to border. */
export interface LaidEdge<E> {
  edge: E;
  points: Point[];
  /** SVG path data for `points`, corners rounded. */
  path: string;
}

/** Everything needed to draw a map. */
export interface MapLayout<E> extends Canvas {
  boxes: MapBox[];
  nodes: MapNode[];
  edges: LaidEdge<E>[];
}

/** What to lay out: nodes in labelled boxes, and the edges between them. */
export interface MapInput<E extends { from: string; to: string }> {
  boxes: { category: CategoryId; label: string; nodes: GraphNode[]; outside?: boolean }[];
  edges: E[];
  /** The direction of the layers: edges point mostly this way. */
  direction?: "DOWN" | "RIGHT";
}

const NODE_WRAP = 16;
const BOX_WRAP = 22;
/** Space inside a box: its label on top, then its nodes. */
const BOX_PAD = 10;
const MARGIN = 8;

/** ELK's options for every map. */
const OPTIONS = {
  "elk.algorithm": "layered",
  "elk.hierarchyHandling": "INCLUDE_CHILDREN",
  "elk.edgeRouting": "ORTHOGONAL",
  "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
  "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.spacing.nodeNode": "16",
  "elk.layered.spacing.nodeNodeBetweenLayers": "32",
  "elk.spacing.edgeNode": "10",
  "elk.spacing.edgeEdge": "7",
  "elk.layered.spacing.edgeEdgeBetweenLayers": "7",
  "elk.layered.spacing.edgeNodeBetweenLayers": "10",
  // Every shape and edge is placed from the drawing's origin, whatever box it sits in.
  "elk.json.shapeCoords": "ROOT",
  "elk.json.edgeCoords": "ROOT",
};

/** A node's size and lines, from its wrapped name. */
export function sizeNode(label: string): { lines: string[]; width: number; height: number } {
  const lines = wrapLabel(label, NODE_WRAP);
  const width = Math.max(...lines.map((l) => estimateTextWidth(l, MAP_FONT.node))) + 2 * NODE_PAD_X;
  return { lines, width, height: measureNodeTextHeight(lines.length) };
}

const boxId = (i: number) => `box-${i}`;
const elkNode = (n: GraphNode): ElkNode => ({ id: n.id, ...sizeNode(n.label) });

/** The ELK graph: boxes as compound nodes holding their nodes, edges at the root. */
function toElkGraph<E extends { from: string; to: string }>(input: MapInput<E>): ElkNode {
  return {
    id: "root",
    layoutOptions: { ...OPTIONS, "elk.direction": input.direction ?? "DOWN" },
    children: input.boxes.map((box, i) => {
      const lines = wrapLabel(box.label, BOX_WRAP);
      const top = BOX_PAD + lines.length * MAP_FONT.lineHeight + 4;
      // A box is at least as wide as its label, however narrow its services.
      const labelWidth = Math.max(...lines.map((l) => estimateTextWidth(l, MAP_FONT.box))) + 2 * BOX_PAD;
      return {
        id: boxId(i),
        layoutOptions: {
          "elk.padding": `[top=${top},left=${BOX_PAD},bottom=${BOX_PAD},right=${BOX_PAD}]`,
          "elk.nodeSize.constraints": "MINIMUM_SIZE",
          "elk.nodeSize.minimum": `(${labelWidth}, ${top + BOX_PAD})`,
        },
        children: box.nodes.map(elkNode),
      };
    }),
    edges: input.edges.map((e, i) => ({ id: `edge-${i}`, sources: [e.from], targets: [e.to] })),
  };
}

/** A laid-out ELK shape as a rectangle in map coordinates. */
function placed(shape: { x?: number; y?: number; width?: number; height?: number }): Rect {
  return {
    x: roundToTenth((shape.x ?? 0) + MARGIN),
    y: roundToTenth((shape.y ?? 0) + MARGIN),
    width: roundToTenth(shape.width ?? 0),
    height: roundToTenth(shape.height ?? 0),
  };
}

/**
 * The bends of an ELK edge as one orthogonal polyline. Where an edge leaves a box, ELK joins two
 * sections a fraction of a unit apart; such a near-straight step is made straight.
 */
function edgePoints(edge: ElkExtendedEdge): Point[] {
  const raw = (edge.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
  const points = raw.map((p) => ({ x: roundToTenth(p.x + MARGIN), y: roundToTenth(p.y + MARGIN) }));
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1]!, points[i]!];
    if (p.x === q.x || p.y === q.y) continue;
    if (Math.abs(q.y - p.y) < 1) q.y = p.y;
    else if (Math.abs(q.x - p.x) < 1) q.x = p.x;
  }
  return dropStraightPoints(points);
}

/**
 * Lays out a map with ELK: each box labelled and holding its nodes, every edge an orthogonal
 * polyline routed around the nodes. Throws when ELK leaves a node or an
 * edge unplaced.
 */
export async function layoutMap<E extends { from: string; to: string }>(
  input: MapInput<E>,
): Promise<MapLayout<E>> {
  const laid = await new ELK().layout(toElkGraph(input));
  const graphNodes = new Map(input.boxes.flatMap((b) => b.nodes).map((n) => [n.id, n]));
  const toNode = (shape: ElkNode): MapNode => {
    const node = graphNodes.get(shape.id)!;
    return { ...node, lines: sizeNode(node.label).lines, ...placed(shape) };
  };
  const boxes: MapBox[] = [];
  const nodes: MapNode[] = [];
  for (const shape of laid.children ?? []) {
    const box = input.boxes[Number(shape.id.slice("box-".length))]!;
    boxes.push({
      category: box.category,
      lines: wrapLabel(box.label, BOX_WRAP),
      outside: box.outside ?? false,
      ...placed(shape),
    });
    nodes.push(...(shape.children ?? []).map(toNode));
  }
  if (nodes.length !== graphNodes.size) throw new Error("The map's layout left a service unplaced");
  const edges = (laid.edges ?? []).map((laidEdge, i) => {
    const points = edgePoints(laidEdge);
    if (points.length < 2) throw new Error(`The map's layout left the line ${laidEdge.id} unrouted`);
    return { edge: input.edges[i]!, points, path: drawRoundedPath(points) };
  });
  const width = roundToTenth((laid.width ?? 0) + 2 * MARGIN);
  const height = roundToTenth((laid.height ?? 0) + 2 * MARGIN);
  return { width, height, viewBox: `0 0 ${width} ${height}`, boxes, nodes, edges };
}

/** How many times lines cross one another: each pair of segments of two lines that intersect. */
export function countCrossings(lines: { points: Point[] }[]): number {
  const segments = lines.map((l) => l.points.slice(1).map((p, i) => [l.points[i]!, p] as const));
  let crossings = 0;
  for (let a = 0; a < segments.length; a++) {
    for (let b = a + 1; b < segments.length; b++) {
      for (const s of segments[a]!) for (const t of segments[b]!) if (segmentsCross(s, t)) crossings++;
    }
  }
  return crossings;
}

/** Whether two segments cross at a point inside both (touching ends and overlaps do not count). */
function segmentsCross([p1, p2]: readonly [Point, Point], [q1, q2]: readonly [Point, Point]): boolean {
  const side = (a: Point, b: Point, c: Point) => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return side(q1, q2, p1) * side(q1, q2, p2) < 0 && side(p1, p2, q1) * side(p1, p2, q2) < 0;
}
