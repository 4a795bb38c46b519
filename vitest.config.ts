import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Two layers, run on their own or together: `unit` (tests/unit, plain functions, seconds) and `build`
// (tests/build, which read dist/ or run builds; their global setup makes dist/ fresh first).
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          globalSetup: ["tests/build/global-setup.ts"],
        },
      },
    ],
  },
});
