import { formatDate } from "./format";

/**
 * What `npm run check-sources` checks: every key number and every dated state or change a page
 * states, against the text of the AWS page it cites. Pure functions; scripts/check-sources.mjs
 * fetches the pages and prints the report. The report says what to re-read; it never edits a page.
 */

/** One statement a page rests on one AWS page: a key number or a date. */
export interface Citation {
  /** The MDX file that states it. */
  file: string;
  /** How the report names it: the key number's "what", or the state's subject. */
  what: string;
  /** The text that must still appear on the cited page: a number or a date. */
  value: string;
  kind: "number" | "date";
  /** The key number's unit, which the number must stand near when it is short. */
  unit?: string;
  source: string;
}

/** The part of a service page's frontmatter the check reads (an entry's data fits it). */
export interface CitingPage {
  file: string;
  data: {
    title: string;
    status?: { state: string; date?: string; source?: string };
    notices?: { offering: string; date?: string; source?: string }[];
    history?: { date: string; note: string; source: string }[];
    keyNumbers?: { what: string; value: string | number; unit: string; source: string }[];
    sources: { title: string; url: string }[];
  };
}

/** Every key number and dated state of `pages`, with the page it cites. */
export function collectCitations(pages: CitingPage[]): Citation[] {
  return pages.flatMap(({ file, data }) => {
    const dates = [
      ...(data.status?.date && data.status.source
        ? [
            {
              what: `${data.title}: ${data.status.state}`,
              date: data.status.date,
              source: data.status.source,
            },
          ]
        : []),
      ...(data.notices ?? []).flatMap((n) =>
        n.date && n.source ? [{ what: n.offering, date: n.date, source: n.source }] : [],
      ),
      ...(data.history ?? []).map((h) => ({ what: h.note, date: h.date, source: h.source })),
    ];
    return [
      ...(data.keyNumbers ?? []).map((n) => ({
        file,
        what: n.what,
        value: String(n.value),
        kind: "number" as const,
        unit: n.unit,
        source: n.source,
      })),
      ...dates.map(({ what, date, source }) => ({ file, what, value: date, kind: "date" as const, source })),
    ];
  });
}

/** The sources a page lists that no key number or date cites: their facts are in prose, read by hand. */
export function proseOnlySources(pages: CitingPage[]): { file: string; url: string }[] {
  const cited = new Set(collectCitations(pages).map((c) => `${c.file} ${c.source}`));
  return pages.flatMap(({ file, data }) =>
    data.sources.filter((s) => !cited.has(`${file} ${s.url}`)).map((s) => ({ file, url: s.url })),
  );
}

const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The ways an AWS page may write a number or a date: "1,048,576" or "1048576"; "July 25, 2024", "25 July 2024", "2024-07-25". */
export function writtenForms(citation: Pick<Citation, "value" | "kind">): string[] {
  const { value, kind } = citation;
  if (kind === "number") return [...new Set([value, value.replaceAll(",", "")])];
  const [year, month, day] = value.split("-");
  const long = formatDate(value); // "July 25, 2024" or "May 2023"
  const name = long.split(" ")[0]!;
  const short = MONTHS_SHORT[Number(month) - 1]!;
  if (!day) return [value, long, `${short} ${year}`];
  const d = Number(day);
  return [value, long, `${d} ${name} ${year}`, `${short} ${d}, ${year}`, `${d} ${short} ${year}`];
}

/** A page's text for matching: one space between words, no-break spaces as spaces. */
export const normalizeText = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether `text` still states the citation. A number counts as a whole number (not inside "1,024" or
 * "10.5"); a number of one or two characters must also stand within 60 characters of its unit's
 * first word, or any lone "1" on the page would count.
 */
export function statesCitation(text: string, citation: Pick<Citation, "value" | "kind" | "unit">): boolean {
  const forms = writtenForms(citation).map(escape).join("|");
  const pattern =
    citation.kind === "number"
      ? new RegExp(`(?<![\\d.,])(?:${forms})(?![\\d]|[.,]\\d)`, "gi")
      : new RegExp(`(?<![\\d])(?:${forms})(?![\\d])`, "gi");
  const unitWord = citation.unit?.split(" ")[0]?.replace(/e?s$/i, "");
  const near = citation.kind === "number" && citation.value.length <= 2 && unitWord;
  for (const match of text.matchAll(pattern)) {
    if (!near) return true;
    const around = text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60);
    if (around.toLowerCase().includes(unitWord.toLowerCase())) return true;
  }
  return false;
}

/** What fetching one cited page gave. */
export type Fetched =
  | { ok: true; url: string; finalUrl: string; text: string }
  | { ok: false; url: string; status?: number; error: string };

/** What to re-read, by kind. */
export interface SourceReport {
  /** Statements whose value the cited page no longer shows. */
  stale: Citation[];
  /** Cited pages that now redirect elsewhere. */
  moved: { url: string; to: string; files: string[] }[];
  /** Cited pages that answered with an error or not at all. */
  gone: { url: string; reason: string; files: string[] }[];
  /** Sources no key number or date cites. */
  proseOnly: { file: string; url: string }[];
  /** How many statements and pages were checked. */
  checked: { citations: number; pages: number };
}

const sameAddress = (a: string, b: string) => {
  const strip = (u: string) => u.replace(/#.*$/, "").replace(/\/$/, "");
  return strip(a) === strip(b);
};

/** The report for `pages`, given what fetching each cited page gave (by URL). */
export function buildSourceReport(pages: CitingPage[], fetched: ReadonlyMap<string, Fetched>): SourceReport {
  const citations = collectCitations(pages);
  const urls = [...new Set(pages.flatMap((p) => p.data.sources.map((s) => s.url)))];
  const filesOf = (url: string) => [
    ...new Set(pages.filter((p) => p.data.sources.some((s) => s.url === url)).map((p) => p.file)),
  ];
  const moved: SourceReport["moved"] = [];
  const gone: SourceReport["gone"] = [];
  for (const url of urls) {
    const result = fetched.get(url);
    if (!result) gone.push({ url, reason: "not fetched", files: filesOf(url) });
    else if (!result.ok) {
      gone.push({ url, reason: result.status ? `HTTP ${result.status}` : result.error, files: filesOf(url) });
    } else if (!sameAddress(result.url, result.finalUrl)) {
      moved.push({ url, to: result.finalUrl, files: filesOf(url) });
    }
  }
  const stale = citations.filter((c) => {
    const result = fetched.get(c.source);
    // A page that is gone is reported once, as gone, not once per number on it.
    return result?.ok === true && !statesCitation(normalizeText(result.text), c);
  });
  return {
    stale,
    moved,
    gone,
    proseOnly: proseOnlySources(pages),
    checked: { citations: citations.length, pages: urls.length },
  };
}

/** The report as text a maintainer reads: what to re-read, page by page; the last line sums it up. */
export function formatSourceReport(report: SourceReport): string {
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`${title} (${items.length})`, ...items.map((i) => `  ${i}`), "");
  };
  section(
    "Values the cited page no longer shows: re-read the page, then fix the row or its source",
    report.stale.map(
      (c) => `${c.file}: "${c.what}" = ${c.value}${c.unit ? ` ${c.unit}` : ""} not found on ${c.source}`,
    ),
  );
  section(
    "Pages that moved: cite the new address after re-reading it",
    report.moved.map((m) => `${m.url} -> ${m.to} (cited by ${m.files.join(", ")})`),
  );
  section(
    "Pages that vanished or did not answer",
    report.gone.map((g) => `${g.url}: ${g.reason} (cited by ${g.files.join(", ")})`),
  );
  section(
    "Sources no key number or date cites: their facts are in the prose, re-read them by hand",
    report.proseOnly.map((p) => `${p.file}: ${p.url}`),
  );
  const problems = report.stale.length + report.moved.length + report.gone.length;
  lines.push(
    `${report.checked.citations} statements on ${report.checked.pages} AWS pages checked: ` +
      `${report.stale.length} stale, ${report.moved.length} moved, ${report.gone.length} gone` +
      (problems ? "" : "; nothing to re-read"),
  );
  return lines.join("\n");
}
