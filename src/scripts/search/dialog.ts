import { h } from "../dom";
import { SearchBox, prepareSearch } from "./view";

/**
 * The search dialog, made on first use so that pages carry none of it. A modal <dialog>: Esc closes it
 * and the browser gives focus back to where it was; a click on the backdrop closes it too.
 */

let box: SearchBox | undefined;
let dialog: HTMLDialogElement | undefined;

function makeDialog(): { dialog: HTMLDialogElement; box: SearchBox } {
  const element = h("dialog", { class: "search-dialog", "aria-label": "Search" }) as HTMLDialogElement;
  const close = h("button", { type: "button", class: "search-close" }, "Close");
  close.addEventListener("click", () => element.close());
  element.addEventListener("click", (event) => {
    if (event.target === element) element.close();
  });
  const searchBox = new SearchBox(element, "search-dialog");
  element.querySelector(".search-bar")?.append(close);
  document.body.append(element);
  return { dialog: element, box: searchBox };
}

/** Starts loading names and full text, ahead of the first key (the reader hovered or focused search). */
export { prepareSearch };

/** Opens the dialog; `typed` are the keys pressed while this code was loading, in order. */
export function openSearch(typed: string[] = []): void {
  if (!dialog || !box) ({ dialog, box } = makeDialog());
  prepareSearch();
  if (!dialog.open) dialog.showModal();
  box.input.focus();
  if (typed.length) {
    box.input.value += typed.join("");
    void box.update();
  }
}
