// The offline worker. scripts/build-service-worker.mjs writes it to dist/sw.js with Workbox's manifest of
// the built files in place of the placeholder below: each entry a URL relative to this worker and the
// revision of the file's content (null where the file's name carries its hash). The site works the same
// without it.
//
// Written by hand rather than bundled from Workbox's runtime: it is what every reader downloads, it must
// load nothing from another origin, and the three things it does fit on one page.
//
// Every file lives in one cache under its URL and revision, so a new build's worker fetches only the
// files whose revision changed, and drops the ones the build no longer has once it takes over.

const PRECACHE = self.__WB_MANIFEST;
const CACHE = "dsn-precache";
// The caches of the workers before this one, one whole copy of the site per build.
const OLD_CACHE_PREFIX = "dsn-";

/** The cache key of a manifest entry: its address, with its revision in the query when it has one. */
function cacheKey({ url, revision }) {
  const address = new URL(url, self.location.href);
  if (revision) address.searchParams.set("__revision", revision);
  return address.href;
}

/** The cache key of every file of this build, by its address. */
const KEYS = new Map(PRECACHE.map((entry) => [new URL(entry.url, self.location.href).href, cacheKey(entry)]));
// The worker is served at the site's base path, so its offline page is next to it.
const OFFLINE_KEY = KEYS.get(new URL("offline/", self.location.href).href);

/** Fetches the files of this build that the cache does not hold under their current revision. */
async function fetchChangedFiles() {
  const cache = await caches.open(CACHE);
  const held = new Set((await cache.keys()).map((request) => request.url));
  const changed = PRECACHE.filter((entry) => !held.has(cacheKey(entry)));
  await Promise.all(
    changed.map(async (entry) => {
      // A changed file must come from the server, not from the browser's HTTP cache.
      const response = await fetch(new URL(entry.url, self.location.href), {
        cache: entry.revision ? "reload" : "default",
      });
      // One missing file fails the install: the previous worker and its files stay until the next try,
      // which fetches only what is still missing.
      if (!response.ok) throw new Error(`${entry.url}: ${response.status}`);
      await cache.put(cacheKey(entry), response);
    }),
  );
}

/** Deletes every cached file that is not part of this build, and the caches of older workers. */
async function dropOldFiles() {
  const current = new Set(KEYS.values());
  const cache = await caches.open(CACHE);
  const stale = (await cache.keys()).filter((request) => !current.has(request.url));
  await Promise.all(stale.map((request) => cache.delete(request)));
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(OLD_CACHE_PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(fetchChangedFiles().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(dropOldFiles().then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only this site's own files; anything else goes to the network untouched.
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Pagefind adds a query to some requests; the file is the same.
  url.search = "";
  url.hash = "";
  const key = KEYS.get(url.href);
  if (request.mode === "navigate") event.respondWith(networkFirst(request, key));
  else if (key) event.respondWith(cacheFirst(request, key));
});

/**
 * A page: the network's answer while online, so a new build shows at once; offline, the kept copy, or the
 * offline page for an address this build does not have.
 */
async function networkFirst(request, key) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    const kept = (key && (await cache.match(key))) || (OFFLINE_KEY && (await cache.match(OFFLINE_KEY)));
    if (kept) return kept;
    throw error;
  }
}

/**
 * Any other file of this build, from the cache: the worker's files are one build's matching set (pages'
 * scripts, the search index and its entry point), swapped together when a new worker takes over.
 */
async function cacheFirst(request, key) {
  const cache = await caches.open(CACHE);
  return (await cache.match(key)) ?? fetch(request);
}
