import { categoryLabel, type CategoryId } from "./categories";
import { formatKeyNumber, type KeyNumberText } from "./format";
import { refId } from "./services";

type Ref = { id: string } | string;

/** The part of a service entry the comparison needs (an Astro entry fits it). */
export interface ProfiledService {
  id: string;
  filePath?: string;
  data: {
    title: string;
    shortName: string;
    category: CategoryId;
    profile: {
      capacity: "serverless" | "provisioned" | "both";
      dataModel: string;
      latency: ("batch" | "interactive" | "near-real-time" | "real-time")[];
      pricing: string;
      typicalUse: string;
      confusedWith: Ref[];
    };
    /** The numbers students are asked about; see the service schema. */
    keyNumbers?: KeyNumberText[];
  };
}

/** The part of a curated comparison the pairs need (an Astro entry fits it). */
export interface ComparisonRef {
  id: string;
  data: { title: string; services: Ref[] };
}

/** Two services worth comparing, in title order, with the curated comparisons that cover both. */
export interface ServicePair<S extends ProfiledService, C extends ComparisonRef> {
  first: S;
  second: S;
  /** The fragment id of the pair's table on the page. */
  anchor: string;
  comparisons: C[];
}

/** The row headers of a side-by-side profile table, in order; `buildProfileCells` fills each row. */
export const PROFILE_ASPECTS = [
  "Category",
  "Serverless or provisioned",
  "Data model",
  "Latency class",
  "Pricing model",
  "Typical use",
  "Often confused with",
  "Key numbers",
] as const;

const CAPACITY_LABELS = {
  serverless: "Serverless",
  provisioned: "Provisioned",
  both: "Both: serverless or provisioned",
} as const;

const LATENCY_LABELS = {
  batch: "Batch",
  interactive: "Interactive (answers a query in seconds)",
  "near-real-time": "Near real time",
  "real-time": "Real time",
} as const;

/** The caption of a pair's table, from the two services' short names. */
export const pairCaption = (firstName: string, secondName: string) =>
  `${firstName} and ${secondName} side by side`;

/** The fragment id of a pair's table: "athena-vs-redshift". */
export const pairAnchor = (firstId: string, secondId: string) => `${firstId}-vs-${secondId}`;

/**
 * One service's column of the profile table, a cell per aspect of PROFILE_ASPECTS, in words.
 * `names` gives the short name of every service, for "Often confused with".
 */
export function buildProfileCells(service: ProfiledService, names: ReadonlyMap<string, string>): string[] {
  const { category, profile, keyNumbers = [] } = service.data;
  const confused = profile.confusedWith.map((ref) => names.get(refId(ref)) ?? refId(ref));
  return [
    categoryLabel(category),
    CAPACITY_LABELS[profile.capacity],
    profile.dataModel,
    profile.latency.length > 0
      ? profile.latency.map((l) => LATENCY_LABELS[l]).join(", ")
      : "Does not process data",
    profile.pricing,
    profile.typicalUse,
    confused.length > 0 ? confused.join(", ") : "None listed",
    keyNumbers.length > 0 ? keyNumbers.map(formatKeyNumber).join("; ") : "None listed",
  ];
}

/**
 * The pairs a student most needs side by side: every "often confused with" pair a service states
 * (either side may state it; each pair once) and every pair within a curated comparison. Sorted by
 * the first service's title, then the second's. Throws, naming the file, on an unknown service or a
 * service confused with itself.
 */
export function listPairsThatMatter<S extends ProfiledService, C extends ComparisonRef>(
  services: S[],
  comparisons: C[],
): ServicePair<S, C>[] {
  const byId = new Map(services.map((s) => [s.id, s]));
  const pairs = new Map<string, ServicePair<S, C>>();

  const addPair = (aId: string, bId: string, where: string) => {
    const a = byId.get(aId);
    const b = byId.get(bId);
    const unknown = a ? bId : aId;
    if (!a || !b) throw new Error(`${where}: service "${unknown}" does not exist`);
    if (a === b) throw new Error(`${where}: a service cannot be compared with itself`);
    const [first, second] = [a, b].sort((x, y) => x.data.title.localeCompare(y.data.title, "en"));
    const anchor = pairAnchor(first!.id, second!.id);
    if (!pairs.has(anchor)) pairs.set(anchor, { first: first!, second: second!, anchor, comparisons: [] });
    return pairs.get(anchor)!;
  };

  for (const service of services) {
    for (const ref of service.data.profile.confusedWith) {
      addPair(service.id, refId(ref), service.filePath ?? service.id);
    }
  }
  for (const comparison of comparisons) {
    const ids = comparison.data.services.map(refId);
    ids.forEach((a, i) =>
      ids.slice(i + 1).forEach((b) => addPair(a, b, comparison.id).comparisons.push(comparison)),
    );
  }

  const title = (s: ProfiledService) => s.data.title;
  return [...pairs.values()].sort(
    (x, y) =>
      title(x.first).localeCompare(title(y.first), "en") ||
      title(x.second).localeCompare(title(y.second), "en"),
  );
}
