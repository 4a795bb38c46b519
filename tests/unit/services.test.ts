import { describe, expect, it } from "vitest";
import {
  buildRelations,
  getComparisonsFor,
  getPrevNext,
  groupRelationsByLabel,
  groupServicesByCategory,
  orderServices,
  type ServiceEntry,
} from "@/lib/services";

/** A service entry with only what the derivations read. */
function svc(
  id: string,
  category: ServiceEntry["data"]["category"],
  related: ServiceEntry["data"]["related"] = [],
): ServiceEntry {
  return {
    id,
    filePath: `src/content/services/${id}.mdx`,
    data: { title: `Amazon ${id}`, shortName: id, category, related },
  };
}

const athena = svc("athena", "analytics", [{ service: { id: "s3" }, kind: "reads-from", note: "in place" }]);
const s3 = svc("s3", "storage");
const rds = svc("rds", "databases");
const aurora = svc("aurora", "databases", [{ service: "rds", kind: "alternative-to" }]);
const emr = svc("emr", "analytics");

describe("groupServicesByCategory", () => {
  it.each<[string, ServiceEntry[], [string, string[]][]]>([
    ["nothing", [], []],
    ["one service", [s3], [["storage", ["s3"]]]],
    [
      "categories in their fixed order, services by title, empty categories left out",
      [emr, rds, athena, s3, aurora],
      [
        ["storage", ["s3"]],
        ["databases", ["aurora", "rds"]],
        ["analytics", ["athena", "emr"]],
      ],
    ],
  ])("%s", (_, input, expected) => {
    const groups = groupServicesByCategory(input).map((g) => [g.category.id, g.services.map((s) => s.id)]);
    expect(groups).toEqual(expected);
  });
});

describe("orderServices and getPrevNext", () => {
  const all = [emr, rds, athena, s3, aurora];
  it("reads category by category", () => {
    expect(orderServices(all).map((s) => s.id)).toEqual(["s3", "aurora", "rds", "athena", "emr"]);
  });
  it.each<[string, string | undefined, string | undefined]>([
    ["s3", undefined, "aurora"],
    ["rds", "aurora", "athena"],
    ["emr", "athena", undefined],
    ["nothing", undefined, undefined],
  ])("around %s: previous %s, next %s", (id, prev, next) => {
    const result = getPrevNext(all, id);
    expect([result.prev?.id, result.next?.id]).toEqual([prev, next]);
  });
});

describe("buildRelations", () => {
  it.each<[string, ServiceEntry[], Record<string, string[]>]>([
    ["no relations", [s3, rds], { s3: [], rds: [] }],
    [
      "a stated relation and its derived inverse",
      [athena, s3],
      { athena: ["Reads from s3 (in place)"], s3: ["Read by athena (in place)"] },
    ],
    [
      "a symmetric relation reads the same both ways",
      [aurora, rds],
      { aurora: ["Alternative to rds"], rds: ["Alternative to aurora"] },
    ],
  ])("%s", (_, input, expected) => {
    const views = buildRelations(input);
    const lines = Object.fromEntries(
      [...views].map(([id, list]) => [
        id,
        list.map((r) => `${r.label} ${r.serviceId}${r.note ? ` (${r.note})` : ""}`),
      ]),
    );
    expect(lines).toEqual(expected);
  });

  it.each<[string, ServiceEntry[], string]>([
    ["an unknown service", [athena], 'src/content/services/athena.mdx: related service "s3" does not exist'],
    [
      "a relation to itself",
      [svc("s3", "storage", [{ service: "s3", kind: "uses" }])],
      "src/content/services/s3.mdx: a service cannot be related to itself",
    ],
    [
      "the same relation stated on both sides",
      [athena, svc("s3", "storage", [{ service: "athena", kind: "reads-from" }])],
      'src/content/services/s3.mdx: relation "reads-from" with "athena" is already stated in src/content/services/athena.mdx; state it once',
    ],
  ])("rejects %s, naming the file", (_, input, message) => {
    expect(() => buildRelations(input)).toThrow(message);
  });
});

describe("groupRelationsByLabel", () => {
  const view = (label: string, serviceId: string, note?: string) => ({ label, serviceId, note });
  it.each<[string, ReturnType<typeof view>[], [string, string[]][]]>([
    ["no relations", [], []],
    [
      "one label",
      [view("Read by", "athena", "in place"), view("Read by", "emr")],
      [["Read by", ["athena (in place)", "emr"]]],
    ],
    [
      "labels in the order they first appear, notes kept",
      [view("Uses", "glue"), view("Read by", "athena", "in place"), view("Uses", "s3")],
      [
        ["Uses", ["glue", "s3"]],
        ["Read by", ["athena (in place)"]],
      ],
    ],
  ])("%s", (_, input, expected) => {
    const groups = groupRelationsByLabel(input).map((g) => [
      g.label,
      g.relations.map((r) => `${r.serviceId}${r.note ? ` (${r.note})` : ""}`),
    ]);
    expect(groups).toEqual(expected);
  });
});

describe("getComparisonsFor", () => {
  const comparisons = [
    { id: "glue-vs-dms", data: { services: [{ id: "glue" }, { id: "dms" }] } },
    { id: "glue-vs-batch", data: { services: ["glue", "batch"] } },
  ];
  it.each<[string, string[]]>([
    ["glue", ["glue-vs-dms", "glue-vs-batch"]],
    ["dms", ["glue-vs-dms"]],
    ["s3", []],
  ])("%s is compared in %j", (id, expected) => {
    expect(getComparisonsFor(comparisons, id).map((c) => c.id)).toEqual(expected);
  });
});
