import { readFileSync } from "node:fs";
import { parse } from "yaml";

/**
 * Sorts entries of a collection loaded from one YAML map into the order of the file. Astro's data
 * store keeps entries sorted by id, so where the file's order means something (the needs, in the
 * order a reader meets them), it is read from the file itself. Entries not in the file go last.
 */
export function sortInFileOrder<E extends { id: string }>(entries: E[], yamlFile: string): E[] {
  const keys = Object.keys((parse(readFileSync(yamlFile, "utf8")) as Record<string, unknown>) ?? {});
  const position = (id: string) => {
    const i = keys.indexOf(id);
    return i === -1 ? keys.length : i;
  };
  return [...entries].sort((a, b) => position(a.id) - position(b.id));
}
