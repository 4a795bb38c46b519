import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlPages } from "../../scripts/built-pages.mjs";
import {
  findBrokenLinks,
  indexedText,
  pagePath,
  readBuiltSite,
  sitemapLocations,
} from "../helpers/built-site";
import { buildEnv } from "../../scripts/build-env.mjs";
import { CONTENT_SECURITY_POLICY } from "@/site";

// These tests read dist/, which the build tests' global setup makes a fresh build of.
const run = promisify(execFile);
const DIST = "dist";

describe("the built site", () => {
  // Every page parsed once (linkedom), for the checks below that read elements and attributes.
  let pages: Map<string, Document>;
  beforeAll(() => {
    pages = readBuiltSite(DIST);
  }, 120_000);

  it("has every internal link, #fragment and asset resolving", () => {
    expect(findBrokenLinks(DIST, "/", pages)).toEqual([]);
  });

  // One test per page: html-validate over all 81 pages in one test took 48 s at load average 16.
  describe("has valid HTML (html-validate)", () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: {
        // Mermaid's SVG and Tailwind use style attributes and <style> elements by design.
        "no-inline-style": "off",
        // Long lines of prose in MDX are fine.
        "long-title": "off",
      },
    });
    it("on every page of the build", () => expect(htmlPages(DIST).length).toBeGreaterThan(20));
    it.each(htmlPages(DIST))("%s", async (file) => {
      const report = await validator.validateFile(join(DIST, file));
      const errors = report.results.flatMap((result) =>
        result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      expect(errors).toEqual([]);
    });
  });

  it("marks every link that leaves the site rel=noopener", () => {
    const missing = [...pages].flatMap(([file, document]) =>
      [...document.querySelectorAll('a[href^="http:"], a[href^="https:"]')]
        .filter((a) => !(a.getAttribute("rel") ?? "").split(/\s+/).includes("noopener"))
        .map((a) => `${file}: ${a.getAttribute("href")}`),
    );
    expect(missing).toEqual([]);
  });

  it("sends the same Content-Security-Policy in every page and in public/_headers", () => {
    const headers = readFileSync("public/_headers", "utf8");
    expect(headers).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    for (const name of [
      "X-Content-Type-Options: nosniff",
      "Referrer-Policy:",
      "Permissions-Policy:",
      "/_astro/*",
      "immutable",
    ]) {
      expect(headers).toContain(name);
    }
    const scriptSrc = CONTENT_SECURITY_POLICY.split("; ").find((d) => d.startsWith("script-src "));
    // Scripts come from the site itself; the one inline script (the theme's) is allowed by its hash.
    expect(scriptSrc).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+\/=]+')*$/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    const withoutPolicy = [...pages]
      .filter(([, document]) => {
        const meta = document.querySelector('meta[http-equiv="content-security-policy" i]');
        return meta?.getAttribute("content") !== CONTENT_SECURITY_POLICY;
      })
      .map(([file]) => file);
    expect(withoutPolicy).toEqual([]);
  });

  it("keeps the words of neighbouring table cells apart in the search index", () => {
    const text = indexedText(DIST);
    const glued: string[] = [];
    let pairs = 0;
    for (const [file, document] of pages) {
      const content = text.get(pagePath(file));
      if (content === undefined) continue;
      for (const row of document.querySelectorAll("tr")) {
        const cells = [...row.children].map((cell) => cell.textContent?.trim() ?? "");
        for (let i = 1; i < cells.length; i++) {
          if (!cells[i - 1] || !cells[i]) continue;
          pairs++;
          const together = `${cells[i - 1]!.split(/\s+/).at(-1)}${cells[i]!.split(/\s+/)[0]}`;
          if (content.includes(together)) glued.push(`${pagePath(file)}: "${together}"`);
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
    expect(glued).toEqual([]);
  });

  it("has no inline script on any page but those its Content-Security-Policy allows by hash", () => {
    // JSON data blocks are never run, so the CSP needs no hash for them.
    const allowed = new Set([...CONTENT_SECURITY_POLICY.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]));
    const refused = [...pages].flatMap(([file, document]) =>
      [...document.querySelectorAll('script:not([src]):not([type="application/json"])')]
        .map((script) => `sha256-${createHash("sha256").update(script.textContent!).digest("base64")}`)
        .filter((hash) => !allowed.has(hash))
        .map((hash) => `${file}: ${hash}`),
    );
    expect(allowed.size).toBeGreaterThan(0);
    expect(refused).toEqual([]);
  });
});

describe("the site under a base path", () => {
  const out = mkdtempSync(join(tmpdir(), "dsn-base-"));
  const base = "/data-services-notes/";
  beforeAll(async () => {
    await run("npx", ["astro", "build"], { env: buildEnv({ BASE_PATH: base, OUT_DIR: out }) });
    // A whole build: 1 min on a quiet machine, over 3 at load average 16, as the precache test's build.
  }, 420_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("resolves every internal link, fragment and asset", () => {
    expect(htmlPages(out).length).toBeGreaterThan(20);
    expect(findBrokenLinks(out, base)).toEqual([]);
  }, 120_000);

  it("points the sitemap and robots.txt at the base path", () => {
    expect(readFileSync(join(out, "robots.txt"), "utf8")).toMatch(
      /Sitemap: https?:\/\/[^/]+\/data-services-notes\/sitemap-index\.xml/,
    );
    const locations = sitemapLocations(readFileSync(join(out, "sitemap-0.xml"), "utf8"));
    expect(locations.map((loc) => new URL(loc).pathname)).toContain("/data-services-notes/services/athena/");
  });
});
