import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readFreshSvg } from "./diagrams";

/** Where diagram sources and their generated SVGs live, relative to the project root. */
export const DIAGRAM_DIR = "diagrams";

/** The names of every diagram source (`diagrams/<name>.mmd`). */
export function listDiagrams(root = process.cwd()): string[] {
  return readdirSync(join(root, DIAGRAM_DIR))
    .filter((f) => f.endsWith(".mmd"))
    .map((f) => f.replace(/\.mmd$/, ""))
    .sort();
}

/**
 * The generated SVG of a diagram, checked fresh against its source; `npm run diagrams` stored it
 * optimised for inlining, so a build spends no time on SVGO (it took half of a cold build).
 * Throws, naming the file, when the source or its SVG is missing or the SVG is stale.
 */
export function loadDiagramSvg(name: string, root = process.cwd()): string {
  const source = `${DIAGRAM_DIR}/${name}.mmd`;
  if (!existsSync(join(root, source))) {
    throw new Error(`<Diagram name="${name}"> has no source ${source}`);
  }
  const svgPath = join(root, DIAGRAM_DIR, `${name}.svg`);
  const svg = existsSync(svgPath) ? readFileSync(svgPath, "utf8") : undefined;
  return readFreshSvg(source, readFileSync(join(root, source), "utf8"), svg);
}
