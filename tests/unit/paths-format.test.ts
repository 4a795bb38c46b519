import { describe, expect, it } from "vitest";
import {
  categoryPath,
  checkInternalLink,
  comparisonPath,
  findLine,
  isExternal,
  servicePath,
  withBase,
} from "@/lib/paths";
import { countOf, describeLifecycle, formatDate, formatKeyNumber, type KeyNumberText } from "@/lib/format";

const routes = new Set(["/", "/services/athena/", "/compare/glue-vs-dms/"]);

describe("checkInternalLink", () => {
  it.each<[string, string | undefined]>([
    ["/services/athena/", undefined],
    ["/services/athena/#key-facts", undefined],
    ["/compare/glue-vs-dms/?q=x", undefined],
    ["/", undefined],
    ["https://docs.aws.amazon.com/athena/", undefined],
    ["#key-facts", undefined],
    ["/services/athena", '"/services/athena" needs a trailing slash: "/services/athena/"'],
    ["/services/nothing/", '"/services/nothing/" is not a page of this site'],
  ])("%s", (href, expected) => {
    expect(checkInternalLink(href, routes)).toBe(expected);
  });
});

describe("withBase", () => {
  // Without a base it reads Vite's BASE_URL, which is "/" under vitest.
  it.each<[string, string | undefined, string]>([
    ["/services/s3/", undefined, "/services/s3/"],
    ["#sources", undefined, "#sources"],
    ["/services/s3/", "/", "/services/s3/"],
    ["/services/s3/", "/data-services-notes/", "/data-services-notes/services/s3/"],
    ["/services/s3/", "/data-services-notes", "/data-services-notes/services/s3/"],
    ["/", "/data-services-notes/", "/data-services-notes/"],
    ["https://docs.aws.amazon.com/", "/data-services-notes/", "https://docs.aws.amazon.com/"],
    ["#sources", "/base/", "#sources"],
  ])("%s under %s", (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe("paths", () => {
  it.each<[string, string]>([
    [servicePath("athena"), "/services/athena/"],
    [comparisonPath("glue-vs-dms"), "/compare/glue-vs-dms/"],
    [categoryPath("storage"), "/categories/storage/"],
  ])("%s", (actual, expected) => expect(actual).toBe(expected));

  it.each<[string, boolean]>([
    ["https://docs.aws.amazon.com/", true],
    ["http://example.com", true],
    ["mailto:a@b.c", true],
    ["/services/s3/", false],
    ["#x", false],
  ])("isExternal(%s) is %s", (href, expected) => expect(isExternal(href)).toBe(expected));
});

describe("findLine", () => {
  const source =
    "---\ntitle: X\n---\n\nSee [S3](/services/s3/).\nAnd [Glue](/services/glue/) and [S3](/services/s3/).\n";
  it.each<[string, number | undefined]>([
    ["---", 1],
    ["title: X", 2],
    ["(/services/s3/)", 5],
    ["(/services/glue/)", 6],
    ["\nAnd", 5],
    ["(/services/nothing/)", undefined],
    ["", undefined],
  ])("%j is on line %s", (needle, expected) => expect(findLine(source, needle)).toBe(expected));
});

describe("formatDate and describeLifecycle", () => {
  it.each<[string, string]>([
    ["2024-07-25", "July 25, 2024"],
    ["2023-05", "May 2023"],
    ["2026-01-01", "January 1, 2026"],
  ])("%s reads %s", (iso, expected) => expect(formatDate(iso)).toBe(expected));

  it("rejects what is not a date", () =>
    expect(() => formatDate("soon")).toThrow('not a YYYY-MM or YYYY-MM-DD date: "soon"'));

  it.each<[Parameters<typeof describeLifecycle>, string]>([
    [["closed-to-new-customers", "2024-07-25"], "Closed to new customers since July 25, 2024"],
    [["retired", "2026-01-27"], "Retired since January 27, 2026"],
    [["maintenance"], "Maintenance mode"],
  ])("%j", (args, expected) => expect(describeLifecycle(...args)).toBe(expected));
});

describe("countOf", () => {
  it.each<[number, string, string | undefined, string]>([
    [0, "service", undefined, "0 services"],
    [1, "service", undefined, "1 service"],
    [2, "card", undefined, "2 cards"],
    [1, "relation", undefined, "1 relation"],
    [3, "child", "children", "3 children"],
  ])("countOf(%i, %j)", (count, singular, plural, expected) => {
    expect(countOf(count, singular, plural)).toBe(expected);
  });
});

describe("formatKeyNumber", () => {
  it.each<[KeyNumberText, string]>([
    [
      { what: "Maximum size of a data record", value: "1", unit: "MiB", kind: "default" },
      "Maximum size of a data record: 1 MiB (default)",
    ],
    [
      { what: "Message retention period", value: "14", unit: "days", kind: "maximum" },
      "Message retention period: 14 days (maximum)",
    ],
    [
      { what: "Function timeout", value: "1", unit: "second", kind: "minimum" },
      "Function timeout: 1 second (minimum)",
    ],
    [{ what: "vCPUs in one DPU", value: "4", unit: "vCPUs", kind: "fixed" }, "vCPUs in one DPU: 4 vCPUs"],
  ])("%j", (number, expected) => {
    expect(formatKeyNumber(number)).toBe(expected);
  });
});
