import { withBase } from "@/lib/paths";

/**
 * Loads Pagefind's Component UI only when the reader shows intent (hover or focus on the search
 * entry, or a shortcut), so pages carry none of its weight until then. Also runs Pagefind's
 * highlighter on pages opened from a search result.
 */

interface PagefindModal extends HTMLElement {
  open(): void;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): { triggerLoad(): Promise<unknown> } };
}

const base = import.meta.env.BASE_URL;
const bundle = (file: string) => withBase(`/pagefind/${file}`, base);
let loading: Promise<void> | undefined;

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

/** Fetches the UI, then starts Pagefind itself (WASM and index metadata) before the first key press. */
export function loadSearchUi(): Promise<void> {
  loading ??= (async () => {
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = bundle("pagefind-component-ui.css");
    document.head.append(css);
    await addScript(bundle("pagefind-component-ui.js"));
    await customElements.whenDefined("pagefind-modal");
    const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
    void components?.getInstanceManager().getInstance("default").triggerLoad();
  })();
  return loading;
}

/** Opens the search dialog, loading it first if needed. */
export async function openSearch(): Promise<void> {
  await loadSearchUi();
  document.querySelector<PagefindModal>("pagefind-modal")?.open();
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Wires the header entry and the shortcuts "/" and Ctrl/Cmd+K. */
export function initSearchEntry(): void {
  for (const trigger of document.querySelectorAll<HTMLAnchorElement>("[data-search-trigger]")) {
    trigger.setAttribute("role", "button");
    trigger.setAttribute("aria-haspopup", "dialog");
    for (const intent of ["pointerenter", "focus", "touchstart"]) {
      trigger.addEventListener(intent, () => void loadSearchUi(), { once: true, passive: true });
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
  if (new URLSearchParams(location.search).has("highlight")) void highlightMatches();
}

/** Marks the searched words on a page opened from a result (Pagefind's highlight script). */
async function highlightMatches(): Promise<void> {
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ bundle("pagefind-highlight.js"))) as {
    default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  };
  // The site styles <mark> itself, in both themes.
  new PagefindHighlight({ highlightParam: "highlight", addStyles: false });
}
