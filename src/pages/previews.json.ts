import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { buildPreviews } from "@/lib/previews";

/**
 * Every service's preview card in one small file, fetched by src/scripts/linkPreview.ts on a reader's
 * first hover or focus, instead of repeating the text on every link of every page.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildPreviews(await getCollection("services"))), {
    headers: { "Content-Type": "application/json" },
  });
