import { CATEGORIES } from "./categories";
import type { ServiceEntry } from "./services";

/** What a link preview card shows for one service. */
export interface ServicePreview {
  /** The service's full name. */
  name: string;
  /** Its category's label. */
  category: string;
  summary: string;
}

/** The preview card of every service, by id, as /previews.json serves it. */
export function buildPreviews(
  services: (ServiceEntry & { data: { summary: string } })[],
): Record<string, ServicePreview> {
  const labels = new Map<string, string>(CATEGORIES.map((c) => [c.id, c.label]));
  return Object.fromEntries(
    services.map((s) => [
      s.id,
      {
        name: s.data.title,
        category: labels.get(s.data.category) ?? s.data.category,
        summary: s.data.summary,
      },
    ]),
  );
}
