// Renders every diagrams/<name>.mmd to diagrams/<name>.svg with Mermaid in the system Chromium.
// The SVG is themed with CSS variables (set in src/styles/global.css), so one file serves light
// and dark. Its first line says it is generated and carries the hash of its source.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { chromium } from "playwright";
import { createMermaidRenderer } from "mermaid-isomorphic";
import { CHROMIUM_ARGS, findChromium } from "./chromium.mjs";
import { makeHeader } from "../src/lib/diagrams.ts";
import { optimizeDiagramSvg } from "../src/lib/svgOptimize.ts";

/**
 * Mermaid needs real colours to derive its palette, so each theme colour is a sentinel that is
 * swapped for a CSS variable afterwards. Sentinels are distinct and never appear in real diagrams.
 */
const THEME = {
  background: ["#fefefe", "--d-bg"],
  mainBkg: ["#f0f1f2", "--d-node"],
  primaryColor: ["#f0f1f2", "--d-node"],
  secondaryColor: ["#e0e1e2", "--d-node-alt"],
  tertiaryColor: ["#d0d1d2", "--d-group"],
  clusterBkg: ["#d0d1d2", "--d-group"],
  nodeBorder: ["#101112", "--d-border"],
  primaryBorderColor: ["#101112", "--d-border"],
  clusterBorder: ["#202122", "--d-group-border"],
  lineColor: ["#303132", "--d-line"],
  primaryTextColor: ["#040506", "--d-text"],
  textColor: ["#040506", "--d-text"],
  nodeTextColor: ["#040506", "--d-text"],
  titleColor: ["#040506", "--d-text"],
  edgeLabelBackground: ["#fdfdfd", "--d-label-bg"],
};

/** The colours behind the variables, light-dark(light, dark): they follow the page's theme. */
const COLORS = {
  "--d-bg": "light-dark(#f4f6f8,#182029)",
  "--d-node": "light-dark(#ffffff,#223040)",
  "--d-node-alt": "light-dark(#e7f0fa,#17304a)",
  "--d-group": "light-dark(#eef1f4,#1b2631)",
  "--d-border": "light-dark(#0b5cad,#8cc2ff)",
  "--d-group-border": "light-dark(#9aa5b1,#4a5a6b)",
  "--d-line": "light-dark(#3d4650,#b4bfcc)",
  "--d-text": "light-dark(#1b1f24,#e6e9ee)",
  "--d-label-bg": "light-dark(#ffffff,#0f1419)",
};

// The folder of sources: diagrams/, or the one given (tests render broken sources elsewhere).
const SOURCE_DIR = process.argv[2] ?? "diagrams";

/** The mermaid config: the base theme with sentinel colours, system fonts, SVG text labels. */
function mermaidConfig() {
  const themeVariables = Object.fromEntries(Object.entries(THEME).map(([k, [hex]]) => [k, hex]));
  return {
    theme: "base",
    themeVariables: { ...themeVariables, fontFamily: "system-ui, sans-serif", fontSize: "15px" },
    fontFamily: "system-ui, sans-serif",
    flowchart: { htmlLabels: false, curve: "basis" },
    deterministicIds: true,
    securityLevel: "strict",
  };
}

/** Whether one CSS selector can match something in `markup`: each class and attribute it names is there. */
function selectorMatches(selector, markup, classes) {
  const needed = [...selector.matchAll(/\.([\w-]+)/g)].every(([, name]) => classes.has(name));
  const attrs = [...selector.matchAll(/\[([\w-]+)(?:="([^"]*)")?\]/g)].every(([, attr, value]) =>
    markup.includes(value === undefined ? `${attr}=` : `${attr}="${value}"`),
  );
  return needed && attrs;
}

/**
 * Drops the rules of Mermaid's stylesheet that match nothing in the drawing (other diagram types,
 * the "neo" look, error icons), and keyframes no kept rule uses: fewer bytes, less style work.
 */
function pruneStyle(svg) {
  return svg.replace(/<style>([\s\S]*?)<\/style>/, (_, css) => {
    const markup = svg.replace(/<style>[\s\S]*?<\/style>/, "");
    const classes = new Set(
      [...markup.matchAll(/class="([^"]*)"/g)].flatMap(([, list]) => list.split(/\s+/)),
    );
    const keyframes = new Map(
      [...css.matchAll(/@keyframes ([\w-]+)\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g)].map((m) => [m[1], m[0]]),
    );
    let rest = css;
    for (const block of keyframes.values()) rest = rest.replace(block, "");
    const rules = [...rest.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter(([, selectors]) =>
      selectors.split(",").some((sel) => selectorMatches(sel, markup, classes)),
    );
    const kept = rules.map(([rule]) => rule).join("");
    const usedFrames = [...keyframes].filter(([name]) => kept.includes(name)).map(([, block]) => block);
    return `<style>${usedFrames.join("")}${kept}</style>`;
  });
}

/** Replaces sentinel colours with CSS variables, and makes the SVG an accessible image. */
function themeSvg(svg, id) {
  const vars = Object.entries(COLORS)
    .map(([name, value]) => `${name}:${value}`)
    .join(";");
  let out = svg.replace("<style>", `<style>#${id}{${vars}}`);
  for (const [hex, variable] of new Map(Object.values(THEME))) {
    out = out.replaceAll(new RegExp(hex, "gi"), `var(${variable})`);
  }
  // Never shrink text below 70% of its drawn size: a wide diagram scrolls inside its figure instead.
  return out
    .replace(/style="max-width: ([\d.]+)px;"/, (_, w) => {
      const width = Math.round(Number(w));
      return `style="max-width:${width}px;min-width:${Math.round(width * 0.7)}px"`;
    })
    .replace(/\srole="[^"]*"/, ' role="img"')
    .replace(/\saria-roledescription="[^"]*"/, "");
}

const files = readdirSync(SOURCE_DIR)
  .filter((f) => f.endsWith(".mmd"))
  .sort();
const executablePath = findChromium();
if (!executablePath) {
  console.error("Chromium was not found: install it (apt-get install chromium) or set CHROME_PATH.");
  process.exit(1);
}
const render = createMermaidRenderer({
  browserType: chromium,
  launchOptions: { executablePath, args: CHROMIUM_ARGS },
});

/** Renders one source to its SVG file; returns false, after printing why, when Mermaid rejects it. */
async function renderFile(file) {
  const name = file.replace(/\.mmd$/, "");
  const path = `${SOURCE_DIR}/${file}`;
  const source = readFileSync(path, "utf8");
  const [result] = await render([source], { prefix: `dg-${name}`, mermaidConfig: mermaidConfig() });
  if (result.status === "rejected") {
    console.error(`${path}: ${result.reason?.message ?? result.reason}`);
    return false;
  }
  const svg = optimizeDiagramSvg(pruneStyle(themeSvg(result.value.svg, result.value.id)));
  writeFileSync(`${SOURCE_DIR}/${name}.svg`, `${makeHeader(path, source)}${svg}\n`);
  console.log(`${path} → ${SOURCE_DIR}/${name}.svg (${svg.length} bytes)`);
  return true;
}

const started = performance.now();
// Rendered side by side: the renderer shares one browser between concurrent renders.
const outcomes = await Promise.all(files.map(renderFile));
const failed = outcomes.filter((ok) => !ok).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${files.length - failed} of ${files.length} diagrams rendered in ${seconds} s`);
process.exit(failed ? 1 : 0);
