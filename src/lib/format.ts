const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Formats a frontmatter date for readers: "2024-07-25" → "July 25, 2024", "2023-05" → "May 2023". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  const name = MONTHS[Number(month) - 1];
  if (!year || !name) throw new Error(`not a YYYY-MM or YYYY-MM-DD date: "${iso}"`);
  return day ? `${name} ${Number(day)}, ${year}` : `${name} ${year}`;
}

/** Reader-facing names of lifecycle states. */
export const LIFECYCLE_LABELS = {
  available: "Available",
  maintenance: "Maintenance mode",
  "closed-to-new-customers": "Closed to new customers",
  retired: "Retired",
} as const;

/** "Closed to new customers since July 25, 2024", or just the label when AWS gives no date. */
export function describeLifecycle(state: keyof typeof LIFECYCLE_LABELS, date?: string): string {
  const label = LIFECYCLE_LABELS[state];
  return date ? `${label} since ${formatDate(date)}` : label;
}

/** The part of a key number a reader sees (see keyNumberSchema). */
export interface KeyNumberText {
  what: string;
  value: string;
  unit: string;
  kind: "default" | "maximum" | "minimum" | "fixed";
}

/** How a key number's kind reads beside its value; a fixed value needs no word. */
export const KEY_NUMBER_KINDS = {
  default: "default",
  maximum: "maximum",
  minimum: "minimum",
  fixed: "",
} as const;

/** A key number's value with its unit and kind: "4 days (default)", "1 MiB (maximum)", "4 vCPUs". */
export function formatValue(n: KeyNumberText): string {
  const kind = KEY_NUMBER_KINDS[n.kind];
  return `${n.value} ${n.unit}${kind ? ` (${kind})` : ""}`;
}

/** A key number as a reader says it: "Maximum record size: 1 MiB (default)". */
export const formatKeyNumber = (n: KeyNumberText) => `${n.what}: ${formatValue(n)}`;

/** "1 service", "2 services": a count with its noun, singular or plural (`plural` for irregular nouns). */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
