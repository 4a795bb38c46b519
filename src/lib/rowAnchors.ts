import GithubSlugger from "github-slugger";

/**
 * The ids of a comparison table's rows, from their aspects ("Push or pull" → "row-push-or-pull"), with
 * the slugger Astro uses for headings, so that a row can be linked and cited like a section. The prefix
 * keeps them apart from the page's heading ids.
 */
export function rowAnchors(aspects: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return aspects.map((aspect) => `row-${slugger.slug(aspect)}`);
}
