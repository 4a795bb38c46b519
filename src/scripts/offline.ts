import { withBase } from "@/lib/paths";

/**
 * Registers the offline worker (dist/sw.js, written after the build) so the pages and the search index
 * stay on the device after the first visit. Production builds only: the dev server has no worker file.
 */
export function registerOfflineWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // The worker precaches the whole site: start only once the page has loaded and the main thread is idle,
  // so a first visit is never slowed by it.
  const register = () =>
    navigator.serviceWorker.register(withBase("/sw.js")).catch(() => {
      // Without the worker the site works as before, online only.
    });
  const whenIdle = () =>
    "requestIdleCallback" in window ? requestIdleCallback(register) : setTimeout(register, 1000);
  if (document.readyState === "complete") whenIdle();
  else addEventListener("load", whenIdle, { once: true });
}
