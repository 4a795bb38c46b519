import type { APIRoute } from "astro";
import { withBase } from "@/lib/paths";

/** robots.txt, pointing crawlers at the sitemap wherever the site is published. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase("/sitemap-index.xml"), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
};
