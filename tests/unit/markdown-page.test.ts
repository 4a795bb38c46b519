import { describe, expect, it } from "vitest";
import { markdownTable, renderMarkdownArticle } from "@/lib/markdownPage";
import { markdownPathOf } from "@/lib/paths";
import { reportProblemUrl } from "@/lib/reportLink";

describe("markdownTable", () => {
  it.each<[string[], string[][], string]>([
    [["A", "B"], [], "| A | B |\n| --- | --- |"],
    [["What", "Value"], [["Size", "1 | 2"]], "| What | Value |\n| --- | --- |\n| Size | 1 \\| 2 |"],
    [["X"], [["two\n lines"]], "| X |\n| --- |\n| two lines |"],
  ])("%j", (headers, rows, expected) => {
    expect(markdownTable(headers, rows)).toBe(expected);
  });
});

describe("renderMarkdownArticle", () => {
  const article = {
    title: "Amazon SQS",
    summary: "A managed message queue.",
    url: "https://example.org/services/sqs/",
    body: "## Key facts\n\n- A fact.",
    sources: [{ title: "SQS guide", url: "https://docs.aws.amazon.com/sqs/" }],
    lastChecked: "2026-12-01",
  };
  it("puts title, summary, body, sources and the page's address in order", () => {
    expect(renderMarkdownArticle(article)).toBe(
      "# Amazon SQS\n\n> A managed message queue.\n\n## Key facts\n\n- A fact.\n\n## Sources\n\n- [SQS guide](https://docs.aws.amazon.com/sqs/)\n\nChecked 2026-12-01. Web page: https://example.org/services/sqs/\n",
    );
  });
  it("adds notes, a table and key numbers with their sources", () => {
    const text = renderMarkdownArticle({
      ...article,
      notes: ["Formerly Amazon Queue."],
      table: { headers: ["", "SQS"], rows: [["Purpose", "Queue"]] },
      keyNumbers: [
        {
          what: "Maximum message size",
          value: "1",
          unit: "MiB",
          kind: "maximum",
          source: "https://docs.aws.amazon.com/sqs/",
        },
      ],
    });
    expect(text).toContain("> A managed message queue.\n\nFormerly Amazon Queue.\n\n|  | SQS |");
    expect(text).toContain(
      "## Key numbers\n\n| What | Value | Source |\n| --- | --- | --- |\n| Maximum message size | 1 MiB (maximum) | https://docs.aws.amazon.com/sqs/ |",
    );
  });
});

describe("markdownPathOf", () => {
  it.each([
    ["/services/athena/", "/services/athena.md"],
    ["/data-services-notes/compare/glue-vs-dms/", "/data-services-notes/compare/glue-vs-dms.md"],
  ])("%s → %s", (path, expected) => expect(markdownPathOf(path)).toBe(expected));
});

describe("reportProblemUrl", () => {
  it("opens the repository's new-issue form with the page's title and address", () => {
    const url = new URL(
      reportProblemUrl("https://github.com/me/fork/", "Amazon SQS", "https://example.org/services/sqs/"),
    );
    expect(url.origin + url.pathname).toBe("https://github.com/me/fork/issues/new");
    expect(url.searchParams.get("title")).toBe('Problem on "Amazon SQS"');
    expect(url.searchParams.get("body")).toContain("Page: https://example.org/services/sqs/");
  });
});
