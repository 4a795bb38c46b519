import type { APIRoute } from "astro";
import { Feed } from "feed";
import { getTimeline } from "@/lib/contentTimeline";
import { servicePath, withBase } from "@/lib/paths";
import { SITE_TITLE } from "@/site";

/** The changes at AWS as an Atom feed, built with the feed package (one entry per dated change). */
export const GET: APIRoute = async () => {
  const events = await getTimeline();
  const url = (path: string) => new URL(withBase(path), import.meta.env.SITE).href;
  const feed = new Feed({
    id: url("/changes/"),
    link: url("/changes/"),
    title: `${SITE_TITLE}: what changed at AWS`,
    description: "Renames, closures, retirements and general availability of AWS data services.",
    copyright: SITE_TITLE,
    updated: new Date(events[0]?.date ?? "2026-01-01"),
    feedLinks: { atom: url("/changes.xml") },
  });
  for (const e of events) {
    feed.addItem({
      id: url(`/changes/#${e.id}`),
      link: url(servicePath(e.serviceId)),
      title: `${e.kind}: ${e.summary}`,
      date: new Date(e.date),
      content: [e.note, `AWS source: ${e.source}`].filter(Boolean).join("\n\n"),
    });
  }
  return new Response(feed.atom1(), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
