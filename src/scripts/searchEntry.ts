/**
 * The header's search entry and the shortcuts "/" and Ctrl/Cmd+K, on every page. It is small: the
 * search dialog (src/scripts/search/dialog.ts) loads on the reader's first sign of intent, and the keys
 * typed while it loads are kept and handed over, so none is lost.
 */
const loadSearch = () => import("./search/dialog");

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Opens search, keeping what the reader types until the search code has loaded. */
async function openSearch(): Promise<void> {
  const typed: string[] = [];
  const keep = (event: KeyboardEvent) => {
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      typed.push(event.key);
      event.preventDefault();
    }
  };
  document.addEventListener("keydown", keep);
  try {
    const search = await loadSearch();
    // The dialog's input has focus from here on: no key falls between the listener and the input.
    search.openSearch(typed);
  } finally {
    document.removeEventListener("keydown", keep);
  }
}

/** Wires the header entry and the shortcuts "/" and Ctrl/Cmd+K. */
export function initSearchEntry(): void {
  for (const trigger of document.querySelectorAll<HTMLAnchorElement>("[data-search-trigger]")) {
    trigger.setAttribute("role", "button");
    trigger.setAttribute("aria-haspopup", "dialog");
    for (const intent of ["pointerenter", "focus", "touchstart"]) {
      trigger.addEventListener(
        intent,
        () =>
          void loadSearch()
            .then((search) => search.prepareSearch())
            .catch(() => {}),
        { once: true, passive: true },
      );
    }
    trigger.addEventListener("click", (event) => {
      event.preventDefault();
      void openSearch();
    });
  }
  document.addEventListener("keydown", (event) => {
    const shortcut =
      (event.key === "/" && !isTyping(event.target)) ||
      (event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey));
    if (!shortcut || document.querySelector("dialog[open]")) return;
    event.preventDefault();
    void openSearch();
  });
  if (new URLSearchParams(location.search).has("highlight"))
    void import("./search/highlight").then((s) => s.highlightMatches());
}
