// The bench's outputs: on stdout a table of the pages and one of the builds (this site, Starlight,
// Starlight ÷ this), and JSON files.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KB } from "./budgets.mjs";
import { CATEGORIES } from "./lighthouse.mjs";
import { ROLES } from "./pageTypes.mjs";
import { BYTE_TYPES } from "./pages.mjs";

const sum = (values) => values.reduce((a, b) => a + b, 0);

/**
 * A row of the table: a label, this site's and Starlight's figure read by `get`, and how to show them
 * (`unit` divides numbers, `digits` rounds them; `text` rows show strings and have no ratio).
 */
function row(results, label, get, { unit = 1, digits = unit === 1 ? 0 : 1, text = false } = {}) {
  return { label, mine: get(results.site), theirs: get(results.starlight), unit, digits, text };
}

/** The Lighthouse categories as the page table heads them. */
const CATEGORY_HEADERS = { performance: "perf", accessibility: "a11y", "best-practices": "b-p", seo: "seo" };

/** The columns of the page table after the page, the site and the path: a header and how to read a cell. */
function pageColumns(results) {
  const kb = (type) => ({ header: type, get: (p) => p.bytes?.[type], unit: KB, digits: 1 });
  const lighthouse = [
    ...CATEGORIES.map((id) => ({
      header: CATEGORY_HEADERS[id],
      get: (p) => p.lighthouse?.scores?.[id],
    })),
    { header: "LCP ms", get: (p) => p.lighthouse?.lcpMs },
    { header: "TBT ms", get: (p) => p.lighthouse?.tbtMs },
    { header: "CLS", get: (p) => p.lighthouse?.cls, digits: 3 },
  ];
  return [
    { ...kb("total"), header: "KB gzip" },
    ...BYTE_TYPES.map(kb),
    { header: "req", get: (p) => p.requests },
    { header: "SVG KB", get: (p) => p.diagramSvgs && sum(p.diagramSvgs), unit: KB, digits: 2 },
    ...(results.options.skipLighthouse ? [] : lighthouse),
  ];
}

/** A number of the page table, or "—". */
function figure(value, { unit = 1, digits = 0 }) {
  return typeof value === "number" ? (value / unit).toFixed(digits) : "—";
}

/**
 * Every page type side by side with the Starlight reference's page of the same content: a row for this
 * site, then one for Starlight ("—" where it has no such page), weight in KB of gzip and Lighthouse
 * mobile; the last column is Starlight's total weight ÷ this site's.
 * @param {object} results
 * @returns {string}
 */
export function formatPageTable(results) {
  const columns = pageColumns(results);
  const sites = [
    ["this site", results.site],
    ...(results.starlight ? [["Starlight", results.starlight]] : []),
  ];
  const errors = [];
  const body = ROLES.flatMap((role) =>
    sites.map(([name, site], i) => {
      const page = site.pages?.[role];
      const error = page?.error ?? page?.lighthouse?.error;
      if (error) errors.push(`${name} ${role}: ${error.split("\n")[0]}`);
      const mine = results.site.pages?.[role]?.bytes?.total;
      const times = i > 0 && page?.bytes && mine ? `${(page.bytes.total / mine).toFixed(2)}×` : "";
      return [
        i === 0 ? role : "",
        name,
        page?.path ?? "—",
        ...columns.map((c) => figure(page && c.get(page), c)),
        ...(sites.length > 1 ? [times] : []),
      ];
    }),
  );
  const header = [
    "page",
    "site",
    "path",
    ...columns.map((c) => c.header),
    ...(sites.length > 1 ? ["÷ this"] : []),
  ];
  const table = textTable(header, body, 3);
  return errors.length ? `${table}\n\nNot measured:\n${errors.map((e) => `- ${e}`).join("\n")}` : table;
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
 * The build and scale figures as a text table: one row per figure, columns this site / Starlight / ratio.
 * @param {object} results
 * @returns {string}
 */
export function formatTable(results) {
  const header = ["metric", "this site", "Starlight", "Starlight ÷ this"];
  const body = rows(results).map((r) => [r.label, cell(r, r.mine), cell(r, r.theirs), ratio(r)]);
  return textTable(header, body, 1);
}

/** Lays out a header and rows as text columns: the first `left` columns to the left, the rest to the right. */
function textTable(header, body, left) {
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i < left ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
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
