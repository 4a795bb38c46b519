// Where the system Chromium is: CHROME_PATH, or Debian's /usr/bin/chromium.
import { existsSync } from "node:fs";

/** The path of the Chromium binary the tests and the bench drive, or undefined if there is none. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p) => p && existsSync(p));
}

/** Flags for headless Chromium on machines with no network but the registries. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
