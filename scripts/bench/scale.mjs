// Build scaling: a copy of the project with N service pages, its real ones and synthetic ones made from
// them (see synthetic.mjs), built with `npm run build` while the memory of the whole process tree is
// sampled.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { run } from "./proc.mjs";
import { makeSyntheticServices } from "./synthetic.mjs";

/**
 * Copies the project's files, as git sees them (tracked or new, not ignored), to `dir`: whatever the
 * build comes to need is there, and nothing it generated.
 */
function copyProject(root, dir) {
  const list = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  });
  for (const file of list.split("\0")) {
    // A tracked file deleted in the working tree is listed but gone.
    if (!file || !existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(root, file), join(dir, file));
  }
}

/**
 * Links node_modules entry by entry. Its dot folders but .bin are caches (.astro, .vite, ...): the copy
 * keeps its own, and the project's, possibly shared with other checkouts, stay untouched.
 */
function linkNodeModules(root, dir) {
  const target = join(dir, "node_modules");
  mkdirSync(target);
  for (const entry of readdirSync(join(root, "node_modules"))) {
    if (!entry.startsWith(".") || entry === ".bin") {
      symlinkSync(join(root, "node_modules", entry), join(target, entry));
    }
  }
}

/**
 * Copies the project to a temp folder and adds synthetic service pages until it has `n`. The pages
 * are made and checked against the service schema first, so a page the schema refuses stops the
 * bench at once, before any copy or build.
 * @param {string} root this project
 * @param {number} n service pages, the real ones included
 * @returns {Promise<string>} the copy's folder
 */
export async function makeScaleCopy(root, n) {
  const { pages } = await makeSyntheticServices(root, n);
  const dir = mkdtempSync(join(tmpdir(), `dsn-scale-${n}-`));
  copyProject(root, dir);
  linkNodeModules(root, dir);
  for (const { file, text } of pages) writeFileSync(join(dir, file), text);
  return dir;
}

/**
 * Builds a copy with `n` service pages once, then deletes it.
 * @param {string} root this project
 * @param {number} n
 * @param {number} timeoutMs stop the build after this long (0: never)
 * @returns {Promise<{ pages: number, ok: boolean, timedOut: boolean, seconds: number, pagesRendered: number,
 *   peakRssMiB: number, error?: string }>} pagesRendered counts the service pages Astro logged
 */
export async function benchScale(root, n, timeoutMs) {
  const dir = await makeScaleCopy(root, n);
  try {
    let rendered = 0;
    const onOutput = (chunk) => (rendered += chunk.match(/\/services\/[^/\s]+\/index\.html/g)?.length ?? 0);
    const result = await run("npm", ["run", "build"], { cwd: dir, timeoutMs, onOutput });
    const error = result.timedOut
      ? `stopped after ${Math.round(timeoutMs / 1000)} s, ${rendered} of ${n} pages rendered`
      : !result.ok && result.output.split("\n").slice(-15).join("\n");
    return {
      pages: n,
      ok: result.ok,
      timedOut: result.timedOut,
      seconds: result.seconds,
      pagesRendered: rendered,
      peakRssMiB: result.peakRssBytes / 2 ** 20,
      ...(error && { error }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
