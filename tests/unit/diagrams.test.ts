import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { hashSource, makeHeader, readFreshSvg } from "@/lib/diagrams";
import { listDiagrams, loadDiagramSvg } from "@/lib/diagramFiles";
import { optimizeDiagramSvg } from "@/lib/svgOptimize";

const source = "flowchart LR\n  a --> b\n";
const svg = "<svg><text>a</text></svg>";
const file = "diagrams/x.mmd";

describe("readFreshSvg", () => {
  it.each<[string, string | undefined, string, string]>([
    ["a fresh SVG", makeHeader(file, source) + svg, source, `ok ${svg}`],
    [
      "a source changed after rendering",
      makeHeader(file, source) + svg,
      source + "  b --> c\n",
      "diagrams/x.mmd changed since its SVG was made (stale): run `npm run diagrams`",
    ],
    ["a source with no SVG", undefined, source, "diagrams/x.mmd has no SVG: run `npm run diagrams`"],
    [
      "an SVG without the generated header",
      svg,
      source,
      "diagrams/x.mmd: its SVG has no generated header: run `npm run diagrams`",
    ],
  ])("%s", (_, file_svg, current, expected) => {
    let outcome: string;
    try {
      outcome = `ok ${readFreshSvg(file, current, file_svg)}`;
    } catch (error) {
      outcome = (error as Error).message;
    }
    expect(outcome).toBe(expected);
  });

  it("hashes sources stably, and differently when they differ", () => {
    expect(hashSource(source)).toBe(hashSource(source));
    expect(hashSource(source)).not.toBe(hashSource(source.replace("b", "c")));
  });
});

describe("loadDiagramSvg", () => {
  const root = mkdtempSync(join(tmpdir(), "dsn-diagrams-"));
  mkdirSync(join(root, "diagrams"));
  writeFileSync(join(root, "diagrams/flow.mmd"), source);
  writeFileSync(join(root, "diagrams/flow.svg"), makeHeader("diagrams/flow.mmd", source) + svg);

  it("lists the sources", () => expect(listDiagrams(root)).toEqual(["flow"]));
  it("returns a fresh SVG without its header", () => expect(loadDiagramSvg("flow", root)).toBe(svg));
  it("names the source when it does not exist", () => {
    expect(() => loadDiagramSvg("nope", root)).toThrow(
      '<Diagram name="nope"> has no source diagrams/nope.mmd',
    );
  });
});

describe("the project's drawn diagrams", () => {
  // `npm run diagrams` stores each drawing as SVGO makes it, so that no build spends time on SVGO:
  // a change to the optimiser without drawing again shows here, naming the diagram.
  it.each(listDiagrams())("diagrams/%s.svg is stored optimised", (name) => {
    const stored = loadDiagramSvg(name).trimEnd();
    expect(optimizeDiagramSvg(stored), `diagrams/${name}.svg: run \`npm run diagrams\``).toBe(stored);
  });
});

describe("the Mermaid that draws the diagrams", () => {
  it("is the version package.json pins, the one mermaid-isomorphic loads", () => {
    const pinned = (
      JSON.parse(readFileSync("package.json", "utf8")) as { devDependencies: Record<string, string> }
    ).devDependencies.mermaid;
    expect(pinned).toMatch(/^\^11\./);
    // mermaid-isomorphic resolves mermaid from its own folder: the same package as the project's.
    const fromRenderer = createRequire(createRequire(import.meta.url).resolve("mermaid-isomorphic")).resolve(
      "mermaid/package.json",
    );
    const version = (JSON.parse(readFileSync(fromRenderer, "utf8")) as { version: string }).version;
    expect(realpathSync(fromRenderer)).toBe(realpathSync(resolve("node_modules/mermaid/package.json")));
    // Same major as the pin, and no older than it.
    expect(version.split(".")[0]).toBe(pinned.slice(1).split(".")[0]);
    expect(version.localeCompare(pinned.slice(1), "en", { numeric: true })).toBeGreaterThanOrEqual(0);
  });
});
