import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";

// E2E_PORT lets parallel checkouts test side by side.
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // Search loads its WASM index on first use; a busy 2-CPU machine needs more than the default 5 s.
  expect: { timeout: 10_000 },
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    url: `http://localhost:${port}/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
  },
});
