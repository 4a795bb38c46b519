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

/** One dated change at AWS, as a page states it. */
export interface TimelineEvent {
  /** Stable within the site, for anchors and feed ids: the service id, the kind and the date. */
  id: string;
  date: string;
  serviceId: string;
  serviceTitle: string;
  /** "Retired", "Closed to new customers", "Renamed", "Generally available". */
  kind: string;
  /** What changed, in a sentence. */
  summary: string;
  /** What it means and what to do now, where the page says. */
  note?: string;
  source: string;
}

const HISTORY_LABELS = { renamed: "Renamed", "generally-available": "Generally available" } as const;

/**
 * Every dated change the service pages state (statuses, notices of offerings, renames and general
 * availability), newest first; on the same date, in service order. Undated states are left out.
 */
export function buildTimeline(services: DatedService[]): TimelineEvent[] {
  const events = services.flatMap(({ id, data }) => {
    const event = (
      kind: string,
      date: string,
      summary: string,
      source: string,
      note?: string,
    ): TimelineEvent => ({
      id: `${id}-${kind.toLowerCase().replace(/\W+/g, "-")}-${date}`,
      date,
      serviceId: id,
      serviceTitle: data.title,
      kind,
      summary,
      note,
      source,
    });
    const status =
      data.status.date && data.status.source
        ? [
            event(
              LIFECYCLE_LABELS[data.status.state],
              data.status.date,
              `${data.title}: ${LIFECYCLE_LABELS[data.status.state].toLowerCase()}.`,
              data.status.source,
              data.status.note,
            ),
          ]
        : [];
    const notices = data.notices.flatMap((n) =>
      n.date && n.source
        ? [
            event(
              LIFECYCLE_LABELS[n.state],
              n.date,
              `${n.offering}: ${LIFECYCLE_LABELS[n.state].toLowerCase()}.`,
              n.source,
              n.note,
            ),
          ]
        : [],
    );
    const history = data.history.map((h) => event(HISTORY_LABELS[h.event], h.date, h.note, h.source));
    return [...status, ...notices, ...history];
  });
  return events.sort((a, b) => b.date.localeCompare(a.date));
}
