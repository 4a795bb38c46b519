import { withBase } from "@/lib/paths";
import { findNamedPage, promoteToFront } from "@/lib/searchRank";
import { SEARCH_RANKING } from "@/lib/searchOptions";

/**
 * Loads Pagefind's Component UI only when the reader shows intent (hover, focus or touch on the
 * search entry, or a shortcut), so pages carry none of its weight until then. Adds what the
 * Component UI lacks: exact names first, an empty state with next steps, the query in the search
 * page's URL, and Pagefind's highlighter on pages opened from a result.
 */

interface PagefindResult {
  data(): Promise<{ url: string }>;
}
interface PagefindApi {
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindInstance {
  searchTerm: string;
  triggerLoad(): Promise<unknown>;
  triggerSearch(term: string): void;
  on(event: "results", callback: (result: { results: unknown[] }) => void): void;
  on(event: "search", callback: (term: string) => void): void;
  /** The loaded Pagefind API: an internal of the Component UI, wrapped once below. */
  __pagefind__?: PagefindApi | null;
  /** Loads Pagefind, for a search or ahead of one: an internal of the Component UI, wrapped below. */
  __load__(): Promise<void>;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
  configureInstance(name: string, options: object): void;
}
interface PagefindModal extends HTMLElement {
  open(): void;
}

const bundle = (file: string) => withBase(`/pagefind/${file}`);
/** The dialog uses the "default" instance; the search page has its own, so the two never mix. */
const INSTANCES = { dialog: "default", page: "page" } as const;
let loading: Promise<PagefindComponents> | undefined;

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

/**
 * Fetches the UI, then starts Pagefind itself (WASM and index metadata) for one instance, before the
 * first key press.
 */
export async function loadSearchUi(name: string = INSTANCES.dialog): Promise<PagefindComponents> {
  const components = await loadComponents();
  const instance = components.getInstanceManager().getInstance(name);
  if (!(name in configured)) {
    configured[name] = true;
    components.configureInstance(name, { ranking: SEARCH_RANKING, highlightParam: "highlight" });
    putExactNameFirst(instance, names!);
    searchInTypingOrder(instance);
    void instance.triggerLoad();
  }
  return components;
}

let names: Promise<Record<string, string>> | undefined;
const configured: Record<string, true> = {};

function loadComponents(): Promise<PagefindComponents> {
  loading ??= (async () => {
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = bundle("pagefind-component-ui.css");
    document.head.append(css);
    names = fetch(withBase("/search-names.json")).then((r) => r.json() as Promise<Record<string, string>>);
    try {
      await addScript(bundle("pagefind-component-ui.js"));
    } catch (error) {
      if (import.meta.env.DEV) showDevNotice();
      throw error;
    }
    await customElements.whenDefined("pagefind-modal");
    nameFilterTriggers();
    return (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
  })();
  return loading;
}

const pathOf = (url: string) => url.replace(/[?#].*$/, "");

/**
 * Wraps the instance's Pagefind API as soon as the Component UI loads it, so that a query naming a
 * page exactly shows that page first, from the very first search.
 */
function putExactNameFirst(instance: PagefindInstance, names: Promise<Record<string, string>>): void {
  let wrapped: PagefindApi | null = null;
  Object.defineProperty(instance, "__pagefind__", {
    configurable: true,
    get: () => wrapped,
    set: (api: PagefindApi | null) => {
      wrapped = api && {
        ...api,
        async search(term, options) {
          const [response, index] = await Promise.all([api.search(term, options), names]);
          const target = findNamedPage(term ?? "", index);
          if (!response || !target) return response;
          const first = response.results[0];
          if (!first || pathOf((await first.data()).url) === withBase(target)) return response;
          // The first results' fragments are loaded to be shown anyway, and Pagefind caches them.
          const head = response.results.slice(0, 10);
          const urls = await Promise.all(head.map(async (r) => pathOf((await r.data()).url)));
          const ordered = promoteToFront(
            head.map((result, i) => ({ result, url: urls[i]! })),
            (x) => x.url,
            withBase(target),
          );
          return { ...response, results: [...ordered.map((x) => x.result), ...response.results.slice(10)] };
        },
      };
    },
  });
}

/**
 * Pagefind's Component UI numbers each search once Pagefind has loaded, and shows the results of the
 * last number. Its first search waits for the whole load; searches started once the API is set, while
 * the index still loads, did not, so the first key could take the last number and a reader who typed
 * "glue" saw the results of "g". Every search now waits for one and the same load, and so is numbered
 * in the order it was typed.
 */
function searchInTypingOrder(instance: PagefindInstance): void {
  const load = instance.__load__.bind(instance);
  let loaded: Promise<void> | undefined;
  instance.__load__ = () =>
    (loaded ??= load().finally(() => {
      // A load that failed (offline, say) is tried again by the next search.
      if (!instance.__pagefind__) loaded = undefined;
    }));
}

/**
 * Pagefind's filter button has role="combobox", which takes no name from its text: give it the
 * filter's label, now and each time the dropdown redraws it, so screen readers announce it.
 */
function nameFilterTriggers(): void {
  for (const dropdown of document.querySelectorAll<HTMLElement>("pagefind-filter-dropdown")) {
    const name = () => {
      const trigger = dropdown.querySelector(".pf-dropdown-trigger");
      const label = dropdown.getAttribute("label") ?? "";
      if (trigger && !trigger.hasAttribute("aria-label"))
        trigger.setAttribute("aria-label", `Filter by ${label.toLowerCase()}`);
    };
    name();
    if (dropdown.dataset.named) continue;
    dropdown.dataset.named = "true";
    new MutationObserver(name).observe(dropdown, { childList: true, subtree: true });
  }
}

/** Shows the empty state inside `container` when a search finds nothing. */
function watchEmpty(instance: PagefindInstance, container: Element | null): void {
  const empty = container?.querySelector<HTMLElement>("[data-search-empty]");
  if (!empty) return;
  instance.on("results", ({ results }) => {
    empty.hidden = !(instance.searchTerm && results.length === 0);
  });
}

/**
 * Opens the search dialog, loading it first if needed; what the reader types meanwhile is kept, after
 * `typedBefore`, the keys kept while this module itself was loading (src/scripts/searchEntry.ts).
 */
export async function openSearch(typedBefore: string[] = []): Promise<void> {
  const typedEarly: string[] = [...typedBefore];
  const keep = (event: KeyboardEvent) => {
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      typedEarly.push(event.key);
      event.preventDefault();
    }
  };
  document.addEventListener("keydown", keep);
  const components = await loadSearchUi();
  const modal = document.querySelector<PagefindModal>("pagefind-modal");
  if (!modal) return;
  if (!modal.dataset.watched) {
    modal.dataset.watched = "true";
    watchEmpty(components.getInstanceManager().getInstance(INSTANCES.dialog), modal);
  }
  modal.open();
  // The dialog focuses its input on the next frame; hand over the early keys after that.
  await new Promise(requestAnimationFrame);
  document.removeEventListener("keydown", keep);
  const input = modal.querySelector("input");
  if (input && typedEarly.length) {
    input.value += typedEarly.join("");
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

/** The /search/ page: runs the query in ?q= and keeps the URL in step with what the reader types. */
export async function initSearchPage(): Promise<void> {
  const container = document.querySelector("[data-search-page]");
  document.querySelector<HTMLElement>(".search-nojs")?.setAttribute("hidden", "");
  const components = await loadSearchUi(INSTANCES.page);
  const instance = components.getInstanceManager().getInstance(INSTANCES.page);
  watchEmpty(instance, container);
  instance.on("search", (term) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set("q", term);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
  });
  await customElements.whenDefined("pagefind-input");
  const input = container?.querySelector("input");
  const query = new URLSearchParams(location.search).get("q") ?? "";
  if (input && query) {
    input.value = query;
    instance.triggerSearch(query);
  }
  input?.focus();
}

/** Marks the searched words on a page opened from a result (Pagefind's highlight script). */
export async function highlightMatches(): Promise<void> {
  const { default: PagefindHighlight } = (await import(
    /* @vite-ignore */ bundle("pagefind-highlight.js")
  )) as {
    default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  };
  // The site styles <mark> itself, in both themes.
  new PagefindHighlight({ highlightParam: "highlight", addStyles: false });
}

/** In `npm run dev` there is no index: say so instead of failing silently. */
function showDevNotice(): void {
  const notice = document.createElement("p");
  notice.setAttribute("role", "alert");
  notice.className = "fixed inset-x-4 top-4 z-50 rounded-md border border-warn-line bg-warn-bg p-3 text-sm";
  notice.textContent =
    "Search needs a build: the Pagefind index is made by `npm run build`. Run `npm start` (build and serve) to try search.";
  document.body.append(notice);
  setTimeout(() => notice.remove(), 8000);
}
