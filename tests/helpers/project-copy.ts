import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What a build reads; .gitignore too, which also tells Tailwind which files to leave unscanned. */
const SOURCES = [
  "src",
  "public",
  "diagrams",
  "scripts",
  "astro.config.mjs",
  "package.json",
  "tsconfig.json",
  ".gitignore",
];

/** Where Astro and Vite keep their caches, in node_modules: shared, another build could change them mid-way. */
const CACHES = [".astro", ".vite"];

/**
 * A copy of the project's sources in a temporary folder, to build and change freely: each package linked,
 * the build caches its own.
 */
export function copyProject(prefix: string): string {
  const root = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const part of SOURCES) cpSync(join(root, part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(root, "node_modules")).filter((n) => !CACHES.includes(n))) {
    symlinkSync(join(root, "node_modules", name), join(dir, "node_modules", name));
  }
  return dir;
}
