/** Site-wide constants. */
import { THEME_INIT_HASH } from "./lib/themeInit";
export const SITE_TITLE = "Data Services Notes";
export const SITE_DESCRIPTION =
  "Study notes on the AWS data services that data and ML engineers must know: what each is for, when to pick it, and how they connect.";
export const REPO_URL = "https://github.com/data-services-notes/data-services-notes";

/**
 * The Content-Security-Policy of every page (a <meta> tag) and of public/_headers (a test keeps them
 * equal): no inline script but the theme's, allowed by its hash; nothing from another origin. Pagefind
 * needs 'wasm-unsafe-eval' for its WebAssembly; inline styles stay allowed for the diagrams' SVG.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${THEME_INIT_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
