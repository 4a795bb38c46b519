import { withBase } from "@/lib/paths";

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const base = import.meta.env.BASE_URL;
let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind only when a search runs, so other pages carry none of its weight. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ withBase("/pagefind/pagefind.js", base)).then(
    async (pf: Pagefind) => {
      await pf.options({ baseUrl: withBase("/", base) });
      return pf;
    },
  );
  return pagefind;
}

/** Renders one result; the excerpt is Pagefind's own escaped text with <mark> around matches. */
function renderResult(result: PagefindResult): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "rounded-lg border border-line p-4";
  const link = document.createElement("a");
  link.href = result.url;
  link.className = "text-lg font-semibold text-accent";
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement("p");
  excerpt.className = "mt-1 text-muted";
  excerpt.innerHTML = result.excerpt;
  item.append(link, excerpt);
  return item;
}

/** Wires the search page: runs the query from the URL and each new one typed. */
export function initSearch(): void {
  const form = document.getElementById("search-form") as HTMLFormElement;
  const input = document.getElementById("search-query") as HTMLInputElement;
  const status = document.getElementById("search-status")!;
  const list = document.getElementById("search-results")!;

  async function run(query: string) {
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = "Type a service name, a feature or a former name.";
      return;
    }
    status.textContent = "Searching…";
    const search = await (await loadPagefind()).search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    status.textContent = `${results.length} ${results.length === 1 ? "page" : "pages"} for “${query}”.`;
    list.replaceChildren(...results.map(renderResult));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.replaceState(null, "", `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
  input.value = new URLSearchParams(location.search).get("q") ?? "";
  input.focus();
  void run(input.value);
}
