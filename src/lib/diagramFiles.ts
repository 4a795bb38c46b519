import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readFreshSvg } from "./diagrams";
import { optimizeDiagramSvg } from "./svgOptimize";

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
 * The generated SVG of a diagram, checked fresh against its source, optimised for inlining.
 * Throws, naming the file, when the source or its SVG is missing or the SVG is stale.
 */
export function loadDiagramSvg(name: string, root = process.cwd()): string {
  const source = `${DIAGRAM_DIR}/${name}.mmd`;
  if (!existsSync(join(root, source))) {
    throw new Error(`<Diagram name="${name}"> has no source ${source}`);
  }
  const svgPath = join(root, DIAGRAM_DIR, `${name}.svg`);
  const svg = existsSync(svgPath) ? readFileSync(svgPath, "utf8") : undefined;
  return optimizeDiagramSvg(readFreshSvg(source, readFileSync(join(root, source), "utf8"), svg));
}
