import { byTitle } from "./services";
/** A reader's need as the `needs` collection holds it (an Astro entry fits it). */
export interface NeedEntry {
  id: string;
  data: { label: string };
}

/** The part of a service entry the guide needs (an Astro entry fits it). */
export interface ServiceWithNeeds {
  id: string;
  data: {
    title: string;
    shortName: string;
    needs: { need: { id: string } | string; fit: "fits" | "does-not-fit"; why: string }[];
  };
}

/** A service as the guide shows it under a need: which one, and why it fits or not. */
export interface NeedAnswer<S extends ServiceWithNeeds> {
  service: S;
  why: string;
}

/** One need of "Which service should I use?" with its answers. */
export interface NeedGuideEntry<S extends ServiceWithNeeds> {
  need: NeedEntry;
  fits: NeedAnswer<S>[];
  doesNotFit: NeedAnswer<S>[];
}

const refId = (ref: { id: string } | string) => (typeof ref === "string" ? ref : ref.id);

/**
 * For each need, in the order given: the services that state they fit it and those that state they
 * do not, each with its reason and sorted by title. Throws, naming the need, if no service fits it.
 */
export function buildNeedGuide<S extends ServiceWithNeeds>(
  needs: NeedEntry[],
  services: S[],
): NeedGuideEntry<S>[] {
  const sorted = [...services].sort(byTitle);
  const answersFor = (needId: string, fit: "fits" | "does-not-fit") =>
    sorted.flatMap((service) =>
      service.data.needs
        .filter((n) => refId(n.need) === needId && n.fit === fit)
        .map((n) => ({ service, why: n.why })),
    );

  return needs.map((need) => {
    const fits = answersFor(need.id, "fits");
    if (fits.length === 0) {
      throw new Error(
        `No service fits the need "${need.id}" (${need.data.label}); say in a service's frontmatter \`needs:\` which one fits it`,
      );
    }
    return { need, fits, doesNotFit: answersFor(need.id, "does-not-fit") };
  });
}
