import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sortInFileOrder } from "@/lib/fileOrder";

const dir = mkdtempSync(join(tmpdir(), "file-order-"));
const yamlFile = join(dir, "needs.yaml");
writeFileSync(yamlFile, "# comment\nzebra:\n  label: Z\napple:\n  label: A\nmango:\n  label: M\n");

describe("sortInFileOrder", () => {
  it.each<[string, string[], string[]]>([
    ["nothing", [], []],
    ["sorted by id becomes the file's order", ["apple", "mango", "zebra"], ["zebra", "apple", "mango"]],
    ["an id not in the file goes last", ["kiwi", "mango", "zebra"], ["zebra", "mango", "kiwi"]],
  ])("%s", (_, ids, expected) => {
    expect(
      sortInFileOrder(
        ids.map((id) => ({ id })),
        yamlFile,
      ).map((e) => e.id),
    ).toEqual(expected);
  });
});
