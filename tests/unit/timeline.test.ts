import { describe, expect, it } from "vitest";
import { buildTimeline, buildUndated, type DatedService } from "@/lib/timeline";

const svc = (id: string, data: Partial<DatedService["data"]>): DatedService => ({
  id,
  data: { title: `Amazon ${id}`, status: { state: "available" }, notices: [], history: [], ...data },
});

describe("buildTimeline", () => {
  it.each<[string, DatedService[], [string, string, string][]]>([
    [
      "no dated change",
      [svc("s3", {}), svc("sqs", { notices: [{ offering: "X", state: "retired", note: "n" }] })],
      [],
    ],
    [
      "statuses, notices and history, newest first",
      [
        svc("pipe", {
          status: {
            state: "closed-to-new-customers",
            date: "2024-07-25",
            note: "Use Glue.",
            source: "https://a/",
          },
        }),
        svc("flink", {
          notices: [
            {
              offering: "KDA for SQL",
              state: "retired",
              date: "2026-01-27",
              note: "Move to Flink.",
              source: "https://b/",
            },
          ],
          history: [
            { date: "2023-08-30", event: "renamed", note: "KDA became Flink.", source: "https://c/" },
          ],
        }),
      ],
      [
        ["2026-01-27", "Retired", "KDA for SQL: retired."],
        ["2024-07-25", "Closed to new customers", "Amazon pipe: closed to new customers."],
        ["2023-08-30", "Renamed", "KDA became Flink."],
      ],
    ],
    [
      "a month sorts with its days",
      [
        svc("a", {
          history: [{ date: "2024-09", event: "generally-available", note: "A.", source: "https://a/" }],
        }),
        svc("b", {
          history: [{ date: "2024-09-30", event: "generally-available", note: "B.", source: "https://b/" }],
        }),
      ],
      [
        ["2024-09-30", "Generally available", "B."],
        ["2024-09", "Generally available", "A."],
      ],
    ],
  ])("%s", (_, services, expected) => {
    expect(buildTimeline(services).map((e) => [e.date, e.kind, e.summary])).toEqual(expected);
  });

  it("keeps each event's source and gives it a stable id", () => {
    const [event] = buildTimeline([
      svc("glue", {
        notices: [
          {
            offering: "Glue for Ray",
            state: "closed-to-new-customers",
            date: "2026-04-30",
            note: "n",
            source: "https://r/",
          },
        ],
      }),
    ]);
    expect(event).toMatchObject({
      id: "glue-closed-to-new-customers-2026-04-30",
      source: "https://r/",
      serviceId: "glue",
    });
  });
});

describe("buildUndated", () => {
  it.each<[string, DatedService[], [string, string, string][]]>([
    ["no closure", [svc("s3", {})], []],
    [
      "closures AWS states without a date, with their pages; dated ones and unsourced ones left out",
      [
        svc("snow", {
          status: { state: "closed-to-new-customers", note: "Use DataSync.", source: "https://s/" },
          notices: [
            { offering: "Snowcone", state: "retired", date: "2025-11-12", note: "n", source: "https://c/" },
          ],
        }),
        svc("s3", {
          notices: [
            {
              offering: "S3 Select",
              state: "closed-to-new-customers",
              note: "Use Athena.",
              source: "https://a/",
            },
            { offering: "Unsourced", state: "retired", note: "n" },
          ],
        }),
      ],
      [
        ["snow", "Closed to new customers", "Amazon snow: closed to new customers."],
        ["s3", "Closed to new customers", "S3 Select: closed to new customers."],
      ],
    ],
  ])("%s", (_, services, expected) => {
    expect(buildUndated(services).map((e) => [e.serviceId, e.kind, e.summary])).toEqual(expected);
  });

  it("never lists a change in both the timeline and the undated list", () => {
    const services = [
      svc("snow", {
        status: { state: "closed-to-new-customers", note: "n", source: "https://s/" },
        notices: [
          { offering: "Snowcone", state: "retired", date: "2025-11-12", note: "n", source: "https://c/" },
        ],
      }),
    ];
    const dated = buildTimeline(services).map((e) => e.summary);
    const undated = buildUndated(services).map((e) => e.summary);
    expect(dated).toEqual(["Snowcone: retired."]);
    expect(undated).toEqual(["Amazon snow: closed to new customers."]);
  });
});
