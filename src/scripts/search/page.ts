import { SearchBox, prepareSearch } from "./view";

/** The /search/ page: runs the query in ?q= and keeps the URL in step with what the reader types. */
export function initSearchPage(): void {
  const container = document.querySelector<HTMLElement>("[data-search-page]");
  if (!container) return;
  const box = new SearchBox(container, "search-page", (term) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set("q", term);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
  });
  prepareSearch();
  const query = new URLSearchParams(location.search).get("q") ?? "";
  if (query) {
    box.input.value = query;
    void box.update();
  }
  box.input.focus();
}
