import { LIFECYCLE_LABELS } from "./format";

/** The part of a service entry the timeline reads (an Astro entry fits it). */
export interface DatedService {
  id: string;
  data: {
    title: string;
    status: { state: keyof typeof LIFECYCLE_LABELS; date?: string; note?: string; source?: string };
    notices: {
      offering: string;
      state: keyof typeof LIFECYCLE_LABELS;
      date?: string;
      note: string;
      source?: string;
    }[];
    history: { date: string; event: "renamed" | "generally-available"; note: string; source: string }[];
  };
}

/** One change at AWS, as a page states it. */
export interface TimelineEvent {
  /** Stable within the site, for anchors and feed ids: the service id, the kind and the date. */
  id: string;
  /** The day or month AWS gives; undated changes are listed apart (buildUndated). */
  date: string;
  /** The page that explains the change. */
  serviceId: string;
  serviceTitle: string;
  /** "Retired", "Closed to new customers", "Renamed", "Generally available". */
  kind: string;
  /** What changed, in a sentence; it names the offering when the change is not the whole service's. */
  summary: string;
  /** What it means and what to do now, where the page says. */
  note?: string;
  source: string;
}

/** A closure or retirement that AWS states without a date. */
export type UndatedEvent = Omit<TimelineEvent, "date">;

const HISTORY_LABELS = { renamed: "Renamed", "generally-available": "Generally available" } as const;

/** Every change one service's page states, dated or not (a state with no source is not a change to list). */
function changesOf({ id, data }: DatedService): (UndatedEvent & { date?: string })[] {
  const event = (kind: string, summary: string, source: string, date?: string, note?: string) => ({
    id: `${id}-${kind.toLowerCase().replace(/\W+/g, "-")}-${date ?? summary.toLowerCase().replace(/\W+/g, "-").slice(0, 40)}`,
    date,
    serviceId: id,
    serviceTitle: data.title,
    kind,
    summary,
    note,
    source,
  });
  const states = [
    ...(data.status.state === "available" ? [] : [{ subject: data.title, ...data.status }]),
    ...data.notices.map((n) => ({ subject: n.offering, ...n })),
  ];
  return [
    ...states.flatMap(({ subject, state, date, note, source }) =>
      source
        ? [
            event(
              LIFECYCLE_LABELS[state],
              `${subject}: ${LIFECYCLE_LABELS[state].toLowerCase()}.`,
              source,
              date,
              note,
            ),
          ]
        : [],
    ),
    ...data.history.map((h) => event(HISTORY_LABELS[h.event], h.note, h.source, h.date)),
  ];
}

/**
 * Every dated change the service pages state (statuses, notices of offerings, renames and general
 * availability), newest first; on the same date, in service order.
 */
export function buildTimeline(services: DatedService[]): TimelineEvent[] {
  return services
    .flatMap(changesOf)
    .filter((e): e is TimelineEvent => e.date !== undefined)
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** The closures and retirements the pages state without a date, because AWS gives none; in service order. */
export function buildUndated(services: DatedService[]): UndatedEvent[] {
  return services.flatMap(changesOf).filter((e) => e.date === undefined);
}
