import { withBase } from "@/lib/paths";

/** Marks the searched words on a page opened from a result (Pagefind's highlight script, ?highlight=). */
export async function highlightMatches(): Promise<void> {
  const { default: PagefindHighlight } = (await import(
    /* @vite-ignore */ withBase("/pagefind/pagefind-highlight.js")
  )) as {
    default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  };
  // The site styles <mark> itself, in both themes.
  new PagefindHighlight({ highlightParam: "highlight", addStyles: false });
}
