// Makes sure Debian's Chromium is there for the browser tests: installs it when missing and root.
import { execSync } from "node:child_process";
import { findChromium } from "./chromium.mjs";

if (findChromium()) process.exit(0);
const install = "apt-get update && apt-get install -y chromium";
if (process.getuid?.() !== 0) {
  console.error(`Chromium was not found (set CHROME_PATH, or install it: sudo ${install}).`);
  process.exit(1);
}
console.log(`Chromium was not found; installing it: ${install}`);
execSync(install, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
if (!findChromium()) {
  console.error("Chromium is still missing after apt-get.");
  process.exit(1);
}
