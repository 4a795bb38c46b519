/**
 * An element from a tag, its class (a string) or its attributes, and its children. Text children are
 * text, never HTML. The one element builder of the site's scripts: search, the study tools and the
 * progress page each import it, and it imports nothing, so it adds no other module to a page.
 */
export function h(
  tag: string,
  attributes: string | Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const element = document.createElement(tag);
  const entries = typeof attributes === "string" ? [["class", attributes]] : Object.entries(attributes);
  for (const [name, value] of entries) if (name !== "class" || value) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
