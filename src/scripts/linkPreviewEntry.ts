/**
 * Link previews on intent: their code (src/scripts/linkPreview.ts) loads when the pointer first moves
 * onto, or keyboard focus first reaches, a link inside a [data-link-previews] region, and takes over from
 * the reader's latest such move. A page that is only read downloads none of it.
 */
export function initLinkPreviewOnIntent(): void {
  if (!document.querySelector("[data-link-previews]")) return;
  let latest: Event | undefined;
  let loading: Promise<void> | undefined;
  const onIntent = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest("[data-link-previews] a")) return;
    latest = event;
    loading ??= import("./linkPreview").then(({ initLinkPreview }) => {
      document.removeEventListener("pointerover", onIntent);
      document.removeEventListener("focusin", onIntent);
      initLinkPreview(latest);
    });
  };
  document.addEventListener("pointerover", onIntent);
  document.addEventListener("focusin", onIntent);
}
