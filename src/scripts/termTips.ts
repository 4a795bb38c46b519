/**
 * Lets Esc hide an open term definition without moving the pointer or the focus (WCAG 1.4.13,
 * "dismissible"): the term under the pointer or with focus keeps its tip hidden until the pointer
 * leaves it or it loses focus. Showing the tip needs no script; only hiding it on Esc does.
 */
export function dismissTermTipsOnEscape(): void {
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
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
  });
}
