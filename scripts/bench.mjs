// The bench (`npm run bench`): build times, page weight, Lighthouse and build scaling of this site,
// next to a Starlight site with the same pages; prints a table of every page type (scripts/bench/
// pageTypes.mjs) and one of the builds, writes bench-results/*.json and exits with 1 when a budget
// fails (see scripts/bench/budgets.mjs).
//
// Environment: BENCH_SCALES=100,1000,5000 (service pages per scale build), BENCH_LIGHTHOUSE_RUNS=2
// (median of N runs per page), BENCH_SCALE_TIMEOUT_S=420 (per scale build, 0 for none),
// BENCH_SKIP_STARLIGHT=1, BENCH_SKIP_LIGHTHOUSE=1, BENCH_SKIP_SCALE=1.
//
// `--short` (npm run bench:short, the last step of npm test) ignores them: no diagram drawing, no timed
// builds (dist/ is reused when fresh), no Lighthouse, no Starlight, search over 5 questions and one
// scale build of 100 pages with no time limit.
// It still runs every part of the bench and the budgets that apply, so a change that breaks the bench
// fails the tests; timing budgets report a miss there without failing (a test run is no place for
// timings). Its results go to bench-results/short/.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkBudgets } from "./bench/budgets.mjs";
import { ensureFreshBuild } from "./fresh-build.mjs";
import { timeColdWarm } from "./bench/build.mjs";
import { runOrThrow } from "./bench/proc.mjs";
import { measureArticles } from "./bench/articles.mjs";
import { measureSite } from "./bench/measure.mjs";
import { STARLIGHT_PAGES, sitePages } from "./bench/pageTypes.mjs";
import { allDiagramSvgs, findHeaviestDiagramPage } from "./bench/pages.mjs";
import { formatBudgets, formatPageTable, formatTable, writeResults } from "./bench/report.mjs";
import { benchScale } from "./bench/scale.mjs";
import { formatSearch, measureSearch } from "./bench/search.mjs";
import {
  STARLIGHT_DIAGRAMS,
  STARLIGHT_DIR,
  ensureInstalled,
  writeStarlightSite,
} from "./bench/starlight.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FALLBACK_DIAGRAM_PAGE = "/services/step-functions/";
const SITE_DIAGRAMS = { diagramSelector: "figure svg" };

/** The bench's options, from the command line (`--short`) and the environment. */
function readOptions(argv, env) {
  if (argv.includes("--short")) {
    const none = { skipDiagrams: true, skipStarlight: true, skipLighthouse: true, lighthouseRuns: 0 };
    return { short: true, ...none, skipScale: false, scales: [100], scaleTimeoutMs: 0, searchQuestions: 5 };
  }
  const flag = (name) => env[name] === "1";
  return {
    short: false,
    skipDiagrams: false,
    scales: (env.BENCH_SCALES ?? "100,1000,5000").split(",").map(Number).filter(Boolean),
    lighthouseRuns: flag("BENCH_SKIP_LIGHTHOUSE") ? 0 : Number(env.BENCH_LIGHTHOUSE_RUNS ?? 2),
    scaleTimeoutMs: Number(env.BENCH_SCALE_TIMEOUT_S ?? 420) * 1000,
    skipStarlight: flag("BENCH_SKIP_STARLIGHT"),
    skipLighthouse: flag("BENCH_SKIP_LIGHTHOUSE"),
    skipScale: flag("BENCH_SKIP_SCALE"),
  };
}

const started = performance.now();

/** Logs a step of the bench with the time since it started. */
function step(message) {
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

/** Draws the diagrams (unless skipped), builds this site cold then warm, finds its pages and diagrams. */
async function buildSite(options) {
  let diagramsSeconds;
  if (!options.skipDiagrams) {
    step("drawing the diagrams (npm run diagrams)");
    ({ seconds: diagramsSeconds } = await runOrThrow("npm", ["run", "diagrams"], { cwd: ROOT }));
  }
  let build;
  if (options.short) {
    // The short bench times no build (a test run is no place for timings): it reuses dist/ when its
    // stamp says it is a build of the sources as they are, as the tests before it leave it.
    step("using dist/ if it is a build of the sources as they are, building it if not");
    ensureFreshBuild();
  } else {
    step("building this site (cold, then warm)");
    const cacheDir = mkdtempSync(join(tmpdir(), "dsn-bench-cache-"));
    build = await timeColdWarm(ROOT, { cacheDir }).finally(() =>
      rmSync(cacheDir, { recursive: true, force: true }),
    );
  }
  const dist = join(ROOT, "dist");
  const heaviest = findHeaviestDiagramPage(dist);
  const pages = sitePages(heaviest?.path ?? FALLBACK_DIAGRAM_PAGE);
  return { build, diagramsSeconds, dist, pages, diagramSvgs: allDiagramSvgs(dist) };
}

/** Installs (first run only), writes and builds the Starlight reference. */
async function buildStarlight() {
  step(`preparing the Starlight reference in ${STARLIGHT_DIR}`);
  const { dependencies, installSeconds } = await ensureInstalled(STARLIGHT_DIR);
  writeStarlightSite(ROOT, STARLIGHT_DIR);
  step("building the Starlight reference (cold, then warm)");
  const build = await timeColdWarm(STARLIGHT_DIR);
  return { dependencies, installSeconds, build, dist: join(STARLIGHT_DIR, "dist"), pages: STARLIGHT_PAGES };
}

/** Measures the pages of a built site (weight, then Lighthouse). */
async function measure(name, site, diagrams, options) {
  step(`measuring ${name}: ${Object.values(site.pages).join(", ")}`);
  return { ...site, pages: await measureSite(site.dist, site.pages, diagrams, options) };
}

/** Runs the scale builds in turn. */
async function scale(options) {
  const runs = [];
  for (const n of options.scales) {
    step(`scale build with ${n} service pages (real and synthetic)`);
    runs.push(await benchScale(ROOT, n, options.scaleTimeoutMs));
  }
  return { runs };
}

/** Runs `task`, recording a failure as `{ error }` so the rest of the bench still runs. */
async function orError(task) {
  try {
    return await task();
  } catch (error) {
    console.error(error);
    return { error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

/** Each page the bench could not measure (weight or Lighthouse), as "site role: error". */
function measureErrors(results) {
  return Object.entries({ "this site": results.site, Starlight: results.starlight }).flatMap(([name, site]) =>
    Object.entries(site?.pages ?? {}).flatMap(([role, page]) => {
      const error = page.error ?? page.lighthouse?.error;
      return error ? [`${name} ${role} page not measured: ${error.split("\n")[0]}`] : [];
    }),
  );
}

async function main() {
  const options = readOptions(process.argv.slice(2), process.env);
  const results = {
    startedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    options,
  };
  const site = await buildSite(options);
  const starlight = options.skipStarlight ? undefined : await orError(buildStarlight);
  results.site = await measure("this site", site, SITE_DIAGRAMS, options);
  results.site.articles = measureArticles(site.dist);
  results.starlight =
    starlight && !starlight.error
      ? await measure("Starlight", starlight, STARLIGHT_DIAGRAMS, options)
      : starlight;
  step("measuring search: what the first result needs, first-result time cold and warm");
  const questionCount = options.searchQuestions;
  results.search = await orError(() => measureSearch(site.dist, { questionCount }));
  if (starlight && !starlight.error) {
    step("measuring the Starlight reference's search the same way");
    results.starlightSearch = await orError(() =>
      measureSearch(starlight.dist, { questionCount, ui: "starlight" }),
    );
  }
  if (!options.skipScale) results.scale = await scale(options);
  results.budgets = checkBudgets(results);
  results.durationSeconds = (performance.now() - started) / 1000;

  const file = writeResults(join(ROOT, "bench-results", options.short ? "short" : ""), results);
  console.log(
    `\n${formatPageTable(results)}\n\n${formatTable(results)}\n\n${[...formatSearch(results.search), ...(results.starlightSearch ? formatSearch(results.starlightSearch, "Starlight search") : [])].join("\n")}\n\nBudgets\n${formatBudgets(results.budgets)}\n`,
  );
  console.log(`Results: ${file} (${results.durationSeconds.toFixed(0)} s)`);
  const failed = [
    ...measureErrors(results),
    ...results.budgets.filter((b) => b.status === "FAIL").map((b) => `budget: ${b.name} (${b.detail})`),
    ...(results.scale?.runs ?? [])
      .filter((r) => !r.ok && !r.timedOut)
      .map((r) => `scale build of ${r.pages} pages failed`),
  ];
  if (failed.length) {
    console.error(`\nBench FAILED:\n${failed.map((f) => `- ${f}`).join("\n")}`);
    process.exitCode = 1;
  }
}

await main();
