import { optimize, type CustomPlugin, type XastElement, type XastParent } from "svgo";

/** The elements a drawing defines once and points at by id (`url(#id)`, `href="#id"`). */
const DEFINITIONS = new Set([
  "clipPath",
  "filter",
  "linearGradient",
  "marker",
  "mask",
  "pattern",
  "radialGradient",
  "symbol",
]);
/** A reference to an id: `url(#id)` in an attribute or a style sheet, or a whole `#id` (href). */
const REFERENCE = /url\(\s*['"]?#([^)'"\s]+)['"]?\s*\)|^#(\S+)$/g;

/** Every element below `parent`, depth first. */
function* elementsOf(parent: XastParent): Generator<XastElement> {
  for (const child of parent.children) {
    if (child.type !== "element") continue;
    yield child;
    yield* elementsOf(child);
  }
}

/**
 * Mermaid draws every arrowhead a flowchart might use (a dozen markers for one kind of arrow), and
 * gradients and effects it never applies: the definitions no element and no style rule refers to go.
 */
const removeUnreferencedDefinitions: CustomPlugin = {
  name: "removeUnreferencedDefinitions",
  fn: (root) => {
    const referenced = new Set<string>();
    for (const element of elementsOf(root)) {
      const texts = element.children.flatMap((c) =>
        c.type === "text" || c.type === "cdata" ? [c.value] : [],
      );
      for (const text of [...Object.values(element.attributes), ...texts]) {
        for (const [, inUrl, inHref] of text.matchAll(REFERENCE)) referenced.add(inUrl ?? inHref ?? "");
      }
    }
    return {
      element: {
        enter(node, parent) {
          const { id } = node.attributes;
          if (DEFINITIONS.has(node.name) && id && !referenced.has(id)) {
            parent.children = parent.children.filter((child) => child !== node);
          }
        },
      },
    };
  },
};

/**
 * Makes a drawn diagram smaller with SVGO (a maintained optimiser) as `npm run diagrams` stores it: numbers
 * rounded, paths merged, whitespace gone, Mermaid's data-* attributes (read by nothing once drawn), its
 * unused definitions and the style rules that match none of its elements dropped. Ids and classes stay
 * as Mermaid wrote them (the theme's CSS variables and the diagram's own rules point at them), and so
 * do the title and description that screen readers announce.
 */
export function optimizeDiagramSvg(svg: string): string {
  return optimize(svg, {
    multipass: true,
    // A tenth of a unit is finer than a screen shows at the sizes diagrams are drawn.
    floatPrecision: 1,
    plugins: [
      {
        name: "preset-default",
        params: {
          overrides: {
            cleanupIds: false,
            inlineStyles: false,
            // Mermaid's style sheet styles rect elements (edge label backgrounds): they stay rects.
            convertShapeToPath: false,
            removeDesc: false,
            // It finds nothing to remove in Mermaid's drawings (the output is the same byte for byte)
            // and took 60% of SVGO's time: it matches style rules against every element.
            removeHiddenElems: false,
            removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true, keepDataAttrs: false },
          },
        },
      },
      removeUnreferencedDefinitions,
    ],
  }).data;
}
