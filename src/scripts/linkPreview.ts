import { withBase } from "@/lib/paths";
import type { ServicePreview } from "@/lib/previews";
import { h } from "./dom";

/** How long a pointer or keyboard focus rests on a link before its card shows. */
const DELAY_MS = 300;
const GAP_PX = 8;
const servicesPrefix = withBase("/services/");
/** The card's lines: what each shows of the service, and how. */
const CARD_LINES = [
  ["category", "text-xs font-medium text-muted"],
  ["name", "font-semibold text-fg"],
  ["summary", "mt-1 text-muted"],
] as const;

/**
 * The card, made when this code first runs: it never shows without JavaScript, so the page's HTML does
 * without it. It repeats the target's summary, so screen readers skip it; it is hidden on devices that
 * cannot hover. Its box-shadow is Tailwind's large one written as the CSS property: the utility would
 * bring the variables it composes with into every page's stylesheet (0.25 KB gzip) for the same drawing.
 */
function createCard(): HTMLElement {
  const card = h(
    "div",
    {
      id: "link-preview",
      hidden: "",
      "aria-hidden": "true",
      class:
        "no-print pointer-events-none fixed z-40 w-80 max-w-[calc(100vw-1rem)] rounded-lg border border-line bg-surface p-3 text-sm [box-shadow:0_10px_15px_-3px_rgb(0_0_0/0.1),0_4px_6px_-4px_rgb(0_0_0/0.1)] [@media(hover:none)]:hidden!",
    },
    ...CARD_LINES.map(([field, classes]) => h("p", { "data-preview": field, class: classes })),
  );
  document.body.append(card);
  return card;
}

/**
 * Shows a card with a service's name, category and summary when a reader rests the pointer on, or
 * moves keyboard focus to, a link to that service inside a [data-link-previews] region. Touch is
 * ignored; Esc hides the card; the card never takes focus. `latest` is the reader's latest move onto a
 * link while this code loaded (src/scripts/linkPreviewEntry.ts): it came before these listeners, so it
 * is handled here.
 */
export function initLinkPreview(latest?: Event): void {
  const card = createCard();
  const canHover = window.matchMedia("(hover: hover)");
  let previews: Promise<Record<string, ServicePreview>> | undefined;
  let current: HTMLAnchorElement | undefined;
  // The link whose card the reader closed with Esc: it stays closed until the pointer or focus leaves.
  let dismissed: HTMLAnchorElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = (): Promise<Record<string, ServicePreview>> =>
    (previews ??= fetch(withBase("/previews.json"))
      .then((response) => response.json())
      .catch(() => {
        // Offline or blocked: no card this time, and another try on the next hover.
        previews = undefined;
        return {};
      }));

  /** The service link an event happened on, with the service's id. */
  const serviceLink = (target: EventTarget | null): [HTMLAnchorElement, string] | undefined => {
    const link = target instanceof Element ? target.closest("[data-link-previews] a") : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return undefined;
    if (!link.pathname.startsWith(servicesPrefix)) return undefined;
    const id = /^([^/]+)\/$/.exec(link.pathname.slice(servicesPrefix.length))?.[1];
    return id ? [link, id] : undefined;
  };

  const hide = () => {
    clearTimeout(timer);
    current = undefined;
    card.hidden = true;
  };

  const show = (link: HTMLAnchorElement, preview: ServicePreview) => {
    for (const field of card.querySelectorAll<HTMLElement>("[data-preview]")) {
      field.textContent = preview[field.dataset.preview as keyof ServicePreview];
    }
    card.hidden = false;
    const rect = link.getClientRects()[0] ?? link.getBoundingClientRect();
    const below = rect.bottom + GAP_PX;
    const fitsBelow = below + card.offsetHeight <= window.innerHeight;
    const top = fitsBelow ? below : rect.top - GAP_PX - card.offsetHeight;
    const left = Math.min(rect.left, window.innerWidth - card.offsetWidth - GAP_PX);
    card.style.top = `${Math.max(GAP_PX, top)}px`;
    card.style.left = `${Math.max(GAP_PX, left)}px`;
  };

  const schedule = ([link, id]: [HTMLAnchorElement, string]) => {
    if (link === current || link === dismissed) return;
    hide();
    current = link;
    const data = load();
    timer = setTimeout(async () => {
      const preview = (await data)[id];
      if (preview && current === link) show(link, preview);
    }, DELAY_MS);
  };

  const onPointerOver = (event: PointerEvent) => {
    if (event.pointerType === "touch" || !canHover.matches) return;
    const found = serviceLink(event.target);
    if (found) schedule(found);
  };
  const onFocusIn = (event: FocusEvent) => {
    const found = serviceLink(event.target);
    // Only keyboard focus: a click or tap focuses the link too, and must not open a card.
    if (found?.[0].matches(":focus-visible")) schedule(found);
  };

  document.addEventListener("pointerover", onPointerOver);
  /** Forgets a link the pointer or focus has left. */
  const leave = (link: HTMLAnchorElement | undefined) => {
    if (link === dismissed) dismissed = undefined;
    if (link === current) hide();
  };

  document.addEventListener("pointerout", (event) => {
    const link = serviceLink(event.target)?.[0];
    if (!link?.contains(event.relatedTarget as Node | null)) leave(link);
  });
  document.addEventListener("focusin", onFocusIn);
  document.addEventListener("focusout", (event) => leave(serviceLink(event.target)?.[0]));
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !current) return;
    dismissed = current;
    hide();
  });
  window.addEventListener("scroll", () => card.hidden || hide(), { passive: true });

  // The pointer may have left the link since (focus is checked by onFocusIn): then nothing shows.
  if (latest instanceof PointerEvent && serviceLink(latest.target)?.[0].matches(":hover"))
    onPointerOver(latest);
  if (latest instanceof FocusEvent) onFocusIn(latest);
}
