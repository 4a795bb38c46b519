/**
 * Hides the open term definitions without moving the pointer or the focus (WCAG 1.4.13,
 * "dismissible"): the term under the pointer or with focus keeps its tip hidden until the pointer
 * leaves it or it loses focus. Showing a tip needs no script; only hiding it on Esc does, so
 * src/scripts/pageEntry.ts loads this on a page's first Esc.
 */
export function dismissOpenTermTips(): void {
  for (const term of document.querySelectorAll<HTMLElement>(".term:is(:hover, :focus-visible)")) {
    if (term.classList.contains("tip-dismissed")) continue;
    term.classList.add("tip-dismissed");
    const restore = () => {
      term.classList.remove("tip-dismissed");
      term.removeEventListener("mouseleave", restore);
      term.removeEventListener("blur", restore);
    };
    term.addEventListener("mouseleave", restore);
    term.addEventListener("blur", restore);
  }
}
