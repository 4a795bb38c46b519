// The CSS of the maps' lines and arrowheads, derived from LINE_STYLES so that a style is declared in
// one place (relations.ts) and a new one needs no stylesheet edit.
import { LINE_STYLES, type LineStyle, type LineStyleId } from "../relations";

/** Inline CSS for a line of style `line`: its theme colour and its dash pattern. */
export function styleLine(line: LineStyleId): string {
  const { colour, dash }: LineStyle = LINE_STYLES[line];
  return dash ? `stroke: var(${colour}); stroke-dasharray: ${dash}` : `stroke: var(${colour})`;
}

/** Inline CSS for the arrowhead that ends a line of style `line`. */
export function styleArrow(line: LineStyleId): string {
  return `fill: var(${LINE_STYLES[line].colour})`;
}

/** The id of the arrowhead marker for lines of style `line` in the map whose markers carry `prefix`. */
export const arrowId = (prefix: string, line: LineStyleId) => `${prefix}-${line}`;
