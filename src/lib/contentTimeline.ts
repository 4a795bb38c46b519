import { getCollection } from "astro:content";
import { buildTimeline, type TimelineEvent } from "./timeline";

/** Every dated change the service pages state, newest first (see buildTimeline). */
export async function getTimeline(): Promise<TimelineEvent[]> {
  return buildTimeline(await getCollection("services"));
}
