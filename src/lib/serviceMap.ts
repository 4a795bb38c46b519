import { CATEGORIES, type CategoryId } from "./categories";
import { RELATION_KINDS, type RelationKind } from "./relations";
import { groupServicesByCategory, type ServiceEntry } from "./services";

/** A service on the map. */
export interface GraphNode {
  id: string;
  /** The short name drawn in the node. */
  label: string;
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

/** How an edge is drawn: data moving, one service driving another, or two services side by side. */
export type RelationStyle = "flow" | "control" | "peer";

/** The line style of each relation kind (a record, so a new kind must choose one). */
export const RELATION_STYLES: Record<RelationKind, RelationStyle> = {
  "reads-from": "flow",
  "writes-to": "flow",
  migrates: "flow",
  visualizes: "flow",
  uses: "control",
  orchestrates: "control",
  "private-access-to": "control",
  "alternative-to": "peer",
  "replaced-by": "peer",
  "works-with": "peer",
};

/** A point in map coordinates (SVG user units, which are CSS pixels at natural size). */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle in map coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A service drawn as a rectangle with its name on one or more lines. */
export interface MapNode extends Rect {
  id: string;
  label: string;
  lines: string[];
  category: CategoryId;
}

/** A category's labelled box around its services. */
export interface MapBox extends Rect {
  category: CategoryId;
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
export interface ServiceMapLayout {
  width: number;
  height: number;
  viewBox: string;
  boxes: MapBox[];
  nodes: MapNode[];
  edges: MapEdge[];
}

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
export interface NeighbourhoodLayout {
  width: number;
  height: number;
  viewBox: string;
  centre: MapNode;
  neighbours: MapNode[];
  edges: NeighbourEdge[];
}

/** Font sizes and spacing, in map units; the components draw text at these sizes. */
export const MAP_FONT = { node: 13, box: 13, edge: 12, lineHeight: 16 } as const;

const CHAR_WIDTH = 0.62; // of the font size: a generous average for system-ui, so labels never spill
const NODE_PAD_X = 10;
const NODE_PAD_Y = 8;
const NODE_GAP = 12;
const NODE_WRAP = 16;
const BOX_PAD = 10;
const MIN_COLUMN_WIDTH = 140;
const PORT_GAP = 7;
const TRACK_GAP = 6;
const MIN_GUTTER = 24;
const MAP_COLUMNS = 4;
const CORNER = 4;

/**
 * Builds the graph of services and their stated relations: one edge per relation, directed from the
 * service that states it. Throws on a relation to a service that does not exist.
 */
export function buildServiceGraph(services: ServiceEntry[]): ServiceGraph {
  const ordered = groupServicesByCategory(services).flatMap((g) => g.services);
  const ids = new Set(ordered.map((s) => s.id));
  const nodes = ordered.map((s) => ({ id: s.id, label: s.data.shortName, category: s.data.category }));
  const edges = ordered.flatMap((s) =>
    s.data.related.map(({ service, kind }) => {
      const to = typeof service === "string" ? service : service.id;
      if (!ids.has(to)) throw new Error(`${s.id}: related service "${to}" does not exist`);
      return { from: s.id, to, kind };
    }),
  );
  return { nodes, edges };
}

/** Estimates the rendered width of a line of text from its length (no font metrics at build time). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * CHAR_WIDTH);
}

/** Breaks a label into lines of at most `maxChars` characters, at spaces; a longer word keeps its own line. */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** "Athena reads from S3": a relation as a sentence, from the side of the service that states it. */
export function describeRelation(fromName: string, kind: RelationKind, toName: string): string {
  const verb =
    kind === "alternative-to"
      ? "is an alternative to"
      : kind === "replaced-by"
        ? "is replaced by"
        : RELATION_KINDS[kind].forward.toLowerCase();
  return `${fromName} ${verb} ${toName}`;
}

/** SVG path data through `points`, each corner rounded by up to `radius`. */
export function drawRoundedPath(points: Point[], radius = CORNER): string {
  if (points.length === 0) return "";
  const parts = [`M${points[0].x} ${points[0].y}`];
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
    const r = Math.min(radius, distance(a, b) / 2, distance(b, c) / 2);
    const before = towards(b, a, r);
    const after = towards(b, c, r);
    parts.push(`L${before.x} ${before.y}`, `Q${b.x} ${b.y} ${after.x} ${after.y}`);
  }
  const end = points[points.length - 1];
  if (points.length > 1) parts.push(`L${end.x} ${end.y}`);
  return parts.join(" ");
}

const distance = (a: Point, b: Point) => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
const round = (n: number) => Math.round(n * 10) / 10;
function towards(from: Point, to: Point, length: number): Point {
  const d = distance(from, to) || 1;
  return {
    x: round(from.x + ((to.x - from.x) * length) / d),
    y: round(from.y + ((to.y - from.y) * length) / d),
  };
}

/** Height of a block of `lines` lines of text with node padding. */
const textHeight = (lines: number) => lines * MAP_FONT.lineHeight + 2 * NODE_PAD_Y;

/** Which vertical gutter an edge uses at each end, and where it crosses between them. */
interface Route {
  edge: GraphEdge;
  /** Gutter index at the source and at the target; gutter g lies left of column g. */
  gutters: [number, number];
}

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

  // Choose each end's gutter: towards the other end; within one column, the quieter side.
  const load = new Array<number>(columnCount + 1).fill(0);
  const routes: Route[] = [];
  const sameColumn: GraphEdge[] = [];
  for (const edge of graph.edges) {
    const [a, b] = [colOf(edge.from), colOf(edge.to)];
    if (a === b) {
      sameColumn.push(edge);
      continue;
    }
    const gutters: [number, number] = a < b ? [a + 1, b] : [a, b + 1];
    load[gutters[0]]++;
    load[gutters[1]]++;
    routes.push({ edge, gutters });
  }
  for (const edge of sameColumn) {
    const c = colOf(edge.from);
    const g = load[c] <= load[c + 1] ? c : c + 1;
    load[g] += 2;
    routes.push({ edge, gutters: [g, g] });
  }

  // Ports: lines of one style into one side of a node share a port and the last stretch of track,
  // like a bus, so busy services (S3) stay short and gutters narrow. How many ports a side has sets
  // the node's height.
  const portKey = (i: number, end: 0 | 1) => {
    const { edge, gutters } = routes[i];
    return end === 0 ? `${i} from` : `${edge.to} ${gutters[1]} ${RELATION_STYLES[edge.kind]}`;
  };
  const sideKey = (id: string, gutter: number) => `${id} ${gutter > colOf(id) ? "right" : "left"}`;
  const portsBySide = new Map<string, Set<string>>();
  routes.forEach(({ edge, gutters }, i) => {
    for (const end of [0, 1] as const) {
      const key = sideKey(end === 0 ? edge.from : edge.to, gutters[end]);
      portsBySide.set(key, (portsBySide.get(key) ?? new Set()).add(portKey(i, end)));
    }
  });
  const portCount = (key: string) => portsBySide.get(key)?.size ?? 0;

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
      textHeight(wrapped.get(id)!.length),
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
      order.forEach(([key], k) => portY.set(key, round(node.y + step * (k + 1))));
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
      round(gutterLeft(g) + (vGutter[g] / (vTrack.counts[g] + 1)) * (vTrack.track.get(key)! + 1));
    const trackY = (h: number, key: string) =>
      round(gutterTop(h) + (hGutter[h] / (hTrack.counts[h] + 1)) * (hTrack.track.get(key)! + 1));

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

interface Segment {
  key: string;
  from: number;
  to: number;
}

/** Gives each segment the lowest track free over its whole extent (with a little clearance). */
function assignTracks(gutters: Segment[][]): { track: Map<string, number>; counts: number[] } {
  const track = new Map<string, number>();
  const counts = gutters.map((segments) => {
    // Segments sharing a key share a track (a bus): colour their union.
    const merged = new Map<string, Segment>();
    for (const s of segments) {
      const seen = merged.get(s.key);
      merged.set(
        s.key,
        seen ? { key: s.key, from: Math.min(seen.from, s.from), to: Math.max(seen.to, s.to) } : s,
      );
    }
    const ends: number[] = [];
    for (const s of [...merged.values()].sort((a, b) => a.from - b.from || a.to - b.to)) {
      let t = ends.findIndex((end) => end + TRACK_GAP < s.from);
      if (t === -1) t = ends.push(s.to) - 1;
      else ends[t] = s.to;
      track.set(s.key, t);
    }
    return ends.length;
  });
  return { track, counts };
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

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Removes repeated points and points in the middle of a straight run. */
function dropStraightPoints(points: Point[]): Point[] {
  const unique = points.filter((p, i) => i === 0 || p.x !== points[i - 1].x || p.y !== points[i - 1].y);
  return unique.filter((p, i) => {
    if (i === 0 || i === unique.length - 1) return true;
    const [a, b] = [unique[i - 1], unique[i + 1]];
    return !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
  });
}

const NEIGHBOUR_WRAP = 16;
const NEIGHBOUR_NODE_WRAP = 13;
const NEIGHBOUR_GAP = 6;
const LABEL_PAD = 4;
const CURVE = 24;

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
  const labelWrap = bySide.in.size && bySide.out.size ? NEIGHBOUR_WRAP : NEIGHBOUR_WRAP + 2;
  const labelOf = (relations: NeighbourRelation[]) =>
    wrapLabel(relations.map((r) => r.label).join(" · "), labelWrap);
  const nodeWidthOf = (id: string) =>
    Math.max(
      ...wrapLabel(nodeById.get(id)!.label, NEIGHBOUR_NODE_WRAP).map((l) =>
        estimateTextWidth(l, MAP_FONT.node),
      ),
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
        textHeight(wrapLabel(nodeById.get(id)!.label, NEIGHBOUR_NODE_WRAP).length),
        2 * (labelOf(rels).length * MAP_FONT.lineHeight + 4),
      ),
    );
    const columnHeight =
      heights.reduce((s, h) => s + h + NEIGHBOUR_GAP, 0) - (list.length ? NEIGHBOUR_GAP : 0);
    return { side, list, nodeWidth, labelWidth, gap, heights, columnHeight };
  });
  const [left, right] = sides;

  const centreLines = wrapLabel(service.label, NEIGHBOUR_NODE_WRAP);
  const centreWidth = nodeWidthOf(serviceId);
  const centreHeight = Math.max(
    textHeight(centreLines.length),
    (Math.max(left.list.length, right.list.length) + 1) * PORT_GAP * 2,
  );
  const height = Math.max(left.columnHeight, right.columnHeight, centreHeight) + 2 * BOX_PAD;
  const centreX = BOX_PAD + left.nodeWidth + left.gap;
  const width = centreX + centreWidth + right.gap + right.nodeWidth + BOX_PAD;
  const centre: MapNode = {
    ...service,
    lines: centreLines,
    x: centreX,
    y: round((height - centreHeight) / 2),
    width: centreWidth,
    height: centreHeight,
  };

  const neighbours: MapNode[] = [];
  const edges: NeighbourEdge[] = [];
  for (const s of sides) {
    let y = round((height - s.columnHeight) / 2);
    const step = centre.height / (s.list.length + 1);
    s.list.forEach(([id, relations], k) => {
      const other = nodeById.get(id)!;
      const lines = wrapLabel(other.label, NEIGHBOUR_NODE_WRAP);
      const nodeHeight = textHeight(lines.length);
      const rowMid = y + s.heights[k] / 2;
      const x = s.side === "in" ? BOX_PAD + s.nodeWidth - nodeWidthOf(id) : centre.x + centre.width + s.gap;
      const node: MapNode = {
        ...other,
        lines,
        x,
        y: round(rowMid - nodeHeight / 2),
        width: nodeWidthOf(id),
        height: nodeHeight,
      };
      neighbours.push(node);
      // The line reads from the centre outwards, so its arrow points at the neighbour.
      const from = {
        x: s.side === "in" ? centre.x : centre.x + centre.width,
        y: round(centre.y + step * (k + 1)),
      };
      const to = { x: s.side === "in" ? node.x + node.width : node.x, y: round(rowMid) };
      const bend = { x: s.side === "in" ? from.x - CURVE : from.x + CURVE, y: to.y };
      const labelLines = labelOf(relations);
      edges.push({
        serviceId: id,
        side: s.side,
        relations,
        points: [from, bend, to],
        path: `M${from.x} ${from.y} C${(from.x + bend.x) / 2} ${from.y} ${(from.x + bend.x) / 2} ${to.y} ${bend.x} ${to.y} L${to.x} ${to.y}`,
        labelAt: {
          x: round((bend.x + to.x) / 2),
          y: round(to.y - 4 - (labelLines.length - 1) * MAP_FONT.lineHeight),
        },
        labelLines,
      });
      y += s.heights[k] + NEIGHBOUR_GAP;
    });
  }
  return { width, height, viewBox: `0 0 ${width} ${height}`, centre, neighbours, edges };
}
