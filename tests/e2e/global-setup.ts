import type { FullConfig } from "@playwright/test";
import { ensureFreshBuild } from "../../scripts/fresh-build.mjs";
import { serve } from "../../scripts/serve.mjs";

/**
 * The browser tests get a build of the sources as they are, served by the preview server at the
 * config's baseURL; the returned function stops it. Started here rather than as Playwright's webServer,
 * which starts before global setup and so would serve a dist/ about to be rebuilt.
 */
export default async function globalSetup(config: FullConfig) {
  ensureFreshBuild();
  const { port } = new URL(config.projects[0]!.use.baseURL!);
  const server = await serve({ port: Number(port) });
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}
