// Text on the maps, measured without a browser: the layouts size every box from these estimates.

/** Font sizes and spacing, in map units; the components draw text at these sizes. */
export const MAP_FONT = { node: 13, box: 13, edge: 12, lineHeight: 16 } as const;

/** Average character width as a share of the font size: generous for system-ui, so labels never spill. */
export const CHAR_WIDTH = 0.62;

/** Space between a node's border and its text, across and down. */
export const NODE_PAD_X = 10;
const NODE_PAD_Y = 8;

/** Estimates the rendered width of a line of text from its length (no font metrics at build time). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * CHAR_WIDTH);
}

/** Height of a node holding `lines` lines of text, padding included. */
export function measureNodeTextHeight(lines: number): number {
  return lines * MAP_FONT.lineHeight + 2 * NODE_PAD_Y;
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
