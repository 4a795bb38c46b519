import { describe, expect, it } from "vitest";
import { readContentPages } from "../helpers/content";

// Content rules the schema cannot state alone, checked on every real page.
describe("every real service page", () => {
  const pages = readContentPages("src/content/services");

  it("is there to check", () => expect(pages.length).toBeGreaterThan(0));

  it.each(pages.map((p) => [p.id, p.data] as const))("%s gives at least 3 key numbers", (_, data) => {
    expect((data.keyNumbers as unknown[] | undefined)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it.each(pages.map((p) => [p.id, p.marks.prose] as const))("%s never speaks of notes", (_, prose) => {
    expect(prose.map((run) => run.text).join(" ")).not.toMatch(/\b(the|older|these|our) notes\b/i);
  });
});
