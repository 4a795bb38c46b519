import { withBase } from "@/lib/paths";

/**
 * Registers the offline worker (dist/sw.js, written after the build) so the pages and the search index
 * stay on the device after the first visit. Production builds only: the dev server has no worker file.
 */
export function registerOfflineWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register(withBase("/sw.js", import.meta.env.BASE_URL)).catch(() => {
    // Without the worker the site works as before, online only.
  });
}
