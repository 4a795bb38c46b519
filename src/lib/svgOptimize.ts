import { optimize } from "svgo";

/**
 * Makes a drawn diagram smaller with SVGO (a maintained optimiser) before it is inlined: numbers
 * rounded, paths merged, whitespace gone. Ids, classes and the style sheet stay as Mermaid wrote them
 * (the theme's CSS variables and the diagram's own rules point at them), and so do the title and
 * description that screen readers announce.
 */
export function optimizeDiagramSvg(svg: string): string {
  return optimize(svg, {
    multipass: true,
    plugins: [
      {
        name: "preset-default",
        params: {
          overrides: {
            cleanupIds: false,
            removeViewBox: false,
            inlineStyles: false,
            minifyStyles: { usage: true },
            removeDesc: false,
            removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true },
          },
        },
      },
    ],
  }).data;
}
