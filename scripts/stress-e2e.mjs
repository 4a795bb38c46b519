// `npm run test:stress`: the browser suite several times in a row while the site is built over and over
// alongside, to catch the tests that fail only sometimes, or only on a busy machine. Prints each run and
// the totals, and exits 1 if any run failed. Playwright runs with no retries: a flaky test counts.
//
//   npm run test:stress                         5 runs of the whole suite
//   npm run test:stress -- --runs 10 search     10 runs of the specs matching "search"
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildEnv } from "./build-env.mjs";
import { ensureFreshBuild } from "./fresh-build.mjs";

const { values, positionals } = parseArgs({
  options: { runs: { type: "string", default: "5" } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const scratch = mkdtempSync(join(tmpdir(), "dsn-stress-"));
const seconds = (/** @type {number} */ since) => Math.round((Date.now() - since) / 1000);
const loadAverage = () => (loadavg()[0] ?? 0).toFixed(1);

/**
 * Runs a command to its end, its output shown; resolves to its exit code.
 * @param {string[]} command
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
function run([command, ...args], env) {
  return new Promise((resolve) => {
    const child = spawn(/** @type {string} */ (command), args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/**
 * The load alongside: `astro build` into a folder of its own, again and again until stopped. Real work
 * of the kind a developer's machine does while the tests run, and never touching dist/.
 */
function startLoad() {
  let builds = 0;
  let failed = 0;
  let stopped = false;
  /** @type {import("node:child_process").ChildProcess | undefined} */
  let child;
  const env = buildEnv({ OUT_DIR: join(scratch, "load-build") });
  const next = () => {
    if (stopped) return;
    child = spawn("npx", ["astro", "build"], { stdio: "ignore", env, detached: true });
    child.on("exit", (code) => {
      if (stopped) return;
      builds++;
      if (code !== 0) failed++;
      next();
    });
  };
  next();
  return {
    counts: () => ({ builds, failed }),
    stop() {
      stopped = true;
      // Its own process group: npx, astro and whatever they started.
      if (child?.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    },
  };
}

/** @typedef {{ file: string, line: number, title: string, ok: boolean }} ReportSpec */
/** @typedef {{ specs?: ReportSpec[], suites?: ReportSuite[] }} ReportSuite */

/**
 * How many tests a Playwright JSON report holds, and the failed ones as "file:line › title".
 * @param {string} file
 * @returns {{ total: number, failed: string[] }}
 */
function readReport(file) {
  if (!existsSync(file)) return { total: 0, failed: ["no report: the run stopped before its tests"] };
  /** @type {{ suites: ReportSuite[] }} */
  const report = JSON.parse(readFileSync(file, "utf8"));
  /** @type {string[]} */
  const failed = [];
  let total = 0;
  /** @param {ReportSuite} suite */
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      total++;
      if (!spec.ok) failed.push(`${spec.file}:${spec.line} › ${spec.title}`);
    }
    (suite.suites ?? []).forEach(walk);
  };
  report.suites.forEach(walk);
  return { total, failed };
}

ensureFreshBuild();
const load = startLoad();
process.on("SIGINT", () => {
  load.stop();
  process.exit(130);
});

const started = Date.now();
/** @type {{ ok: boolean, line: string }[]} */
const results = [];
for (let i = 1; i <= runs; i++) {
  const report = join(scratch, `run-${i}.json`);
  const since = Date.now();
  console.log(`\n=== run ${i}/${runs}, load average ${loadAverage()} ===`);
  const code = await run(
    ["npx", "playwright", "test", "--retries=0", "--reporter=dot,json", ...positionals],
    {
      ...process.env,
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    },
  );
  const { total, failed } = readReport(report);
  const ok = code === 0 && failed.length === 0;
  const outcome = ok ? `passed, ${total} tests` : `FAILED ${failed.length} of ${total}: ${failed.join("; ")}`;
  const line = `run ${i}/${runs}: ${outcome}, ${seconds(since)} s`;
  results.push({ ok, line });
  console.log(line);
}
load.stop();
rmSync(scratch, { recursive: true, force: true });

const passes = results.filter((r) => r.ok).length;
console.log(`\n${results.map((r) => r.line).join("\n")}`);
console.log(
  `\n${passes}/${runs} runs passed, ${runs - passes} failed, in ${seconds(started)} s on ` +
    `${availableParallelism()} cores; alongside, builds of the site: ${load.counts().builds} ` +
    `(${load.counts().failed} failed), load average ${loadAverage()} at the end.`,
);
process.exit(passes === runs ? 0 : 1);
