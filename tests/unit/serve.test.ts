import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHeaders } from "../../scripts/serve/headers.mjs";
import { serve } from "../../scripts/serve.mjs";

const HEADERS_FILE = readFileSync("public/_headers", "utf8");
const RULES = parseHeaders(HEADERS_FILE);
/** A path each rule of public/_headers matches: its wildcards filled in. */
const probePath = (pattern: string) => pattern.replaceAll("*", "probe.txt").replace(/:[A-Za-z]\w*/g, "x");

/** A small built site: a page per kind of address the server must tell apart. */
const SITE: Record<string, string> = {
  "index.html": "home page",
  "404.html": "not found page",
  "services/s3/index.html": "s3 page",
  "pagefind/index.pf_fragment": "bytes",
  ".build-stamp.json": "{}",
  _headers: HEADERS_FILE,
  ...Object.fromEntries(RULES.map((rule) => [probePath(rule.pattern).slice(1), "probe"])),
};

const root = mkdtempSync(join(tmpdir(), "dsn-serve-"));
const servers: Server[] = [];
/** Serves the fixture under `base`; returns a fetch of a raw path that never follows redirects. */
async function start(base: string) {
  const server = await serve({ root, base, port: 0 });
  servers.push(server);
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return (path: string) => fetch(`${origin}${path}`, { redirect: "manual" });
}

beforeAll(() => {
  for (const [file, text] of Object.entries(SITE)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
});
afterAll(() => {
  servers.forEach((server) => server.close());
  rmSync(root, { recursive: true, force: true });
});

type Expected = { status: number; body?: string; location?: string; type?: string };

describe.each<[string, [path: string, expected: Expected][]]>([
  [
    "/",
    [
      ["/", { status: 200, body: "home page", type: "text/html;charset=utf-8" }],
      ["/services/s3/", { status: 200, body: "s3 page" }],
      ["/services/s3", { status: 301, location: "/services/s3/" }],
      ["/services/s3?from=search", { status: 301, location: "/services/s3/?from=search" }],
      ["/services/nothing/", { status: 404, body: "not found page", type: "text/html; charset=utf-8" }],
      ["/%E0%A4%A", { status: 400 }],
      ["/services/s3/", { status: 200, body: "s3 page" }],
      ["/%00", { status: 400 }],
      ["/_headers", { status: 404, body: "not found page" }],
      ["/.build-stamp.json", { status: 404, body: "not found page" }],
      ["/%2e%2e/%2e%2e/etc/hostname", { status: 404, body: "not found page" }],
      ["/services/..%2F..%2F..%2Fetc/hostname", { status: 404, body: "not found page" }],
      ["/pagefind/index.pf_fragment", { status: 200, type: "application/octet-stream" }],
    ],
  ],
  [
    "/data-services-notes/",
    [
      ["/data-services-notes/", { status: 200, body: "home page" }],
      ["/data-services-notes", { status: 301, location: "/data-services-notes/" }],
      ["/data-services-notes/services/s3", { status: 301, location: "/data-services-notes/services/s3/" }],
      ["/data-services-notes/services/s3/", { status: 200, body: "s3 page" }],
      ["/services/s3/", { status: 404, body: "not found page" }],
      ["/data-services-notes/nothing/", { status: 404, body: "not found page" }],
    ],
  ],
])("serving under %s", (base, requests) => {
  let get: (path: string) => Promise<Response>;
  beforeAll(async () => {
    get = await start(base);
  });

  // In order, on one server: a row after a 400 shows the server still answers.
  it("answers each address in turn", async () => {
    const answers: [string, Expected][] = [];
    for (const [path, expected] of requests) {
      const response = await get(path);
      const text = await response.text();
      answers.push([
        path,
        {
          status: response.status,
          ...(expected.body !== undefined && { body: text }),
          ...(expected.location !== undefined && { location: response.headers.get("location") ?? "" }),
          ...(expected.type !== undefined && { type: response.headers.get("content-type") ?? "" }),
        },
      ]);
    }
    expect(answers).toEqual(requests);
  });
});

describe("the headers of public/_headers", () => {
  it.each(RULES.map((rule) => [rule.pattern, probePath(rule.pattern), rule.headers] as const))(
    "%s arrive on %s",
    async (_, path, headers) => {
      const get = await start("/");
      const response = await get(path);
      expect(response.status).toBe(200);
      for (const [name, value] of headers) expect(response.headers.get(name), name).toContain(value);
    },
  );

  it("arrive on the 404 page too", async () => {
    const get = await start("/");
    const response = await get("/services/nothing/");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
  });
});

/** A GET of `path` that leaves the body as sent (fetch would decode it and pick its own encodings). */
function getRaw(server: Server, path: string, acceptEncoding: string) {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
    const headers = { "accept-encoding": acceptEncoding };
    request(`http://localhost:${port}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }),
      );
    })
      .on("error", reject)
      .end();
  });
}

// As the site's hosts do: text goes out gzipped to a browser that accepts it, so what the bench's
// Lighthouse times is what a reader downloads.
describe("compression", () => {
  it.each<[path: string, acceptEncoding: string, encoding: string | undefined, file: string]>([
    ["/", "gzip, deflate, br", "gzip", "index.html"],
    ["/services/s3/", "gzip", "gzip", "services/s3/index.html"],
    ["/services/nothing/", "gzip", "gzip", "404.html"],
    ["/pagefind/index.pf_fragment", "gzip", undefined, "pagefind/index.pf_fragment"],
    ["/", "identity", undefined, "index.html"],
  ])("%s with Accept-Encoding %s goes out as %s", async (path, acceptEncoding, encoding, file) => {
    const server = await serve({ root, base: "/", port: 0 });
    servers.push(server);
    const answer = await getRaw(server, path, acceptEncoding);
    expect(answer.encoding).toBe(encoding);
    expect((encoding ? gunzipSync(answer.body) : answer.body).toString()).toBe(SITE[file]);
  });
});
