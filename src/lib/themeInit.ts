import { createHash } from "node:crypto";

/**
 * Applies the reader's saved theme before the first paint, so the wrong theme never flashes. Inline,
 * so the first paint waits for no request; the Content-Security-Policy allows exactly this script by
 * its hash (THEME_INIT_HASH), and no other inline script. Storage blocked: the page follows the system.
 */
export const THEME_INIT_SCRIPT =
  'try{const t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch{}';

/** The CSP source that allows THEME_INIT_SCRIPT: its SHA-256, base64. */
export const THEME_INIT_HASH = `'sha256-${createHash("sha256").update(THEME_INIT_SCRIPT).digest("base64")}'`;
