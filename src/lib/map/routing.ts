// How the full map's edges find their way: which gutters between the category columns they run
// in, where they leave and enter a node's side (ports), and which track of a gutter they take.
import { RELATION_KINDS } from "../relations";
import type { GraphEdge } from "./graph";

/** Space between parallel tracks in a gutter, and the clearance between segments on one track. */
export const TRACK_GAP = 6;

/** Which vertical gutter an edge uses at each end, and where it crosses between them. */
export interface Route {
  edge: GraphEdge;
  /** Gutter index at the source and at the target; gutter g lies left of column g. */
  gutters: [number, number];
}

/** A stretch of one gutter that a line runs along; segments that share a key share a track. */
export interface Segment {
  key: string;
  from: number;
  to: number;
}

/**
 * Chooses each end's gutter: towards the other end; within one column, the side with fewer lines so
 * far. Routes come in the edges' order, those within one column last.
 */
export function chooseGutters(
  edges: GraphEdge[],
  columnOf: (id: string) => number,
  columnCount: number,
): Route[] {
  const load = new Array<number>(columnCount + 1).fill(0);
  const routes: Route[] = [];
  const sameColumn: GraphEdge[] = [];
  for (const edge of edges) {
    const [a, b] = [columnOf(edge.from), columnOf(edge.to)];
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
    const c = columnOf(edge.from);
    const g = load[c] <= load[c + 1] ? c : c + 1;
    load[g] += 2;
    routes.push({ edge, gutters: [g, g] });
  }
  return routes;
}

/**
 * Names the ports of each route's ends. Lines of one style into one side of a node share a port and
 * the last stretch of track, like a bus, so busy services (S3) stay short and gutters narrow; how
 * many ports a side has sets the node's height.
 */
export function planPorts(routes: Route[], columnOf: (id: string) => number) {
  /** The port of route `i`'s source (0) or target (1) end. */
  const portKey = (i: number, end: 0 | 1) => {
    const { edge, gutters } = routes[i];
    return end === 0 ? `${i} from` : `${edge.to} ${gutters[1]} ${RELATION_KINDS[edge.kind].line}`;
  };
  /** The side of node `id` that faces `gutter`, as "<id> left" or "<id> right". */
  const sideKey = (id: string, gutter: number) => `${id} ${gutter > columnOf(id) ? "right" : "left"}`;
  const portsBySide = new Map<string, Set<string>>();
  routes.forEach(({ edge, gutters }, i) => {
    for (const end of [0, 1] as const) {
      const key = sideKey(end === 0 ? edge.from : edge.to, gutters[end]);
      portsBySide.set(key, (portsBySide.get(key) ?? new Set()).add(portKey(i, end)));
    }
  });
  /** How many ports a node side has. */
  const portCount = (side: string) => portsBySide.get(side)?.size ?? 0;
  return { portKey, sideKey, portCount };
}

/** Gives each segment the lowest track free over its whole extent (with a little clearance). */
export function assignTracks(gutters: Segment[][]): { track: Map<string, number>; counts: number[] } {
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
