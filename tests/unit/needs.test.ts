import { describe, expect, it } from "vitest";
import { buildNeedGuide, type NeedEntry, type ServiceWithNeeds } from "@/lib/needs";

type Fit = ServiceWithNeeds["data"]["needs"][number];

/** A service with only what the guide reads; the title sorts as the id does. */
const svc = (id: string, needs: Fit[]): ServiceWithNeeds => ({
  id,
  data: { title: `Amazon ${id}`, shortName: id, needs },
});
const need = (id: string): NeedEntry => ({ id, data: { label: `Label of ${id}` } });

const athena = svc("athena", [
  { need: { id: "sql-on-s3" }, fit: "fits", why: "SQL where files sit" },
  { need: "warehouse", fit: "does-not-fit", why: "use Redshift" },
]);
const redshift = svc("redshift", [
  { need: "warehouse", fit: "fits", why: "a warehouse" },
  { need: "sql-on-s3", fit: "fits", why: "Spectrum" },
]);
const emr = svc("emr", [{ need: "sql-on-s3", fit: "does-not-fit", why: "a cluster to run" }]);
const s3 = svc("s3", []);

/** The guide reduced to need id → fits and does-not-fit as "service: why". */
const summarize = (guide: ReturnType<typeof buildNeedGuide>) =>
  guide.map((g) => [
    g.need.id,
    g.fits.map((a) => `${a.service.id}: ${a.why}`),
    g.doesNotFit.map((a) => `${a.service.id}: ${a.why}`),
  ]);

describe("buildNeedGuide", () => {
  it.each<[string, NeedEntry[], ServiceWithNeeds[], [string, string[], string[]][]]>([
    ["no needs", [], [athena], []],
    [
      "one need, fits and not, each sorted by title",
      [need("sql-on-s3")],
      [redshift, emr, athena, s3],
      [["sql-on-s3", ["athena: SQL where files sit", "redshift: Spectrum"], ["emr: a cluster to run"]]],
    ],
    [
      "needs keep the file's order, not the alphabet",
      [need("warehouse"), need("sql-on-s3")],
      [athena, redshift],
      [
        ["warehouse", ["redshift: a warehouse"], ["athena: use Redshift"]],
        ["sql-on-s3", ["athena: SQL where files sit", "redshift: Spectrum"], []],
      ],
    ],
  ])("%s", (_, needs, services, expected) => {
    expect(summarize(buildNeedGuide(needs, services))).toEqual(expected);
  });

  it.each<[string, NeedEntry[], ServiceWithNeeds[], RegExp]>([
    ["a need no service mentions", [need("cache")], [athena, redshift], /"cache" \(Label of cache\)/],
    ["a need only unfit services mention", [need("sql-on-s3")], [emr], /"sql-on-s3"/],
    ["no services at all", [need("warehouse")], [], /"warehouse"/],
  ])("throws on %s, naming the need", (_, needs, services, message) => {
    expect(() => buildNeedGuide(needs, services)).toThrow(message);
  });
});
