/**
 * The one script every page loads at once: it wires each site-wide feature whose elements the page
 * has. One module rather than one per component, because a page then fetches a single small file
 * instead of seven tiny ones, and gzip compresses them together. Each feature keeps its own file; those
 * that wait for the reader (search, link previews, hiding a term's tip) load their code on intent.
 */
import { initCopyMarkdown } from "./copyMarkdown";
import { initLinkPreviewOnIntent } from "./linkPreviewEntry";
import { registerOfflineWorker } from "./offline";
import { initSearchEntry } from "./searchEntry";
import { initThemeToggle } from "./theme";
import { markSectionBeingRead } from "./tocSpy";

initThemeToggle(document.getElementById("theme-toggle"));
initSearchEntry();
markSectionBeingRead();
// A term's tip needs a script only to hide on Esc: its code loads on the first Esc of a page with terms.
if (document.querySelector(".term")) {
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") void import("./termTips").then((tips) => tips.dismissOpenTermTips());
  });
}
initLinkPreviewOnIntent();
initCopyMarkdown();
registerOfflineWorker();
