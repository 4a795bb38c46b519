// The offline worker. scripts/build-service-worker.mjs puts VERSION, BASE and PRECACHE in front of this
// code and writes the result to dist/sw.js; the site works the same without it.
/* global VERSION, BASE, PRECACHE */

const CACHE_PREFIX = "dsn-";
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const OFFLINE_PAGE = `${BASE}offline/`;
// Files whose content never changes under the same name within a build, served from the cache first.
const CACHE_FIRST = [`${BASE}_astro/`, `${BASE}pagefind/`];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only this site's own files; anything else goes to the network untouched.
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (CACHE_FIRST.some((prefix) => url.pathname.startsWith(prefix))) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});

/** The cached copy if there is one (Pagefind adds a query to some requests), else the network's. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** The network's answer while online, so a new build shows at once; the cached copy offline. */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    if (request.mode === "navigate") {
      const offline = await cache.match(OFFLINE_PAGE);
      if (offline) return offline;
    }
    throw error;
  }
}
