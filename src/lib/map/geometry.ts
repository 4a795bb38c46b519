// Points, rectangles and the paths through them, in map coordinates (SVG user units, which are CSS
// pixels at natural size).
import type { GraphNode } from "./graph";

/** A point in map coordinates. */
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

/** A drawing's size, and the viewBox of the SVG that shows it at natural size. */
export interface Canvas {
  width: number;
  height: number;
  viewBox: string;
}

/** A service drawn as a rectangle with its name on one or more lines. */
export interface MapNode extends GraphNode, Rect {
  lines: string[];
}

/** How far a path's corners are rounded, at most. */
const CORNER = 4;

/** Rounds to a tenth of a unit, which keeps the SVG short and the layouts comparable in tests. */
export const roundToTenth = (n: number) => Math.round(n * 10) / 10;

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

/** Removes repeated points and points in the middle of a straight run. */
export function dropStraightPoints(points: Point[]): Point[] {
  const unique = points.filter((p, i) => i === 0 || p.x !== points[i - 1].x || p.y !== points[i - 1].y);
  return unique.filter((p, i) => {
    if (i === 0 || i === unique.length - 1) return true;
    const [a, b] = [unique[i - 1], unique[i + 1]];
    return !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
  });
}

/** Manhattan distance: the length of an orthogonal run. */
const distance = (a: Point, b: Point) => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);

/** The point `length` along the way from `from` to `to`. */
function towards(from: Point, to: Point, length: number): Point {
  const d = distance(from, to) || 1;
  return {
    x: roundToTenth(from.x + ((to.x - from.x) * length) / d),
    y: roundToTenth(from.y + ((to.y - from.y) * length) / d),
  };
}
