import { getCollection } from "astro:content";
import { buildTimeline, buildUndated, type TimelineEvent, type UndatedEvent } from "./timeline";

/** Every dated change the service pages state, newest first (see buildTimeline). */
export async function getTimeline(): Promise<TimelineEvent[]> {
  return buildTimeline(await getCollection("services"));
}

/** The closures and retirements the pages state without a date (see buildUndated). */
export async function getUndatedChanges(): Promise<UndatedEvent[]> {
  return buildUndated(await getCollection("services"));
}
