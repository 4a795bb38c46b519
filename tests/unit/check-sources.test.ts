import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSourceReport,
  collectCitations,
  formatSourceReport,
  statesCitation,
  writtenForms,
  type CitingPage,
  type Fetched,
} from "@/lib/sourceCheck";

describe("writtenForms", () => {
  it.each<[string, "number" | "date", string[]]>([
    ["1,048,576", "number", ["1,048,576", "1048576"]],
    ["15", "number", ["15"]],
    ["2024-07-25", "date", ["2024-07-25", "July 25, 2024", "25 July 2024", "Jul 25, 2024", "25 Jul 2024"]],
    ["2023-05", "date", ["2023-05", "May 2023", "May 2023"]],
  ])("%s (%s)", (value, kind, expected) => {
    expect(writtenForms({ value, kind })).toEqual(expected);
  });
});

describe("statesCitation", () => {
  it.each<[string, string, string, string | undefined, boolean]>([
    ["a number with its unit", "Retention is 14 days at most.", "14", "days", true],
    ["a grouped number written plain", "up to 1048576 bytes", "1,048,576", "bytes", true],
    ["a number inside a grouped number", "up to 2,560 KB", "256", "KB", false],
    ["a number inside a decimal", "about 10.5 GB", "10", "GB", false],
    ["a decimal number", "0.5 to 256 DCUs", "0.5", "DCUs", true],
    ["a short number far from its unit", `14 ${"x".repeat(80)} days`, "14", "days", false],
    ["a short number with its unit in the singular", "a timeout of 1 second", "1", "seconds", true],
    [
      "a long number with no unit near",
      `The quota is 10,000. ${"x".repeat(80)}`,
      "10,000",
      "namespaces",
      true,
    ],
    ["the number gone", "Up to 1 MB.", "256", "KB", false],
  ])("%s", (_, text, value, unit, expected) => {
    expect(statesCitation(text, { value, kind: "number", unit })).toBe(expected);
  });

  it.each<[string, string, string, boolean]>([
    ["a day as AWS writes it", "effective July 25, 2024.", "2024-07-25", true],
    ["a day written day first", "from 25 July 2024", "2024-07-25", true],
    ["another day", "effective July 26, 2024.", "2024-07-25", false],
    ["a month", "In May 2023, AWS", "2023-05", true],
  ])("%s", (_, text, value, expected) => {
    expect(statesCitation(text, { value, kind: "date" })).toBe(expected);
  });
});

const page = (data: Partial<CitingPage["data"]>): CitingPage => ({
  file: "src/content/services/x.mdx",
  data: { title: "X", sources: [{ title: "a", url: "https://a/" }], ...data },
});

describe("collectCitations", () => {
  it("takes every key number and every dated state, change and notice; undated states are not citations", () => {
    const citations = collectCitations([
      page({
        status: { state: "retired", date: "2026-01-27", source: "https://a/" },
        notices: [
          { offering: "Old", date: "2025-03", source: "https://b/" },
          { offering: "Undated", source: "https://c/" },
        ],
        history: [{ date: "2023-08-30", note: "Renamed.", source: "https://d/" }],
        keyNumbers: [{ what: "Size", value: 1, unit: "MiB", source: "https://e/" }],
      }),
    ]);
    expect(citations.map((c) => [c.kind, c.what, c.value, c.source])).toEqual([
      ["number", "Size", "1", "https://e/"],
      ["date", "X: retired", "2026-01-27", "https://a/"],
      ["date", "Old", "2025-03", "https://b/"],
      ["date", "Renamed.", "2023-08-30", "https://d/"],
    ]);
  });
});

describe("buildSourceReport", () => {
  const pages = [
    page({
      keyNumbers: [
        { what: "Kept", value: 4, unit: "days", source: "https://a/" },
        { what: "Changed", value: 256, unit: "KB", source: "https://a/" },
        { what: "On a gone page", value: 5, unit: "days", source: "https://gone/" },
      ],
      sources: [
        { title: "a", url: "https://a/" },
        { title: "gone", url: "https://gone/" },
        { title: "moved", url: "https://moved/" },
        { title: "prose", url: "https://prose/" },
      ],
    }),
  ];
  const fetched = new Map<string, Fetched>([
    ["https://a/", { ok: true, url: "https://a/", finalUrl: "https://a/", text: "Kept 4 days; now 1 MB" }],
    ["https://gone/", { ok: false, url: "https://gone/", status: 404, error: "Not Found" }],
    ["https://moved/", { ok: true, url: "https://moved/", finalUrl: "https://new/", text: "" }],
    ["https://prose/", { ok: true, url: "https://prose/", finalUrl: "https://prose/#main", text: "" }],
  ]);
  const report = buildSourceReport(pages, fetched);

  it("lists the values a page no longer shows, once per value, and none on a page that is gone", () => {
    expect(report.stale.map((c) => c.what)).toEqual(["Changed"]);
  });

  it("lists moved and gone pages with the files that cite them; a #fragment is no move", () => {
    expect(report.moved).toEqual([
      { url: "https://moved/", to: "https://new/", files: ["src/content/services/x.mdx"] },
    ]);
    expect(report.gone).toEqual([
      { url: "https://gone/", reason: "HTTP 404", files: ["src/content/services/x.mdx"] },
    ]);
  });

  it("lists the sources only the prose rests on", () => {
    expect(report.proseOnly.map((p) => p.url)).toEqual(["https://moved/", "https://prose/"]);
  });

  it("sums up in its last line", () => {
    expect(formatSourceReport(report).split("\n").at(-1)).toBe(
      "3 statements on 4 AWS pages checked: 1 stale, 1 moved, 1 gone",
    );
  });
});

// The command itself, as a maintainer runs it, against saved fixture pages served on this machine in
// place of AWS's (the project's machines cannot reach AWS).
describe("npm run check-sources on fixture pages", () => {
  const FIXTURES = "tests/fixtures/sources";
  let server: Server;
  let origin = "";

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = new URL(request.url!, "http://x").pathname;
      if (path === "/example/latest/moved.html") {
        response.writeHead(301, { location: "/example/latest/new-place.html" }).end();
        return;
      }
      try {
        const html = readFileSync(join(FIXTURES, "aws", path.replace("/example/latest/", "")), "utf8");
        response.writeHead(200, { "content-type": "text/html" }).end(html);
      } catch {
        response.writeHead(404).end("Not found");
      }
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("reports what to re-read and exits 1", async () => {
    const run = promisify(execFile)(
      process.execPath,
      [
        "scripts/check-sources.mjs",
        "--content",
        join(FIXTURES, "services"),
        "--origin",
        `https://docs.aws.amazon.com=${origin}`,
      ],
      { encoding: "utf8" },
    );
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const out = failure!.stdout;
    const q = "tests/fixtures/sources/services/queue.mdx";
    const aws = "https://docs.aws.amazon.com/example/latest";
    expect(out).toContain(`${q}: "Maximum event size" = 256 KB not found on ${aws}/events.html`);
    expect(out).toContain(`${aws}/moved.html -> ${aws}/new-place.html (cited by ${q})`);
    expect(out).toContain(`${aws}/gone.html: HTTP 404 (cited by ${q})`);
    expect(out).toContain(`${q}: ${aws}/what-is.html`);
    // The status date, the retention numbers and the grouped size are still on their pages.
    expect(out).not.toMatch(/"Message retention period"|"Maximum message size"|closed-to-new-customers" =/);
    expect(out.trim().split("\n").at(-1)).toBe(
      "7 statements on 6 AWS pages checked: 1 stale, 1 moved, 1 gone",
    );
  }, 60_000);
});
