import { CATEGORIES, type Category, type CategoryId } from "./categories";
import { RELATION_KINDS, type RelationKind } from "./relations";

/** The part of a service entry the derivations need (an Astro entry fits it). */
export interface ServiceEntry {
  id: string;
  filePath?: string;
  data: {
    title: string;
    shortName: string;
    /** True when the short name is a plural ("Gateway endpoints"); see the service schema. */
    pluralName?: boolean;
    category: CategoryId;
    related: { service: { id: string } | string; kind: RelationKind; note?: string }[];
  };
}

/** A category with its services, for the home page and the sidebar. */
export interface CategoryGroup<S extends ServiceEntry> {
  category: Category & { id: CategoryId };
  services: S[];
}

/** One line of a service's "How it connects" list, from the reader's side of the page. */
export interface RelationView {
  /** "Reads from", "Read by", ... */
  label: string;
  /** The other service's id. */
  serviceId: string;
  /** The note written with the relation, if any. */
  note?: string;
}

/** The id a frontmatter reference names, whether the build resolved it to an entry or not. */
export const refId = (ref: { id: string } | string) => (typeof ref === "string" ? ref : ref.id);

/** Sort order by title, as readers see titles listed (A–Z). */
export const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title, "en");

/** Groups services by category, in the categories' order, each group sorted by title; empty groups are left out. */
export function groupServicesByCategory<S extends ServiceEntry>(services: S[]): CategoryGroup<S>[] {
  return CATEGORIES.map((category) => ({
    category,
    services: services.filter((s) => s.data.category === category.id).sort(byTitle),
  })).filter((group) => group.services.length > 0);
}

/** The reading order of the site: category by category, as the sidebar shows them. */
export function orderServices<S extends ServiceEntry>(services: S[]): S[] {
  return groupServicesByCategory(services).flatMap((group) => group.services);
}

/** The services before and after `id` in reading order. */
export function getPrevNext<S extends ServiceEntry>(services: S[], id: string): { prev?: S; next?: S } {
  const ordered = orderServices(services);
  const i = ordered.findIndex((s) => s.id === id);
  if (i === -1) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}

/**
 * Every service's relations, both those it states and those derived from other pages.
 * Throws, naming the file, on a relation to an unknown service, to itself, or stated twice.
 */
export function buildRelations(services: ServiceEntry[]): Map<string, RelationView[]> {
  const ids = new Set(services.map((s) => s.id));
  const views = new Map<string, RelationView[]>(services.map((s) => [s.id, []]));
  const seen = new Map<string, string>();

  for (const service of services) {
    const file = service.filePath ?? service.id;
    for (const { service: ref, kind, note } of service.data.related) {
      const other = refId(ref);
      if (!ids.has(other)) throw new Error(`${file}: related service "${other}" does not exist`);
      if (other === service.id) throw new Error(`${file}: a service cannot be related to itself`);
      const pair = [service.id, other].sort().join(" ");
      const earlier = seen.get(`${pair} ${kind}`);
      if (earlier) {
        throw new Error(
          `${file}: relation "${kind}" with "${other}" is already stated in ${earlier}; state it once`,
        );
      }
      seen.set(`${pair} ${kind}`, file);
      const labels = RELATION_KINDS[kind];
      views.get(service.id)!.push({ label: labels.forward, serviceId: other, note });
      views.get(other)!.push({ label: labels.inverse, serviceId: service.id, note });
    }
  }
  return views;
}

/** Ids of the comparisons that include a service. */
export function getComparisonsFor<C extends { id: string; data: { services: ({ id: string } | string)[] } }>(
  comparisons: C[],
  serviceId: string,
): C[] {
  return comparisons.filter((c) => c.data.services.some((ref) => refId(ref) === serviceId));
}

/** Relations that share a label ("Reads from"), for the Connections section. */
export interface RelationGroup {
  label: string;
  relations: RelationView[];
}

/** Groups a service's relations by label, in the order each label first appears. */
export function groupRelationsByLabel(relations: RelationView[]): RelationGroup[] {
  const groups = new Map<string, RelationView[]>();
  for (const relation of relations) {
    groups.set(relation.label, [...(groups.get(relation.label) ?? []), relation]);
  }
  return [...groups].map(([label, list]) => ({ label, relations: list }));
}
