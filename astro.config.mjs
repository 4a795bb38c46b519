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

/**
 * Vite wraps each dynamic import in a helper that preloads the imported chunk's dependencies and CSS:
 * 1.7 KB (0.7 KB gzip) in the one script every page loads, and a list of file names beside it. The
 * site's lazily loaded chunks (search, link previews, a term's tip) bring no CSS, and what they import
 * the page script has loaded already, so there is nothing to preload: this plugin turns module
 * preloading off for the browser's scripts (Astro's build config turns it on, over the user's), puts a
 * plain call in the helper's place, and fails the build if a lazily loaded chunk ever does bring CSS
 * (the plain call would not load it).
 * @type {import("vite").Plugin}
 */
const plainDynamicImports = {
  name: "plain-dynamic-imports",
  apply: "build",
  enforce: "pre",
  configEnvironment(name) {
    if (name === "client") return { build: { modulePreload: false } };
  },
  load(id) {
    if (id === "\0vite/preload-helper.js") return "export const __vitePreload = (load) => load();";
  },
  generateBundle(_, bundle) {
    if (this.environment.config.consumer !== "client") return;
    const chunks = new Map(
      Object.values(bundle).flatMap((f) => (f.type === "chunk" ? [[f.fileName, f]] : [])),
    );
    const seen = new Set();
    /** @param {string} name a chunk loaded lazily, or one such a chunk imports */
    const check = (name) => {
      const chunk = chunks.get(name);
      if (!chunk || seen.has(name)) return;
      seen.add(name);
      // viteMetadata is Vite's addition to Rolldown's chunk, absent from its type.
      if (/** @type {any} */ (chunk).viteMetadata?.importedCss.size) {
        this.error(`${name} is loaded lazily and imports CSS: a plain import() would not load it`);
      }
      chunk.imports.forEach(check);
    };
    for (const chunk of chunks.values()) if (chunk.isDynamicEntry) check(chunk.fileName);
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
    // Code blocks in the notes (SQL, JSON): the high-contrast GitHub theme, whose comments pass WCAG AA
    // contrast on its background, as the default github-dark's do not.
    shikiConfig: { theme: "github-dark-high-contrast" },
  },
  integrations: [mdx(), sitemap(), searchNeedsBuild],
  outDir: process.env.OUT_DIR ?? "./dist",
  // Caches of this checkout's own (CACHE_DIR to move them): never shared through a linked node_modules.
  cacheDir: `${process.env.CACHE_DIR ?? "./.cache"}/astro`,
  // One round trip less before the first paint: the stylesheet is small enough to travel in the page.
  build: { inlineStylesheets: "always" },
  vite: {
    cacheDir: `${process.env.CACHE_DIR ?? "./.cache"}/vite`,
    plugins: [tailwindcss(), plainDynamicImports],
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
