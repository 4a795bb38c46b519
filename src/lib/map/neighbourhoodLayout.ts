// The small map on a service page: the service in the centre, those stating a relation to it on the
// left, those it names on the right, each line labelled from the page's side.
import { RELATION_KINDS, type RelationKind } from "../relations";
import type { ServiceGraph } from "./graph";
import { roundToTenth, type Canvas, type MapNode, type Point } from "./geometry";
import { MAP_FONT, NODE_PAD_X, estimateTextWidth, measureNodeTextHeight, wrapLabel } from "./text";

/** One relation between the page's service and a neighbour, from the reader's side of the page. */
export interface NeighbourRelation {
  kind: RelationKind;
  /** "Reads from", "Read by", ... (RELATION_KINDS forward or inverse). */
  label: string;
}

/** The line from the page's service to one neighbour, with every relation between the two. */
export interface NeighbourEdge {
  serviceId: string;
  /** "out": stated on this service's page; "in": stated on the neighbour's page. */
  side: "in" | "out";
  relations: NeighbourRelation[];
  points: Point[];
  path: string;
  /** Where the label's first line sits (text-anchor middle). */
  labelAt: Point;
  labelLines: string[];
}

/** A service's neighbourhood: the service in the centre, those stating a relation to it on the left, those it names on the right. */
export interface NeighbourhoodLayout extends Canvas {
  centre: MapNode;
  neighbours: MapNode[];
  edges: NeighbourEdge[];
}

const LABEL_WRAP = 16;
const NODE_WRAP = 13;
const ROW_GAP = 6;
const LABEL_PAD = 4;
const CURVE = 24;
/** Space around the drawing. */
const MARGIN = 10;
/** Spacing of the lines leaving the centre's side. */
const PORT_SPACING = 14;

/**
 * Lays out one service's neighbourhood: the service in the centre; on the left the services that
 * state a relation to it, on the right those it names. Each line carries its relations as the page's
 * reader says them ("Read by" on S3's page). Throws if the service is not in the graph.
 */
export function layoutNeighbourhood(graph: ServiceGraph, serviceId: string): NeighbourhoodLayout {
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const service = nodeById.get(serviceId);
  if (!service) throw new Error(`No service "${serviceId}" in the graph`);

  const bySide = { in: new Map<string, NeighbourRelation[]>(), out: new Map<string, NeighbourRelation[]>() };
  for (const e of graph.edges) {
    const [side, other, label] =
      e.from === serviceId
        ? (["out", e.to, RELATION_KINDS[e.kind].forward] as const)
        : e.to === serviceId
          ? (["in", e.from, RELATION_KINDS[e.kind].inverse] as const)
          : [];
    if (!side) continue;
    bySide[side].set(other, [...(bySide[side].get(other) ?? []), { kind: e.kind, label }]);
  }

  // With lines on one side only there is room for longer label lines.
  const labelWrap = bySide.in.size && bySide.out.size ? LABEL_WRAP : LABEL_WRAP + 2;
  const labelOf = (relations: NeighbourRelation[]) =>
    wrapLabel(relations.map((r) => r.label).join(" · "), labelWrap);
  const nodeWidthOf = (id: string) =>
    Math.max(
      ...wrapLabel(nodeById.get(id)!.label, NODE_WRAP).map((l) => estimateTextWidth(l, MAP_FONT.node)),
    ) +
    2 * NODE_PAD_X;
  const sides = (["in", "out"] as const).map((side) => {
    const list = [...bySide[side]].sort(
      ([a], [b]) => graph.nodes.indexOf(nodeById.get(a)!) - graph.nodes.indexOf(nodeById.get(b)!),
    );
    const nodeWidth = Math.max(0, ...list.map(([id]) => nodeWidthOf(id)));
    const labelWidth = Math.max(
      0,
      ...list.flatMap(([, rels]) => labelOf(rels).map((l) => estimateTextWidth(l, MAP_FONT.edge))),
    );
    const gap = list.length ? labelWidth + 2 * LABEL_PAD + CURVE : 0;
    const heights = list.map(([id, rels]) =>
      // The label sits above the line through the row's middle, so the row is twice its height.
      Math.max(
        measureNodeTextHeight(wrapLabel(nodeById.get(id)!.label, NODE_WRAP).length),
        2 * (labelOf(rels).length * MAP_FONT.lineHeight + 4),
      ),
    );
    const columnHeight = heights.reduce((s, h) => s + h + ROW_GAP, 0) - (list.length ? ROW_GAP : 0);
    return { side, list, nodeWidth, labelWidth, gap, heights, columnHeight };
  });
  const [left, right] = sides;

  const centreLines = wrapLabel(service.label, NODE_WRAP);
  const centreWidth = nodeWidthOf(serviceId);
  const centreHeight = Math.max(
    measureNodeTextHeight(centreLines.length),
    (Math.max(left.list.length, right.list.length) + 1) * PORT_SPACING,
  );
  const height = Math.max(left.columnHeight, right.columnHeight, centreHeight) + 2 * MARGIN;
  const centreX = MARGIN + left.nodeWidth + left.gap;
  const width = centreX + centreWidth + right.gap + right.nodeWidth + MARGIN;
  const centre: MapNode = {
    ...service,
    lines: centreLines,
    x: centreX,
    y: roundToTenth((height - centreHeight) / 2),
    width: centreWidth,
    height: centreHeight,
  };

  const neighbours: MapNode[] = [];
  const edges: NeighbourEdge[] = [];
  for (const s of sides) {
    let y = roundToTenth((height - s.columnHeight) / 2);
    const step = centre.height / (s.list.length + 1);
    s.list.forEach(([id, relations], k) => {
      const other = nodeById.get(id)!;
      const lines = wrapLabel(other.label, NODE_WRAP);
      const nodeHeight = measureNodeTextHeight(lines.length);
      const rowMid = y + s.heights[k] / 2;
      const x = s.side === "in" ? MARGIN + s.nodeWidth - nodeWidthOf(id) : centre.x + centre.width + s.gap;
      const node: MapNode = {
        ...other,
        lines,
        x,
        y: roundToTenth(rowMid - nodeHeight / 2),
        width: nodeWidthOf(id),
        height: nodeHeight,
      };
      neighbours.push(node);
      // The line reads from the centre outwards, so its arrow points at the neighbour.
      const from = {
        x: s.side === "in" ? centre.x : centre.x + centre.width,
        y: roundToTenth(centre.y + step * (k + 1)),
      };
      const to = { x: s.side === "in" ? node.x + node.width : node.x, y: roundToTenth(rowMid) };
      const bend = { x: s.side === "in" ? from.x - CURVE : from.x + CURVE, y: to.y };
      const labelLines = labelOf(relations);
      edges.push({
        serviceId: id,
        side: s.side,
        relations,
        points: [from, bend, to],
        path: `M${from.x} ${from.y} C${(from.x + bend.x) / 2} ${from.y} ${(from.x + bend.x) / 2} ${to.y} ${bend.x} ${to.y} L${to.x} ${to.y}`,
        labelAt: {
          x: roundToTenth((bend.x + to.x) / 2),
          y: roundToTenth(to.y - 4 - (labelLines.length - 1) * MAP_FONT.lineHeight),
        },
        labelLines,
      });
      y += s.heights[k] + ROW_GAP;
    });
  }
  return { width, height, viewBox: `0 0 ${width} ${height}`, centre, neighbours, edges };
}
