// The bench's outputs: a table on stdout (this site, Starlight, Starlight ÷ this) and JSON files.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KB } from "./budgets.mjs";
import { CATEGORIES } from "./lighthouse.mjs";
import { ROLES } from "./measure.mjs";
import { BYTE_TYPES } from "./pages.mjs";

const sum = (values) => values.reduce((a, b) => a + b, 0);

/**
 * A row of the table: a label, this site's and Starlight's figure read by `get`, and how to show them
 * (`unit` divides numbers, `digits` rounds them; `text` rows show strings and have no ratio).
 */
function row(results, label, get, { unit = 1, digits = unit === 1 ? 0 : 1, text = false } = {}) {
  return { label, mine: get(results.site), theirs: get(results.starlight), unit, digits, text };
}

/** The rows of one page role: its path, its weight and its Lighthouse figures. */
function pageRows(results, role) {
  const page = (site) => site?.pages?.[role];
  const lh = (site) => page(site)?.lighthouse;
  const figure = (label, get, options) => row(results, label, (site) => get(page(site) ?? {}), options);
  const error = (site) => page(site)?.error ?? lh(site)?.error;
  const errors =
    error(results.site) || error(results.starlight) ? [row(results, "  error", error, { text: true })] : [];
  return [
    row(results, `${role} page`, (site) => page(site)?.path, { text: true }),
    ...errors,
    figure("  bytes gzip total (KB)", (p) => p.bytes?.total, { unit: KB }),
    ...BYTE_TYPES.map((type) => figure(`  ${type} (KB)`, (p) => p.bytes?.[type], { unit: KB })),
    figure("  requests", (p) => p.requests),
    figure("  diagram SVG gzip (KB)", (p) => p.diagramSvgs && sum(p.diagramSvgs), { unit: KB, digits: 2 }),
    ...(results.options.skipLighthouse ? [] : lighthouseRows(figure)),
  ];
}

/** The Lighthouse rows of a page, built with its `figure` row maker. */
function lighthouseRows(figure) {
  return [
    ...CATEGORIES.map((c) => figure(`  Lighthouse ${c}`, (p) => p.lighthouse?.scores?.[c])),
    figure("  LCP (ms)", (p) => p.lighthouse?.lcpMs),
    figure("  TBT (ms)", (p) => p.lighthouse?.tbtMs),
    figure("  CLS", (p) => p.lighthouse?.cls, { digits: 3 }),
  ];
}

/** The rows of one scale run (this site only). */
function scaleRows(results, run) {
  const scaleRow = (name, value, options) =>
    row(
      results,
      `scale ${run.pages} pages: ${name}`,
      (site) => (site === results.site ? value : undefined),
      options,
    );
  return [
    scaleRow("build (s)", run.ok ? run.seconds : undefined, { digits: 1 }),
    scaleRow("peak RSS (MiB)", run.peakRssMiB),
    scaleRow("result", run.error ?? "ok", { text: true }),
  ];
}

/** Every row of the table. */
function rows(results) {
  const build = (key) => (site) => site?.build?.[key];
  return [
    row(results, "build cold (s)", build("coldSeconds"), { digits: 1 }),
    row(results, "build warm (s)", build("warmSeconds"), { digits: 1 }),
    row(results, "npm run diagrams (s)", (site) => site?.diagramsSeconds, { digits: 1 }),
    ...ROLES.flatMap((role) => pageRows(results, role)),
    ...(results.scale?.runs ?? []).flatMap((run) => scaleRows(results, run)),
  ];
}

/** A cell of the table. */
function cell(r, value) {
  if (r.text) return value === undefined ? "—" : String(value).split("\n")[0].slice(0, 60);
  return typeof value === "number" ? (value / r.unit).toFixed(r.digits) : "—";
}

/** Starlight ÷ this site, when both are numbers and this site's is not 0. */
function ratio(r) {
  if (r.text || typeof r.mine !== "number" || typeof r.theirs !== "number" || r.mine === 0) return "";
  return `${(r.theirs / r.mine).toFixed(2)}×`;
}

/**
 * The results as a text table: one row per figure, columns this site / Starlight / ratio.
 * @param {object} results
 * @returns {string}
 */
export function formatTable(results) {
  const header = ["metric", "this site", "Starlight", "Starlight ÷ this"];
  const body = rows(results).map((r) => [r.label, cell(r, r.mine), cell(r, r.theirs), ratio(r)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/**
 * The budgets as PASS/FAIL/SKIP lines.
 * @param {{ name: string, status: string, detail: string }[]} budgets
 */
export function formatBudgets(budgets) {
  return budgets.map((b) => `${b.status.padEnd(4)}  ${b.name}: ${b.detail}`).join("\n");
}

/**
 * Writes the results to `<dir>/<timestamp>.json` and `<dir>/latest.json`.
 * @param {string} dir
 * @param {object} results
 * @returns {string} the timestamped file
 */
export function writeResults(dir, results) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${results.startedAt.replace(/[:.]/g, "-")}.json`);
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(file, json);
  writeFileSync(join(dir, "latest.json"), json);
  return file;
}
