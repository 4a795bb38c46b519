import type { APIRoute } from "astro";
import { listDiagrams, loadDiagramSvg } from "@/lib/diagramFiles";

/** Every diagram as a standalone SVG file, for "Open full size". */
export function getStaticPaths() {
  return listDiagrams().map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) => {
  const name = params.name!;
  // Standalone, the SVG follows the system theme: its colours are light-dark() pairs.
  const svg = loadDiagramSvg(name).replace(
    /^<svg /,
    '<svg style="color-scheme:light dark;background:var(--d-bg)" ',
  );
  return new Response(svg, { headers: { "content-type": "image/svg+xml" } });
};
