// The performance budgets of the site; the bench fails when one of them does.
import { CATEGORIES } from "./lighthouse.mjs";
import { ROLES } from "./pageTypes.mjs";

/** 1 KB = 1,000 bytes (gzip sizes). */
export const KB = 1000;

/**
 * Issues 7 and 8 put a neighbourhood map (about 3.4 KB gzip), glossary definitions readable without
 * JavaScript (about 1.5 KB) and link previews on every service page; the budgets moved with them.
 */
const LIGHTER_THAN_STARLIGHT = 2;

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const pass = (detail) => ({ status: "PASS", detail });
const fail = (detail) => ({ status: "FAIL", detail });
const skip = (detail) => ({ status: "SKIP", detail });

/** Search figures, or FAIL when they are missing. */
function searchOr({ search }, use) {
  if (!search || search.error) return fail(`not measured: ${search?.error}`);
  return use(search);
}

/** PASS when `bytes` is at most `max`; FAIL when over or not measured. */
function atMost(bytes, max) {
  if (typeof bytes !== "number") return fail("not measured");
  return (bytes <= max ? pass : fail)(`${kb(bytes)} (budget ${kb(max)})`);
}

/** Every diagram SVG must stay under 6 KB gzip. */
function diagramSvgs({ site }) {
  const max = 6 * KB;
  if (!site.diagramSvgs.length) return pass("no diagram SVGs in the built pages");
  const over = site.diagramSvgs.filter((d) => d.gzipBytes >= max);
  const largest = Math.max(...site.diagramSvgs.map((d) => d.gzipBytes));
  if (!over.length)
    return pass(`${site.diagramSvgs.length} SVGs, largest ${kb(largest)} (budget < ${kb(max)})`);
  return fail(over.map((d) => `${d.path} SVG #${d.index + 1}: ${kb(d.gzipBytes)}`).join("; "));
}

/** Lighthouse 100 in every category on every measured page. */
function lighthouse({ site, options }) {
  if (options.skipLighthouse)
    return skip(options.short ? "not in the short bench" : "BENCH_SKIP_LIGHTHOUSE=1");
  const misses = ROLES.flatMap((role) => {
    const lh = site.pages[role]?.lighthouse;
    if (!lh || lh.error) return [`${role}: ${lh?.error ?? "not measured"}`];
    return CATEGORIES.filter((c) => lh.scores[c] !== 100).map((c) => `${role} ${c} ${lh.scores[c]}`);
  });
  return misses.length
    ? fail(misses.join("; "))
    : pass(`${ROLES.length} pages × ${CATEGORIES.length} categories at 100`);
}

/** The Starlight figures, or a SKIP/FAIL verdict when there are none. */
function starlightOr(results, use) {
  if (results.options.skipStarlight)
    return skip(results.options.short ? "not in the short bench" : "BENCH_SKIP_STARLIGHT=1");
  if (!results.starlight || results.starlight.error)
    return fail(`no Starlight figures: ${results.starlight?.error}`);
  return use(results.starlight);
}

/** This site's page of `role` is at least 2× lighter than Starlight's. */
function lighterThanStarlight(role) {
  return (results) =>
    starlightOr(results, (starlight) => {
      const mine = results.site.pages[role]?.bytes?.total;
      const theirs = starlight.pages[role]?.bytes?.total;
      if (!mine || !theirs) return fail("not measured");
      const ratio = theirs / mine;
      const detail = `${kb(mine)} vs Starlight ${kb(theirs)}: ${ratio.toFixed(2)}× (budget ≥ ${LIGHTER_THAN_STARLIGHT}×)`;
      return (ratio >= LIGHTER_THAN_STARLIGHT ? pass : fail)(detail);
    });
}

/** This site's cold build is faster than Starlight's. */
function fasterBuild(results) {
  return starlightOr(results, (starlight) => {
    const mine = results.site.build.coldSeconds;
    const theirs = starlight.build.coldSeconds;
    return (mine < theirs ? pass : fail)(`${mine.toFixed(1)} s vs Starlight ${theirs.toFixed(1)} s`);
  });
}

/** The budgets, each a name and a check of the bench results; `timing` marks those that time something. */
export const BUDGETS = [
  {
    name: "Service and topic pages: median ≤ 20 KB gzip",
    check: ({ site }) => atMost(site.articles?.median, 20 * KB),
  },
  {
    name: "Service and topic pages: each ≤ 30 KB gzip",
    check: ({ site }) => {
      const heaviest = site.articles?.heaviest;
      const verdict = atMost(heaviest?.bytes, 30 * KB);
      return heaviest ? { ...verdict, detail: `${verdict.detail}, heaviest ${heaviest.path}` } : verdict;
    },
  },
  { name: "Service page JS ≤ 5 KB gzip", check: ({ site }) => atMost(site.pages.service?.bytes?.js, 5 * KB) },
  {
    name: "Diagram page ≤ 60 KB gzip",
    check: ({ site }) => atMost(site.pages.diagram?.bytes?.total, 60 * KB),
  },
  { name: "Each diagram SVG < 6 KB gzip", check: diagramSvgs },
  { name: "Lighthouse 100 (mobile), 4 categories on every page type", check: lighthouse },
  { name: "Service page ≥ 2× lighter than Starlight", check: lighterThanStarlight("service") },
  { name: "Diagram page ≥ 2× lighter than Starlight", check: lighterThanStarlight("diagram") },
  { name: "Cold build faster than Starlight", check: fasterBuild, timing: true },
  {
    name: "Search: nothing fetched before intent",
    check: (r) =>
      searchOr(r, (s) =>
        (s.requestsBeforeIntent === 0 ? pass : fail)(`${s.requestsBeforeIntent} search files`),
      ),
  },
  {
    name: "Search: warm first result ≤ 50 ms (median)",
    timing: true,
    check: (r) =>
      searchOr(r, (s) =>
        (s.warm.medianMs <= 50 ? pass : fail)(`${s.warm.medianMs} ms, worst ${s.warm.worstMs} ms`),
      ),
  },
  {
    name: "Search: cold first result ≤ 100 ms after the first key (median)",
    timing: true,
    check: (r) =>
      searchOr(r, (s) =>
        (s.cold.medianMs <= 100 ? pass : fail)(`${s.cold.medianMs} ms, worst ${s.cold.worstMs} ms`),
      ),
  },
  {
    name: "Search: the first result needs ≤ 30 KB gzip",
    check: (r) => searchOr(r, (s) => atMost(s.bytesBeforeFirstResultGzip.total, 30 * KB)),
  },
];

/**
 * Checks every budget against the bench results. In the short bench (`results.options.short`, part of
 * `npm test`) a timing budget that fails is a MISS: timings taken during a test run say more about the
 * machine than about the site, while sizes and errors still fail.
 * @param {object} results
 * @returns {{ name: string, status: "PASS" | "FAIL" | "MISS" | "SKIP", detail: string }[]}
 */
export function checkBudgets(results) {
  return BUDGETS.map(({ name, check, timing }) => {
    const verdict = check(results);
    if (timing && results.options.short && verdict.status === "FAIL") {
      return { name, status: "MISS", detail: `${verdict.detail}; timings do not fail the short bench` };
    }
    return { name, ...verdict };
  });
}
