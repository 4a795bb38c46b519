import { pairCaption } from "@/lib/compare";

/** One service's column as the page's JSON block gives it. */
interface ProfileColumn {
  name: string;
  href: string;
  /** One cell per row of the table, in row order. */
  cells: string[];
}

/**
 * Makes the "compare any two" form live: the table shows the chosen pair as soon as a select
 * changes, and the address keeps the pair (?a=…&b=…) so a reload or a shared link shows it again.
 * Without this script the page still works: its submit leads to the pairs that matter, already drawn.
 */
export function initCompareAny(): void {
  const form = document.querySelector<HTMLFormElement>("#compare-any-form");
  const table = document.querySelector<HTMLElement>("#compare-any-table");
  const json = document.querySelector("#service-profiles")?.textContent;
  if (!form || !table || !json) return;
  const profiles = JSON.parse(json) as Record<string, ProfileColumn>;
  const selects = [form.elements.namedItem("a"), form.elements.namedItem("b")].filter(
    (el): el is HTMLSelectElement => el instanceof HTMLSelectElement,
  );
  if (selects.length !== 2) return;

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && profiles[wanted]) select.value = wanted;
  }

  const render = () => {
    const columns = selects.map((s) => profiles[s.value]).filter((c): c is ProfileColumn => !!c);
    if (columns.length !== 2) return;
    table.querySelector("caption")!.textContent = pairCaption(columns[0]!.name, columns[1]!.name);
    table.querySelectorAll("thead th a").forEach((link, i) => {
      link.setAttribute("href", columns[i]!.href);
      link.textContent = columns[i]!.name;
    });
    table.querySelectorAll("tbody tr").forEach((row, r) => {
      row.querySelectorAll("td").forEach((cell, i) => {
        cell.textContent = columns[i]!.cells[r] ?? "";
        cell.dataset.label = columns[i]!.name;
      });
    });
  };

  const update = () => {
    render();
    const url = new URL(location.href);
    for (const select of selects) url.searchParams.set(select.name, select.value);
    url.hash = "";
    history.replaceState(null, "", url);
  };

  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  // The table follows the selects at once, so the button and the no-script note are not needed.
  form.querySelector("button")?.setAttribute("hidden", "");
  document.querySelector("#compare-any-no-script")?.setAttribute("hidden", "");
  render();
}
