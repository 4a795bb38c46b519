import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";

// E2E_PORT lets parallel checkouts test side by side.
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: "tests/e2e",
  // Builds dist/ when it is stale, then serves it with the preview server (scripts/serve.mjs).
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  // Search loads its WASM index on first use; a busy 2-CPU machine needs more than the default 5 s.
  expect: { timeout: 10_000 },
  timeout: 60_000,
  // A flaky test fails the run: retrying would hide it.
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
});
