import { execFile } from "node:child_process";
import { appendFileSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEnv } from "../../scripts/build-env.mjs";
import { type PrecachedFile, readPrecache } from "../helpers/precache";
import { copyProject } from "../helpers/project-copy";

const run = promisify(execFile);

// Prose that names Tailwind utilities no component uses: an edit must not change the stylesheet that
// every page carries inline.
const EDIT =
  "\nA test edit: long names truncate, and skew-y-3 or tracking-widest are words here, not styles.\n";

const kb = (files: PrecachedFile[]) => Math.round(files.reduce((sum, f) => sum + f.bytes, 0) / 1024);

describe("the offline cache after a one-page edit", () => {
  // dist/ is the build of the sources as they are (the global setup sees to that): the copy, built once
  // after a one-page edit, is the next deploy. Builds in two folders also show that no revision
  // depends on where the project was built.
  let before: PrecachedFile[] = [];
  const copy = copyProject("dsn-precache-");
  const service = readdirSync(join(copy, "src/content/services"))
    .sort()[0]!
    .replace(/\.mdx$/, "");
  const page = `services/${service}/`;
  let after: PrecachedFile[] = [];

  beforeAll(async () => {
    before = readPrecache("dist");
    appendFileSync(join(copy, `src/content/services/${service}.mdx`), EDIT);
    // `npm run build` as a deploy runs it: the site, the Pagefind index, then the worker.
    await run("npm", ["run", "build"], { cwd: copy, env: buildEnv() });
    after = readPrecache(join(copy, "dist"));
  }, 300_000);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("makes the worker fetch only the edited page and the search index built from it", () => {
    const held = new Set(before.map((entry) => `${entry.url} ${entry.revision}`));
    const fetched = after.filter((entry) => !held.has(`${entry.url} ${entry.revision}`));
    console.log(
      `After editing ${page}: ${fetched.length} of ${after.length} files to fetch, ` +
        `${kb(fetched)} KB of ${kb(after)} KB:\n  ${fetched.map((f) => `${f.url} (${f.bytes} B)`).join("\n  ")}`,
    );
    expect(fetched.map((entry) => entry.url)).toContain(page);
    expect(fetched.filter((entry) => entry.url !== page && !entry.url.startsWith("pagefind/"))).toEqual([]);
    // Every other page, script, diagram and data file keeps its revision.
    const kept = (files: PrecachedFile[]) =>
      files.filter((f) => f.url !== page && !f.url.startsWith("pagefind/")).map((f) => [f.url, f.revision]);
    expect(kept(after)).toEqual(kept(before));
  });

  it("gives no revision only to files whose name changes with their content", () => {
    const named = new Map(before.filter((e) => e.revision === null).map((e) => [e.url, e.file]));
    for (const entry of after.filter((e) => e.revision === null && named.has(e.url))) {
      const content = (dir: string) => readFileSync(join(dir, entry.file));
      expect(content(join(copy, "dist")).equals(content("dist")), entry.url).toBe(true);
    }
  });
});
