import { beforeAll, describe, expect, it } from "vitest";
import { CATEGORIES, type CategoryId } from "@/lib/categories";
import { RELATION_KINDS, describeRelation } from "@/lib/relations";
import type { Rect } from "@/lib/map/geometry";
import { buildServiceGraph, type GraphEdge, type ServiceGraph } from "@/lib/map/graph";
import { layoutNeighbourhood } from "@/lib/map/neighbourhoodLayout";
import { countCrossings, layoutMap } from "@/lib/map/elkLayout";
import { buildCategoryMap, summarizeCategoryLinks } from "@/lib/map/categoryMaps";
import { wrapLabel } from "@/lib/map/text";
import type { ServiceEntry } from "@/lib/services";

/** A service entry with only what the map reads. */
function svc(
  id: string,
  category: ServiceEntry["data"]["category"],
  related: ServiceEntry["data"]["related"] = [],
  shortName = id.toUpperCase(),
): ServiceEntry {
  return { id, data: { title: `Amazon ${id}`, shortName, category, related } };
}

const small = [
  svc("athena", "analytics", [
    { service: { id: "s3" }, kind: "reads-from" },
    { service: "redshift", kind: "alternative-to" },
  ]),
  svc("s3", "storage"),
  svc("redshift", "analytics", [{ service: "s3", kind: "reads-from" }]),
];

/** One service in every category, each related to the next and two categories on, plus a service with a long name. */
const wide: ServiceEntry[] = CATEGORIES.flatMap((c, i) => {
  const next = CATEGORIES[(i + 1) % CATEGORIES.length].id;
  const skip = CATEGORIES[(i + 3) % CATEGORIES.length].id;
  return [
    svc(
      `${c.id}-a`,
      c.id,
      [
        { service: `${next}-a`, kind: "writes-to" },
        { service: `${skip}-b`, kind: "uses" },
        { service: `${c.id}-b`, kind: "works-with" },
      ],
      `${c.label} A`,
    ),
    svc(`${c.id}-b`, c.id, [{ service: `${next}-b`, kind: "reads-from" }], `${c.label} B`),
  ];
}).concat(
  svc(
    "flink",
    "streaming",
    [{ service: "storage-a", kind: "writes-to" }],
    "Managed Service for Apache Flink",
  ),
);

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const key = (e: GraphEdge) => `${e.from} ${e.kind} ${e.to}`;

describe("buildServiceGraph", () => {
  it.each<[string, ServiceEntry[], ServiceGraph]>([
    ["nothing", [], { nodes: [], edges: [] }],
    [
      "nodes in category order then by title; one edge per stated relation, from the service that states it",
      small,
      {
        nodes: [
          { id: "s3", label: "S3", plural: false, category: "storage" },
          { id: "athena", label: "ATHENA", plural: false, category: "analytics" },
          { id: "redshift", label: "REDSHIFT", plural: false, category: "analytics" },
        ],
        edges: [
          { from: "athena", to: "s3", kind: "reads-from" },
          { from: "athena", to: "redshift", kind: "alternative-to" },
          { from: "redshift", to: "s3", kind: "reads-from" },
        ],
      },
    ],
  ])("%s", (_, input, expected) => {
    expect(buildServiceGraph(input)).toEqual(expected);
  });

  it("rejects a relation to an unknown service", () => {
    expect(() =>
      buildServiceGraph([svc("athena", "analytics", [{ service: "nope", kind: "uses" }])]),
    ).toThrow(/athena: related service "nope" does not exist/);
  });
});

describe("wrapLabel and describeRelation", () => {
  it.each<[string, number, string[]]>([
    ["S3", 16, ["S3"]],
    ["Kinesis Data Streams", 16, ["Kinesis Data", "Streams"]],
    ["Managed Service for Apache Flink", 16, ["Managed Service", "for Apache Flink"]],
    ["Supercalifragilistic", 8, ["Supercalifragilistic"]],
  ])("wraps %j at %i characters", (text, max, expected) => {
    expect(wrapLabel(text, max)).toEqual(expected);
  });

  it.each<[Parameters<typeof describeRelation>, string]>([
    [["Athena", "reads-from", "S3"], "Athena reads from S3"],
    [["Aurora", "alternative-to", "RDS"], "Aurora is an alternative to RDS"],
    [["Data Pipeline", "replaced-by", "Glue"], "Data Pipeline is replaced by Glue"],
    [["Step Functions", "orchestrates", "Glue"], "Step Functions orchestrates Glue"],
    [["DMS", "migrates", "Aurora"], "DMS migrates data into Aurora"],
    [["Gateway endpoints", "private-access-to", "S3", true], "Gateway endpoints give private access to S3"],
    [
      ["Gateway endpoints", "alternative-to", "Direct Connect", true],
      "Gateway endpoints are an alternative to Direct Connect",
    ],
    [["Kinesis Data Streams", "writes-to", "S3", false], "Kinesis Data Streams writes to S3"],
  ])("%j reads %j", (args, expected) => {
    expect(describeRelation(...args)).toBe(expected);
  });
});

describe("layoutMap of a category (ELK)", () => {
  describe.each<[string, ServiceEntry[], CategoryId]>([
    ["three services, analytics", small, "analytics"],
    ["every category, with a long name, streaming", wide, "streaming"],
    ["every category, storage", wide, "storage"],
  ])("%s", (_, services, category) => {
    const graph = buildServiceGraph(services);
    const input = buildCategoryMap(graph, category);
    let map: Awaited<ReturnType<typeof layoutMap<GraphEdge>>>;
    beforeAll(async () => {
      map = await layoutMap(input);
    });

    it("draws one box per category it shows, in CATEGORIES order, its own category not outside", () => {
      expect(map.boxes.map((b) => b.category)).toEqual(input.boxes.map((b) => b.category));
      expect(map.boxes.filter((b) => !b.outside).map((b) => b.category)).toEqual([category]);
    });

    it("puts every node inside its category's box", () => {
      const boxOf = new Map(map.boxes.map((b) => [b.category, b]));
      expect(map.nodes.filter((n) => !inside(n, boxOf.get(n.category)!)).map((n) => n.id)).toEqual([]);
    });

    it("never overlaps two nodes or two boxes", () => {
      for (const list of [map.nodes, map.boxes]) {
        const clashes = list.flatMap((a, i) => list.slice(i + 1).filter((b) => overlap(a, b)));
        expect(clashes).toEqual([]);
      }
    });

    it("sizes each node for its label", () => {
      for (const n of map.nodes) {
        expect(n.width).toBeGreaterThanOrEqual(Math.max(...n.lines.map((l) => l.length)) * 13 * 0.6);
        expect(n.height).toBeGreaterThanOrEqual(n.lines.length * 16);
      }
    });

    it("turns every relation that touches the category into exactly one edge", () => {
      const expected = graph.edges.filter((e) =>
        [e.from, e.to].some((id) => graph.nodes.find((n) => n.id === id)!.category === category),
      );
      expect(map.edges.map((e) => key(e.edge)).sort()).toEqual(expected.map(key).sort());
    });

    it("starts each edge on its source's border and ends it on its target's border", () => {
      const nodeOf = new Map(map.nodes.map((n) => [n.id, n]));
      const onBorder = (p: { x: number; y: number }, n: Rect) =>
        (inside({ ...p, width: 0, height: 0 }, n) &&
          [n.x, n.x + n.width].some((x) => Math.abs(p.x - x) < 0.2) !==
            [n.y, n.y + n.height].some((y) => Math.abs(p.y - y) < 0.2)) ||
        [n.x, n.x + n.width].some((x) => Math.abs(p.x - x) < 0.2);
      for (const { edge, points } of map.edges) {
        expect(onBorder(points[0]!, nodeOf.get(edge.from)!), `${key(edge)} start`).toBe(true);
        expect(onBorder(points.at(-1)!, nodeOf.get(edge.to)!), `${key(edge)} end`).toBe(true);
      }
    });

    it("routes edges orthogonally without crossing a node", () => {
      for (const { points } of map.edges) {
        for (const [p, q] of points.slice(1).map((q, i) => [points[i]!, q] as const)) {
          expect(p.x === q.x || p.y === q.y).toBe(true);
          // Shrink the segment by a pixel at each end, so touching its own nodes does not count.
          const segment = {
            x: Math.min(p.x, q.x) + (p.x === q.x ? 0 : 1),
            y: Math.min(p.y, q.y) + (p.y === q.y ? 0 : 1),
            width: Math.max(Math.abs(p.x - q.x) - 2, 0.01),
            height: Math.max(Math.abs(p.y - q.y) - 2, 0.01),
          };
          expect(map.nodes.filter((n) => overlap(segment, n)).map((n) => n.id)).toEqual([]);
        }
      }
    });

    it("has a viewBox that contains every box, node and edge", () => {
      const bounds = { x: 0, y: 0, width: map.width, height: map.height };
      expect(map.viewBox).toBe(`0 0 ${map.width} ${map.height}`);
      for (const r of [...map.boxes, ...map.nodes]) expect(inside(r, bounds)).toBe(true);
      for (const p of map.edges.flatMap((e) => e.points)) {
        expect(inside({ ...p, width: 0, height: 0 }, bounds)).toBe(true);
      }
    });
  });
});

describe("countCrossings", () => {
  const line = (...xy: number[]) => ({
    points: xy.flatMap((v, i) => (i % 2 ? [] : [{ x: v, y: xy[i + 1]! }])),
  });
  it.each<[string, { points: { x: number; y: number }[] }[], number]>([
    ["no lines", [], 0],
    ["a plus sign", [line(0, 5, 10, 5), line(5, 0, 5, 10)], 1],
    ["lines that touch at an end do not cross", [line(0, 5, 10, 5), line(10, 0, 10, 10)], 0],
    ["parallel lines", [line(0, 0, 10, 0), line(0, 2, 10, 2)], 0],
    ["a bent line crossing another twice", [line(0, 5, 20, 5), line(5, 0, 5, 10, 15, 10, 15, 0)], 2],
    ["three lines, each crossing the others", [line(0, 5, 20, 5), line(5, 0, 5, 10), line(10, 0, 10, 10)], 2],
  ])("%s", (_, lines, expected) => {
    expect(countCrossings(lines)).toBe(expected);
  });
});

describe("summarizeCategoryLinks", () => {
  it("counts relations inside a category and with each other category, most first", () => {
    const graph = buildServiceGraph([
      ...small,
      svc("glue", "integration", [
        { service: "s3", kind: "reads-from" },
        { service: "redshift", kind: "writes-to" },
        { service: "athena", kind: "works-with" },
      ]),
    ]);
    expect(summarizeCategoryLinks(graph)).toEqual([
      {
        category: "storage",
        inside: 0,
        links: [
          { category: "analytics", count: 2 },
          { category: "integration", count: 1 },
        ],
      },
      {
        category: "analytics",
        inside: 1,
        links: [
          { category: "storage", count: 2 },
          { category: "integration", count: 2 },
        ],
      },
      {
        category: "integration",
        inside: 0,
        links: [
          { category: "analytics", count: 2 },
          { category: "storage", count: 1 },
        ],
      },
    ]);
  });
});

describe("layoutNeighbourhood", () => {
  const graph = buildServiceGraph(small);
  it.each<[string, [string, "in" | "out", string[]][]]>([
    [
      "s3",
      [
        ["athena", "in", ["Read by"]],
        ["redshift", "in", ["Read by"]],
      ],
    ],
    [
      "athena",
      [
        ["s3", "out", ["Reads from"]],
        ["redshift", "out", ["Alternative to"]],
      ],
    ],
    [
      "redshift",
      [
        ["athena", "in", ["Alternative to"]],
        ["s3", "out", ["Reads from"]],
      ],
    ],
  ])("%s: exactly its direct relations, labelled from its side", (id, expected) => {
    const map = layoutNeighbourhood(graph, id);
    expect(map.centre.id).toBe(id);
    expect(map.edges.map((e) => [e.serviceId, e.side, e.relations.map((r) => r.label)])).toEqual(expected);
    expect(map.neighbours.map((n) => n.id)).toEqual(expected.map(([other]) => other));
  });

  it("keeps two relations with one service on one line with both labels", () => {
    const twice = buildServiceGraph([
      svc("glue", "integration", [
        { service: "s3", kind: "reads-from" },
        { service: "s3", kind: "writes-to" },
      ]),
      svc("s3", "storage"),
    ]);
    const map = layoutNeighbourhood(twice, "s3");
    expect(map.edges.map((e) => e.relations)).toEqual([
      [
        { kind: "reads-from", label: RELATION_KINDS["reads-from"].inverse },
        { kind: "writes-to", label: RELATION_KINDS["writes-to"].inverse },
      ],
    ]);
  });

  it.each(buildServiceGraph(wide).nodes.map((n) => n.id))(
    "%s: fits in 640 px, nothing overlaps, all inside the viewBox",
    (id) => {
      const map = layoutNeighbourhood(buildServiceGraph(wide), id);
      const all = [map.centre, ...map.neighbours];
      expect(all.flatMap((a, i) => all.slice(i + 1).filter((b) => overlap(a, b)))).toEqual([]);
      for (const r of all) expect(inside(r, { x: 0, y: 0, width: map.width, height: map.height })).toBe(true);
      expect(map.width).toBeLessThanOrEqual(640);
    },
  );

  it("rejects a service that is not in the graph", () => {
    expect(() => layoutNeighbourhood(graph, "nope")).toThrow(/nope/);
  });
});
