// The full map's layout engine: a labelled box per category in a grid, services stacked in their
// box, and every edge routed orthogonally through the gutters between boxes (see routing.ts).
import { CATEGORIES } from "../categories";
import type { GraphEdge, ServiceGraph } from "./graph";
import {
  drawRoundedPath,
  dropStraightPoints,
  roundToTenth,
  type Canvas,
  type MapNode,
  type Point,
  type Rect,
} from "./geometry";
import { assignTracks, chooseGutters, planPorts, TRACK_GAP, type Segment } from "./routing";
import {
  CHAR_WIDTH,
  MAP_FONT,
  NODE_PAD_X,
  estimateTextWidth,
  measureNodeTextHeight,
  wrapLabel,
} from "./text";

/** A category's labelled box around its services. */
export interface MapBox extends Rect {
  category: MapNode["category"];
  label: string;
  lines: string[];
}

/** An edge as an orthogonal polyline from the source node's side to the target node's side. */
export interface MapEdge extends GraphEdge {
  points: Point[];
  /** SVG path data for `points`, corners rounded. */
  path: string;
}

/** Everything needed to draw the full map. */
export interface ServiceMapLayout extends Canvas {
  boxes: MapBox[];
  nodes: MapNode[];
  edges: MapEdge[];
}

const MAP_COLUMNS = 4;
const MIN_COLUMN_WIDTH = 140;
const NODE_WRAP = 16;
const NODE_GAP = 12;
/** Space inside a category box around its label and its services. */
const BOX_PAD = 10;
/** The smallest spacing between two ports on a node side. */
const PORT_GAP = 7;
const MIN_GUTTER = 24;

/**
 * Lays out the full map: a labelled box per category in CATEGORIES order, boxes in a grid, services
 * stacked in their box, and every edge routed orthogonally through the gutters between boxes, so it
 * never crosses a node. Parallel lines in a gutter get their own tracks.
 */
export function layoutServiceMap(graph: ServiceGraph, columns = MAP_COLUMNS): ServiceMapLayout {
  const categories = CATEGORIES.filter((c) => graph.nodes.some((n) => n.category === c.id));
  const cell = new Map(
    categories.map((c, i) => [c.id as string, { col: i % columns, row: Math.floor(i / columns) }]),
  );
  const columnCount = Math.min(columns, categories.length);
  const rowCount = Math.ceil(categories.length / columns);
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const colOf = (id: string) => cell.get(nodeById.get(id)!.category)!.col;

  const routes = chooseGutters(graph.edges, colOf, columnCount);
  const { portKey, sideKey, portCount } = planPorts(routes, colOf);

  // Sizes: node width from the widest label in its column, box width shared by the column.
  const wrapped = new Map(graph.nodes.map((n) => [n.id, wrapLabel(n.label, NODE_WRAP)]));
  const colWidth = new Array<number>(columnCount).fill(MIN_COLUMN_WIDTH);
  for (const n of graph.nodes) {
    const { col } = cell.get(n.category)!;
    const widths = wrapped.get(n.id)!.map((l) => estimateTextWidth(l, MAP_FONT.node) + 2 * NODE_PAD_X);
    colWidth[col] = Math.max(colWidth[col], ...widths);
  }
  // A category's label wraps to its column, which its services set.
  const boxLines = (categoryId: string) => {
    const label = categories.find((c) => c.id === categoryId)!.label;
    const width = colWidth[cell.get(categoryId)!.col];
    return wrapLabel(label, Math.floor(width / (MAP_FONT.box * CHAR_WIDTH)));
  };
  const nodeHeight = (id: string) =>
    Math.max(
      measureNodeTextHeight(wrapped.get(id)!.length),
      (Math.max(portCount(`${id} left`), portCount(`${id} right`)) + 1) * PORT_GAP,
    );
  const boxHeaderHeight = (categoryId: string) => boxLines(categoryId).length * MAP_FONT.lineHeight + BOX_PAD;
  const boxHeight = (categoryId: string) =>
    boxHeaderHeight(categoryId) +
    graph.nodes
      .filter((n) => n.category === categoryId)
      .reduce((sum, n) => sum + nodeHeight(n.id) + NODE_GAP, 0) -
    NODE_GAP +
    2 * BOX_PAD;
  const rowHeight = new Array<number>(rowCount).fill(0);
  for (const c of categories) {
    const { row } = cell.get(c.id)!;
    rowHeight[row] = Math.max(rowHeight[row], boxHeight(c.id));
  }

  // Two passes: the first finds how many tracks each gutter needs, the second spaces gutters to fit.
  let vGutter = new Array<number>(columnCount + 1).fill(MIN_GUTTER);
  let hGutter = new Array<number>(rowCount + 1).fill(MIN_GUTTER);
  let drawn = placeMap();
  vGutter = drawn.vTracks.map((t) => Math.max(MIN_GUTTER, (t + 1) * TRACK_GAP));
  hGutter = drawn.hTracks.map((t) => Math.max(MIN_GUTTER, (t + 1) * TRACK_GAP));
  drawn = placeMap();
  const { width, height, boxes, nodes, edges } = drawn;
  return { width, height, viewBox: `0 0 ${width} ${height}`, boxes, nodes, edges };

  function placeMap() {
    const colX = prefixSums(
      colWidth.map((w) => w + 2 * BOX_PAD),
      vGutter,
    );
    const rowY = prefixSums(rowHeight, hGutter);
    const width = colX[columnCount];
    const height = rowY[rowCount];
    const gutterLeft = (g: number) => (g === 0 ? 0 : colX[g - 1] + colWidth[g - 1] + 2 * BOX_PAD);
    const gutterTop = (h: number) => (h === 0 ? 0 : rowY[h - 1] + rowHeight[h - 1]);

    const boxes: MapBox[] = [];
    const nodes: MapNode[] = [];
    for (const c of categories) {
      const { col, row } = cell.get(c.id)!;
      const box = {
        category: c.id,
        label: c.label,
        lines: boxLines(c.id),
        x: colX[col],
        y: rowY[row],
        width: colWidth[col] + 2 * BOX_PAD,
        height: boxHeight(c.id),
      };
      boxes.push(box);
      let y = box.y + boxHeaderHeight(c.id) + BOX_PAD;
      for (const n of graph.nodes.filter((node) => node.category === c.id)) {
        const h = nodeHeight(n.id);
        nodes.push({
          ...n,
          lines: wrapped.get(n.id)!,
          x: box.x + BOX_PAD,
          y,
          width: colWidth[col],
          height: h,
        });
        y += h + NODE_GAP;
      }
    }
    const placed = new Map(nodes.map((n) => [n.id, n]));
    const rowOf = (id: string) => cell.get(placed.get(id)!.category)!.row;
    const mid = (id: string) => placed.get(id)!.y + placed.get(id)!.height / 2;

    // The horizontal gutter a two-gutter edge crosses in: the one that keeps its vertical runs shortest.
    const crossing = routes.map(({ edge, gutters }) => {
      if (gutters[0] === gutters[1]) return undefined;
      const [ra, rb] = [rowOf(edge.from), rowOf(edge.to)];
      const candidates = range(Math.min(ra, rb), Math.max(ra, rb) + 1);
      const cost = (h: number) => {
        const y = gutterTop(h) + hGutter[h] / 2;
        return Math.abs(mid(edge.from) - y) + Math.abs(mid(edge.to) - y);
      };
      return candidates.reduce((best, h) => (cost(h) < cost(best) ? h : best));
    });

    // Ports along each node side, ordered by where the line heads so lines leave without crossing.
    const ends = new Map<string, Map<string, number[]>>();
    routes.forEach(({ edge, gutters }, i) => {
      const h = crossing[i];
      ([0, 1] as const).forEach((end) => {
        const other = end === 0 ? edge.to : edge.from;
        const towards = h === undefined ? mid(other) : gutterTop(h) + hGutter[h] / 2;
        const side = sideKey(end === 0 ? edge.from : edge.to, gutters[end]);
        const ports = ends.get(side) ?? new Map<string, number[]>();
        ends.set(side, ports.set(portKey(i, end), [...(ports.get(portKey(i, end)) ?? []), towards]));
      });
    });
    const portY = new Map<string, number>();
    for (const [side, ports] of ends) {
      const node = placed.get(side.split(" ")[0])!;
      const average = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
      const order = [...ports].sort(([ka, a], [kb, b]) => average(a) - average(b) || ka.localeCompare(kb));
      const step = node.height / (order.length + 1);
      order.forEach(([key], k) => portY.set(key, roundToTenth(node.y + step * (k + 1))));
    }
    const portAt = (i: number, end: 0 | 1) => portY.get(portKey(i, end))!;

    // Tracks: greedy interval colouring of the segments in each gutter.
    const vSegments = range(0, columnCount).map(() => [] as Segment[]);
    const hSegments = range(0, rowCount).map(() => [] as Segment[]);
    routes.forEach(({ gutters }, i) => {
      const [ya, yb] = [portAt(i, 0), portAt(i, 1)];
      const h = crossing[i];
      if (h === undefined) {
        vSegments[gutters[0]].push({ key: portKey(i, 1), from: Math.min(ya, yb), to: Math.max(ya, yb) });
        return;
      }
      const [top, bottom] = [gutterTop(h), gutterTop(h) + hGutter[h]];
      for (const [end, y] of [
        [0, ya],
        [1, yb],
      ] as const) {
        const key = portKey(i, end);
        vSegments[gutters[end]].push({ key, from: Math.min(y, top), to: Math.max(y, bottom) });
      }
      const [ga, gb] = [gutters[0], gutters[1]];
      const left = gutterLeft(Math.min(ga, gb));
      const right = gutterLeft(Math.max(ga, gb)) + vGutter[Math.max(ga, gb)];
      hSegments[h].push({ key: `${i} h`, from: left, to: right });
    });
    const vTrack = assignTracks(vSegments);
    const hTrack = assignTracks(hSegments);
    const trackX = (g: number, key: string) =>
      roundToTenth(gutterLeft(g) + (vGutter[g] / (vTrack.counts[g] + 1)) * (vTrack.track.get(key)! + 1));
    const trackY = (h: number, key: string) =>
      roundToTenth(gutterTop(h) + (hGutter[h] / (hTrack.counts[h] + 1)) * (hTrack.track.get(key)! + 1));

    const edges: MapEdge[] = routes.map(({ edge, gutters }, i) => {
      const [a, b] = [placed.get(edge.from)!, placed.get(edge.to)!];
      const sideX = (n: MapNode, g: number) => (g > colOf(n.id) ? n.x + n.width : n.x);
      const start = { x: sideX(a, gutters[0]), y: portAt(i, 0) };
      const end = { x: sideX(b, gutters[1]), y: portAt(i, 1) };
      const h = crossing[i];
      let points: Point[];
      if (h === undefined) {
        const x = trackX(gutters[0], portKey(i, 1));
        points = [start, { x, y: start.y }, { x, y: end.y }, end];
      } else {
        const [xa, xb] = [trackX(gutters[0], portKey(i, 0)), trackX(gutters[1], portKey(i, 1))];
        const y = trackY(h, `${i} h`);
        points = [start, { x: xa, y: start.y }, { x: xa, y }, { x: xb, y }, { x: xb, y: end.y }, end];
      }
      points = dropStraightPoints(points);
      return { ...edge, points, path: drawRoundedPath(points) };
    });
    return { width, height, boxes, nodes, edges, vTracks: vTrack.counts, hTracks: hTrack.counts };
  }
}

/** Start of each band when `sizes` are laid out with `gaps` before, between and after them; the last entry is the total. */
function prefixSums(sizes: number[], gaps: number[]): number[] {
  const starts: number[] = [];
  let at = gaps[0];
  sizes.forEach((size, i) => {
    starts.push(at);
    at += size + gaps[i + 1];
  });
  starts.push(at);
  return starts;
}

/** The integers from `from` to `to`, both included. */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
