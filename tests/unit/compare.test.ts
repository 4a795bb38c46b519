import { describe, expect, it } from "vitest";
import {
  buildProfileCells,
  listPairsThatMatter,
  PROFILE_ASPECTS,
  type ComparisonRef,
  type ProfiledService,
} from "@/lib/compare";

type Profile = ProfiledService["data"]["profile"];

/** A service with only what the comparison reads; titles sort as the ids do. */
function svc(id: string, confusedWith: Profile["confusedWith"] = [], profile: Partial<Profile> = {}) {
  return {
    id,
    filePath: `src/content/services/${id}.mdx`,
    data: {
      title: `Amazon ${id}`,
      shortName: id.toUpperCase(),
      category: "analytics",
      profile: {
        capacity: "serverless",
        dataModel: "tables",
        latency: ["batch"],
        pricing: "per query",
        typicalUse: "SQL on files",
        confusedWith,
        ...profile,
      },
    },
  } satisfies ProfiledService;
}
const cmp = (id: string, services: string[]): ComparisonRef => ({ id, data: { title: id, services } });

const athena = svc("athena", ["redshift", { id: "glue" }]);
const redshift = svc("redshift", ["athena"]);
const glue = svc("glue");
const dms = svc("dms");
const batch = svc("batch");

describe("listPairsThatMatter", () => {
  it.each<[string, ProfiledService[], ComparisonRef[], [string, string[]][]]>([
    ["nothing confused, nothing compared", [glue, dms], [], []],
    [
      "a pair stated from both sides is listed once, in title order",
      [redshift, athena, glue],
      [],
      [
        ["athena-vs-glue", []],
        ["athena-vs-redshift", []],
      ],
    ],
    [
      "a curated comparison adds its pair and links it",
      [glue, dms],
      [cmp("glue-vs-dms", ["glue", "dms"])],
      [["dms-vs-glue", ["glue-vs-dms"]]],
    ],
    [
      "a comparison of three adds its three pairs",
      [glue, dms, batch],
      [cmp("three", ["glue", "dms", "batch"])],
      [
        ["batch-vs-dms", ["three"]],
        ["batch-vs-glue", ["three"]],
        ["dms-vs-glue", ["three"]],
      ],
    ],
    [
      "a confused pair that is also compared links the comparison",
      [athena, redshift, glue],
      [cmp("athena-vs-glue", ["glue", "athena"])],
      [
        ["athena-vs-glue", ["athena-vs-glue"]],
        ["athena-vs-redshift", []],
      ],
    ],
  ])("%s", (_, services, comparisons, expected) => {
    const pairs = listPairsThatMatter(services, comparisons);
    expect(pairs.map((p) => [p.anchor, p.comparisons.map((c) => c.id)])).toEqual(expected);
    for (const p of pairs) expect(p.anchor).toBe(`${p.first.id}-vs-${p.second.id}`);
  });

  it.each<[string, ProfiledService[], ComparisonRef[], string]>([
    [
      "an unknown service in confusedWith",
      [svc("athena", ["nope"])],
      [],
      'athena.mdx: service "nope" does not exist',
    ],
    [
      "a service confused with itself",
      [svc("athena", ["athena"])],
      [],
      "athena.mdx: a service cannot be compared with itself",
    ],
    [
      "an unknown service in a comparison",
      [glue],
      [cmp("glue-vs-x", ["glue", "x"])],
      'glue-vs-x: service "x" does not exist',
    ],
  ])("throws on %s, naming the file", (_, services, comparisons, message) => {
    expect(() => listPairsThatMatter(services, comparisons)).toThrow(message);
  });
});

describe("buildProfileCells", () => {
  const names = new Map([
    ["redshift", "Redshift"],
    ["glue", "Glue"],
  ]);
  it.each<[string, ProfiledService, string[]]>([
    [
      "every aspect in words",
      athena,
      [
        "Analytics and search",
        "Serverless",
        "tables",
        "Batch",
        "per query",
        "SQL on files",
        "Redshift, Glue",
        "None listed",
      ],
    ],
    [
      "key numbers, each with its unit and kind",
      {
        ...glue,
        data: {
          ...glue.data,
          keyNumbers: [
            { what: "Example limit", value: "7", unit: "days", kind: "maximum" },
            { what: "Example size", value: "4", unit: "vCPUs", kind: "fixed" },
          ],
        },
      },
      [
        "Analytics and search",
        "Serverless",
        "tables",
        "Batch",
        "per query",
        "SQL on files",
        "None listed",
        "Example limit: 7 days (maximum); Example size: 4 vCPUs",
      ],
    ],
    [
      "both capacities, several latencies, nothing confused",
      svc("x", [], { capacity: "both", latency: ["near-real-time", "real-time"] }),
      [
        "Analytics and search",
        "Both: serverless or provisioned",
        "tables",
        "Near real time, Real time",
        "per query",
        "SQL on files",
        "None listed",
        "None listed",
      ],
    ],
    [
      "no latency class: the service does not process data",
      svc("x", [], { capacity: "provisioned", latency: [] }),
      [
        "Analytics and search",
        "Provisioned",
        "tables",
        "Does not process data",
        "per query",
        "SQL on files",
        "None listed",
        "None listed",
      ],
    ],
  ])("%s", (_, service, expected) => {
    const cells = buildProfileCells(service, names);
    expect(cells).toEqual(expected);
    expect(cells).toHaveLength(PROFILE_ASPECTS.length);
  });
});
