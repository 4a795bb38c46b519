import { formatValue, type KeyNumberText } from "./format";

/** A Markdown table: a header row, then one row per entry; pipes in cells are escaped. */
export function markdownTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) =>
    `| ${cells.map((c) => c.replaceAll("|", "\\|").replace(/\s+/g, " ")).join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The parts of a page that its Markdown version shows around its body. */
export interface MarkdownArticle {
  title: string;
  summary: string;
  /** The page's address on the site. */
  url: string;
  /** The body as plain Markdown (remarkMarks). */
  body: string;
  /** Lines shown under the summary: former names, status. */
  notes?: string[];
  /** A table shown before the body (a comparison's rows). */
  table?: { headers: string[]; rows: string[][] };
  keyNumbers?: (KeyNumberText & { source: string })[];
  sources: { title: string; url: string }[];
  lastChecked: string;
}

/** An article as one Markdown document: title, summary, notes, table, body, key numbers, sources. */
export function renderMarkdownArticle(a: MarkdownArticle): string {
  const parts = [`# ${a.title}`, `> ${a.summary}`, ...(a.notes ?? [])];
  if (a.table) parts.push(markdownTable(a.table.headers, a.table.rows));
  parts.push(a.body);
  if (a.keyNumbers?.length) {
    parts.push(
      "## Key numbers",
      markdownTable(
        ["What", "Value", "Source"],
        a.keyNumbers.map((n) => [n.what, formatValue(n), n.source]),
      ),
    );
  }
  parts.push("## Sources", a.sources.map((s) => `- [${s.title}](${s.url})`).join("\n"));
  parts.push(`Checked ${a.lastChecked}. Web page: ${a.url}`);
  return `${parts.join("\n\n")}\n`;
}
