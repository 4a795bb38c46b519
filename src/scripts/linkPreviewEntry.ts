/**
 * Link previews on intent: the card's code (src/scripts/linkPreview.ts) loads when the pointer first
 * moves onto, or keyboard focus first reaches, a link inside a [data-link-previews] region, and takes
 * over from the reader's latest such move. A page that is only read downloads none of it.
 */
export function initLinkPreviewOnIntent(card: HTMLElement | null): void {
  if (!card) return;
  let latest: Event | undefined;
  let loading: Promise<void> | undefined;
  const onIntent = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest("[data-link-previews] a")) return;
    latest = event;
    loading ??= import("./linkPreview").then(({ initLinkPreview }) => {
      document.removeEventListener("pointerover", onIntent);
      document.removeEventListener("focusin", onIntent);
      initLinkPreview(card, latest);
    });
  };
  document.addEventListener("pointerover", onIntent);
  document.addEventListener("focusin", onIntent);
}
