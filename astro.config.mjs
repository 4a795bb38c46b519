// @ts-check
import { rehypeHeadingIds, unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import { HEADING_LINK_OPTIONS } from "./src/lib/mdx/headingLinks";
import { remarkMarks } from "./src/lib/mdx/remarkMarks";

// One variable sets where the site is published: BASE_PATH=/data-services-notes/ for GitHub Pages.
const base = process.env.BASE_PATH ?? "/";
const site = process.env.SITE_URL ?? "https://data-services-notes.example.org";

/** Search is built from the finished pages, so `astro dev` has no index: say so when it starts. */
const searchNeedsBuild = {
  name: "search-needs-build",
  hooks: {
    /** @param {{ logger: import("astro").AstroIntegrationLogger }} options */
    "astro:server:start": ({ logger }) => {
      logger.warn(
        "Search needs a build: run `npm start` (build + serve) to use it. `npm run dev` has no index.",
      );
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Each MDX file is read once, by Astro; remarkMarks takes its marks from that syntax tree. Astro 7's
  // default processor skips remark plugins, so the unified one is chosen (getMarks fails otherwise).
  // Heading ids come first, so that each h2 and h3 can get a link to itself.
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkMarks, { siteUrl: new URL(base, site).href }]],
      rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, HEADING_LINK_OPTIONS]],
    }),
  },
  integrations: [mdx(), sitemap(), searchNeedsBuild],
  outDir: process.env.OUT_DIR ?? "./dist",
  // Caches of this checkout's own (CACHE_DIR to move them): never shared through a linked node_modules.
  cacheDir: `${process.env.CACHE_DIR ?? "./.cache"}/astro`,
  // One round trip less before the first paint: the stylesheet is small enough to travel in the page.
  build: { inlineStylesheets: "always" },
  vite: {
    cacheDir: `${process.env.CACHE_DIR ?? "./.cache"}/vite`,
    plugins: [tailwindcss()],
    // Scripts stay files, never inlined, so the Content-Security-Policy can forbid inline scripts.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own MDX modules carry a directive the bundler warns about, once per page: noise.
        onLog(level, log, handler) {
          if (log.code !== "MODULE_LEVEL_DIRECTIVE") handler(level, log);
        },
      },
    },
  },
});
