import css from "./search.css?inline";
import { withBase } from "@/lib/paths";
import { matchNames, type SearchNames } from "@/lib/searchNames";
import { mergeRows, type FoundPage, type PageRow } from "@/lib/searchRows";
import { h } from "../dom";
import { loadFullText, searchFullText } from "./fullText";

/**
 * A search box: an input (a combobox) over a listbox of results, with a category filter. Pages named
 * by the query show at once, from `/search-names.json`; full-text results follow when Pagefind has
 * loaded. Used by the search dialog and the /search/ page.
 */

let namesLoading: Promise<SearchNames> | undefined;

/** The names file, fetched once; a failed fetch is tried again next time. */
export function loadNames(): Promise<SearchNames> {
  namesLoading ??= fetch(withBase("/search-names.json"))
    .then((response) => {
      if (!response.ok) throw new Error(`search-names.json: HTTP ${response.status}`);
      return response.json() as Promise<SearchNames>;
    })
    .catch((error: unknown) => {
      namesLoading = undefined;
      throw error;
    });
  return namesLoading;
}

let styled = false;

/** Adds the search box's styles to the document once: they come with this code, not with every page. */
function addStyles(): void {
  if (styled) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Starts loading everything search needs, ahead of the first key: the names first, so that on a slow
 * connection the few KB that answer names never queue behind Pagefind's 140 KB.
 */
export function prepareSearch(): void {
  void loadNames()
    .catch(() => {})
    .finally(() => void loadFullText().catch(() => {}));
}

/** Pagefind's excerpt: its text is escaped and only <mark> is added, so it is set as HTML. */
function excerpt(html: string, id: string): HTMLElement {
  const element = h("span", { class: "search-excerpt", id });
  element.innerHTML = html;
  return element;
}

const PLACEHOLDER = "A service, a former name, a concept…";

export class SearchBox {
  readonly input: HTMLInputElement;
  private readonly category: HTMLSelectElement;
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;
  private readonly empty: HTMLElement;
  private searches = 0;

  /** Builds the box inside `root`; `id` prefixes its element ids; `onSearch` hears each term searched. */
  constructor(
    private readonly root: HTMLElement,
    private readonly id: string,
    private readonly onSearch: (term: string) => void = () => {},
  ) {
    addStyles();
    this.input = h("input", {
      type: "search",
      role: "combobox",
      "aria-label": "Search",
      "aria-autocomplete": "list",
      "aria-controls": `${id}-list`,
      "aria-expanded": "false",
      autocomplete: "off",
      spellcheck: "false",
      enterkeyhint: "go",
      placeholder: PLACEHOLDER,
    }) as HTMLInputElement;
    this.category = h(
      "select",
      { "aria-label": "Category" },
      h("option", { value: "" }, "All categories"),
    ) as HTMLSelectElement;
    this.list = h("div", {
      id: `${id}-list`,
      role: "listbox",
      "aria-label": "Search results",
      class: "search-results",
    });
    this.status = h("p", { role: "status", class: "search-status", "data-search-status": "" });
    this.empty = h("div", { class: "search-empty", "data-search-empty": "", hidden: "" });
    root.append(
      h("div", { class: "search-bar" }, this.input, this.category),
      this.status,
      this.list,
      this.empty,
    );
    this.input.addEventListener("input", () => void this.update());
    this.category.addEventListener("change", () => void this.update());
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    void loadNames()
      .then((names) =>
        this.category.append(...names.categories.map((label) => h("option", { value: label }, label))),
      )
      .catch(() => {});
  }

  /** Searches for what the input holds: names at once, then full text. */
  async update(): Promise<void> {
    const search = ++this.searches;
    const term = this.input.value.trim();
    const category = this.category.value;
    const current = () => search === this.searches;
    this.onSearch(term);
    delete this.root.dataset.searchDone;
    if (!term) {
      this.show([]);
      this.status.textContent = "";
      this.empty.hidden = true;
      return;
    }
    const names = await loadNames().catch(() => undefined);
    if (!current()) return;
    const named = names ? matchNames(term, names.pages, { category }) : [];
    this.show(mergeRows(term, named, undefined, withBase));
    this.status.textContent = named.length
      ? `${named.length} ${named.length === 1 ? "name matches" : "names match"}; searching the full text…`
      : "Searching…";
    let found: FoundPage[] | undefined;
    try {
      found = await searchFullText(term, category);
    } catch {
      found = undefined;
    }
    if (!current()) return;
    const rows = mergeRows(term, named, found ?? [], withBase);
    this.show(rows);
    this.status.textContent = found
      ? `${rows.length} ${rows.length === 1 ? "result" : "results"} for ${term}`
      : import.meta.env.DEV
        ? "Full-text search needs the index that a build makes: run npm start."
        : "Full-text search could not load; only names are searched.";
    this.empty.hidden = rows.length > 0;
    if (!rows.length && names) this.fillEmpty(names);
    this.root.dataset.searchDone = term;
  }

  /** Draws the rows as options, keeping the active one when it is still listed. */
  private show(rows: PageRow[]): void {
    const activeUrl = this.activeOption()?.getAttribute("href");
    let n = 0;
    // An option's name is its text, title first then note and excerpt, so that the name contains
    // what the reader sees (WCAG 2.5.3, label in name); the category before it is hidden from it.
    const option = (url: string, className: string, title: string, ...rest: HTMLElement[]) => {
      const id = `${this.id}-${n++}`;
      return h(
        "a",
        { id, href: url, role: "option", class: className, "aria-selected": "false" },
        h("span", { class: "search-title", id: `${id}-title` }, title),
        ...rest,
      );
    };
    const options = rows.flatMap((row, i) => {
      const parts: HTMLElement[] = [];
      if (row.note) parts.push(h("span", { class: "search-note", id: `${this.id}-${n}-note` }, row.note));
      if (row.excerpt) parts.push(excerpt(row.excerpt, `${this.id}-${n}-excerpt`));
      const page = option(row.url, "search-result", row.title, ...parts);
      if (row.category)
        page.prepend(h("span", { class: "result-category", "aria-hidden": "true" }, row.category));
      page.dataset.row = String(i);
      const sections = row.sections.map((section) =>
        option(
          section.url,
          "search-result search-section",
          section.title,
          excerpt(section.excerpt, `${this.id}-${n}-excerpt`),
        ),
      );
      return [page, ...sections];
    });
    this.list.replaceChildren(...options);
    this.input.setAttribute("aria-expanded", String(options.length > 0));
    const keep = options.findIndex((o) => o.getAttribute("href") === activeUrl);
    this.setActive(keep >= 0 ? keep : 0);
  }

  private options(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>("[role=option]")];
  }

  private activeOption(): HTMLElement | undefined {
    const id = this.input.getAttribute("aria-activedescendant");
    return id ? (this.list.querySelector<HTMLElement>(`[id="${id}"]`) ?? undefined) : undefined;
  }

  /** Marks option `index` active for the combobox (none when there are no options). */
  private setActive(index: number): void {
    const options = this.options();
    options.forEach((o, i) => o.setAttribute("aria-selected", String(i === index)));
    const active = options[index];
    if (active) {
      this.input.setAttribute("aria-activedescendant", active.id);
      active.scrollIntoView({ block: "nearest" });
    } else this.input.removeAttribute("aria-activedescendant");
  }

  /** Arrows move through the options, Enter opens the active one. */
  private onKey(event: KeyboardEvent): void {
    const options = this.options();
    const index = options.findIndex((o) => o.id === this.input.getAttribute("aria-activedescendant"));
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!options.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.setActive((index + step + options.length) % options.length);
    } else if (event.key === "Enter" && options[index]) {
      event.preventDefault();
      location.assign(options[index].getAttribute("href")!);
    }
  }

  /** The empty state: what to try next, and every category to browse. */
  private fillEmpty(names: SearchNames): void {
    if (this.empty.childElementCount) return;
    const browse = h("li", {}, "Browse by category: ");
    names.browse.forEach(({ label, href }, i) => {
      if (i) browse.append(" · ");
      browse.append(h("a", { href: withBase(href) }, label));
    });
    this.empty.append(
      h("p", { class: "search-empty-title" }, "Nothing matches that yet."),
      h(
        "ul",
        {},
        h("li", {}, "Check the spelling, or try fewer words."),
        h(
          "li",
          {},
          "Try the service's short name (Firehose), its former name (Elasticsearch) or a concept (columnar).",
        ),
        browse,
        h("li", {}, "Or see ", h("a", { href: withBase("/search/#a-z") }, "every service, A–Z"), "."),
      ),
    );
  }
}
