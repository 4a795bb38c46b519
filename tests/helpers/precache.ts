import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readManifest } from "../../scripts/build-service-worker.mjs";

/** An entry of a built worker's precache, with the file of the built site it stands for. */
export interface PrecachedFile {
  url: string;
  revision: string | null;
  /** The path under the built site: services/s3/ → services/s3/index.html. */
  file: string;
  bytes: number;
}

/** The built file a precache URL stands for: ./ → index.html, services/s3/ → services/s3/index.html. */
export const distFile = (url: string) => (url.endsWith("/") ? `${url.replace(/^\.\/$/, "")}index.html` : url);

/** The precache of the worker built into `dist`, each entry with its file and size. */
export function readPrecache(dist: string): PrecachedFile[] {
  return readManifest(readFileSync(join(dist, "sw.js"), "utf8")).map((entry) => {
    const file = distFile(entry.url);
    return { ...entry, file, bytes: statSync(join(dist, file)).size };
  });
}
