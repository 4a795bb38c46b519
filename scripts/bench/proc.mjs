// Runs a command as its own process group, timing it and sampling the resident memory of its whole
// process tree from /proc (the sum of VmRSS over the process and all its descendants).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";

const SAMPLE_MS = 200;
const TAIL_CHARS = 8000;

/** The environment for child processes: this Node (24) first on PATH, and no Astro telemetry. */
export function childEnv(extra = {}) {
  return {
    ...process.env,
    PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

/** Reads one field of a /proc file, or undefined when the process is gone. */
function readProc(pid, file) {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined;
  }
}

/** The parent pid of every live process. */
function parentMap() {
  const parents = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(name, "stat");
    // The command name may hold spaces and parentheses; the fields after the last ")" are fixed.
    const fields = stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields) parents.set(Number(name), Number(fields[1]));
  }
  return parents;
}

/** The summed VmRSS, in bytes, of `root` and all its descendants. */
function treeRss(root) {
  const parents = parentMap();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    const kb = /VmRSS:\s+(\d+)/.exec(readProc(pid, "status") ?? "")?.[1];
    total += Number(kb ?? 0) * 1024;
  }
  return total;
}

/**
 * Runs `command args` in `cwd` and resolves when it ends (it never rejects on a failed command).
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, onOutput?: (chunk: string) => void }}
 *   options `timeoutMs` stops the command after that long (0: never); `onOutput` sees all its output
 * @returns {Promise<{ ok: boolean, code: number | null, timedOut: boolean, seconds: number,
 *   peakRssBytes: number, output: string }>} `output` is the tail of stdout and stderr together.
 */
export function run(command, args, { cwd, env = childEnv(), timeoutMs = 0, onOutput = () => {} }) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let peakRssBytes = 0;
    let timedOut = false;
    const keep = (chunk) => {
      output = (output + chunk).slice(-TAIL_CHARS);
      onOutput(String(chunk));
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const sample = () => (peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid)));
    const sampler = setInterval(sample, SAMPLE_MS);
    const timer =
      timeoutMs > 0 &&
      setTimeout(() => {
        timedOut = true;
        killGroup(child.pid);
      }, timeoutMs);
    child.on("close", (code) => {
      clearInterval(sampler);
      if (timer) clearTimeout(timer);
      const seconds = (performance.now() - start) / 1000;
      resolve({ ok: code === 0 && !timedOut, code, timedOut, seconds, peakRssBytes, output });
    });
    sample();
  });
}

/** Stops a process group this script started. */
export function killGroup(pid) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** Like `run`, but throws with the command's output when it fails. */
export async function runOrThrow(command, args, options) {
  const result = await run(command, args, options);
  if (!result.ok) {
    const why = result.timedOut ? "timed out" : `exited with ${result.code}`;
    throw new Error(`${command} ${args.join(" ")} in ${options.cwd} ${why}:\n${result.output}`);
  }
  return result;
}
