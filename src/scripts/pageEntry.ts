/**
 * The one script every page loads at once: it wires each site-wide feature whose elements the page
 * has. One module rather than one per component, because a page then fetches a single small file
 * instead of seven tiny ones, and gzip compresses them together. Each feature keeps its own file; the
 * larger ones that wait for the reader (search, link previews) load their code on intent.
 */
import { initCopyMarkdown } from "./copyMarkdown";
import { initLinkPreviewOnIntent } from "./linkPreviewEntry";
import { registerOfflineWorker } from "./offline";
import { initSearchEntry } from "./searchEntry";
import { dismissTermTipsOnEscape } from "./termTips";
import { initThemeToggle } from "./theme";
import { markSectionBeingRead } from "./tocSpy";

initThemeToggle(document.getElementById("theme-toggle"));
initSearchEntry();
markSectionBeingRead();
if (document.querySelector(".term")) dismissTermTipsOnEscape();
initLinkPreviewOnIntent(document.getElementById("link-preview"));
initCopyMarkdown();
registerOfflineWorker();
