import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";

/** An entry of a precache manifest: a URL relative to the worker, and its revision. */
export interface ManifestEntry {
  url: string;
  revision: string | null;
}

/** A request as the worker's fetch handler reads it (Node's Request cannot have mode "navigate"). */
export interface WorkerRequest {
  url: string;
  method?: string;
  mode?: string;
}

type Key = string | { url: string };
const keyOf = (key: Key) => (typeof key === "string" ? key : key.url);

/** CacheStorage kept in memory: each cache maps a request's URL to its response. */
export function memoryCaches(): { stores: Map<string, Map<string, Response>>; caches: CacheStorage } {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      keys: async () => [...store.keys()].map((url) => new Request(url)),
      // Cloned, as the Cache API stores a copy: the same response can be read from a cache again and again.
      match: async (key: Key) => store.get(keyOf(key))?.clone(),
      put: async (key: Key, response: Response) => void store.set(keyOf(key), response),
      delete: async (key: Key) => store.delete(keyOf(key)),
    };
  };
  const caches = {
    open,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  // Only the methods the worker calls: enough of the CacheStorage interface for it.
  return { stores, caches: caches as unknown as CacheStorage };
}

/**
 * Runs src/scripts/service-worker.js at `scope`sw.js with `manifest` in place of the injected one, its
 * caches in memory and a network that answers every request with its label and the URL asked for (or
 * fails when offline). Returns the worker's events, to fire, and the network, which lists what it fetched.
 */
export function loadWorker(
  manifest: ManifestEntry[],
  { caches = memoryCaches().caches, scope = "https://notes.test/" } = {},
) {
  const source = readFileSync("src/scripts/service-worker.js", "utf8");
  const listeners = new Map<string, (event: object) => void>();
  const network = { offline: false, label: "network", fetched: [] as string[] };
  const fetch = async (input: string | URL | WorkerRequest) => {
    const url = typeof input === "object" && "url" in input ? input.url : String(input);
    network.fetched.push(url);
    if (network.offline) throw new TypeError("Failed to fetch");
    return new Response(`${network.label}: ${url}`);
  };
  const self = {
    __WB_MANIFEST: manifest,
    location: new URL("sw.js", scope),
    addEventListener: (type: string, listener: (event: object) => void) => listeners.set(type, listener),
    skipWaiting: async () => {},
    clients: { claim: async () => {} },
  };
  runInNewContext(source, { self, caches, fetch, URL, Request, Response });

  /** Fires install or activate and waits for what the worker waits on. */
  const lifecycle = async (type: "install" | "activate") => {
    const pending: Promise<unknown>[] = [];
    listeners.get(type)!({ waitUntil: (promise: Promise<unknown>) => pending.push(promise) });
    await Promise.all(pending);
  };
  /** Fires fetch; resolves to the text of the worker's answer, or undefined if it let the browser go on. */
  const request = async (req: WorkerRequest) => {
    let answer: Promise<Response> | undefined;
    listeners.get("fetch")!({
      request: { method: "GET", mode: "cors", ...req },
      respondWith: (response: Promise<Response>) => (answer = response),
    });
    return answer && (await answer).text();
  };
  return { network, install: () => lifecycle("install"), activate: () => lifecycle("activate"), request };
}
