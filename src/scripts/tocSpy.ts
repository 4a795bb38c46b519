/**
 * Marks, in the "On this page" list, the section being read: the last heading that has scrolled
 * past the top fifth of the window. The mark is aria-current="location", so it is announced too.
 */
export function markSectionBeingRead(): void {
  const links = [
    ...document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="On this page"] a[href^="#"]'),
  ];
  const headings = links
    .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
    .filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  let frame = 0;
  const update = () => {
    frame = 0;
    const line = window.innerHeight / 5;
    const current = headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1) ?? headings[0]!;
    for (const link of links) {
      if (link.hash === `#${current.id}`) link.setAttribute("aria-current", "location");
      else link.removeAttribute("aria-current");
    }
  };
  addEventListener("scroll", () => (frame ||= requestAnimationFrame(update)), { passive: true });
  update();
}
