import { describe, expect, it } from "vitest";
import { type ManifestEntry, type WorkerRequest, loadWorker, memoryCaches } from "../helpers/worker-sandbox";

const SITE = "https://notes.test/";
const home = { url: "./", revision: "h1" };
const s3 = { url: "services/s3/", revision: "s1" };
const offline = { url: "offline/", revision: "o1" };
const script = { url: "_astro/search.D_8EUn9Z.js", revision: null };
const BUILD = [home, s3, offline, script];

/** Installs and activates a worker of each build in turn, on one device; returns what the last one fetched. */
async function visitAfter(builds: ManifestEntry[][], scope = SITE) {
  const device = memoryCaches();
  let fetched: string[] = [];
  for (const manifest of builds) {
    const worker = loadWorker(manifest, { caches: device.caches, scope });
    await worker.install();
    await worker.activate();
    fetched = worker.network.fetched;
  }
  return {
    fetched,
    cached: [...device.stores.keys()].map((name) => [name, [...device.stores.get(name)!.keys()]]),
  };
}

describe("a new build's worker fetches only the files whose revision changed", () => {
  it.each<[string, ManifestEntry[][], string[]]>([
    ["a first visit: every file", [BUILD], ["", "services/s3/", "offline/", "_astro/search.D_8EUn9Z.js"]],
    ["the same build again: nothing", [BUILD, BUILD], []],
    ["one page edited", [BUILD, [home, { ...s3, revision: "s2" }, offline, script]], ["services/s3/"]],
    [
      "a script under a new hashed name",
      [BUILD, [home, s3, offline, { ...script, url: "_astro/search.X.js" }]],
      ["_astro/search.X.js"],
    ],
    ["a page added", [BUILD, [...BUILD, { url: "services/glue/", revision: "g1" }]], ["services/glue/"]],
    ["a page removed", [BUILD, [home, offline, script]], []],
  ])("%s", async (_, builds, fetched) => {
    const result = await visitAfter(builds);
    expect(result.fetched).toEqual(fetched.map((url) => `${SITE}${url}`));
  });

  it("keeps each file under its URL and revision, and drops what the new build no longer has", async () => {
    const next = [home, { ...s3, revision: "s2" }, offline];
    expect((await visitAfter([BUILD, next])).cached).toEqual([
      [
        "dsn-precache",
        [`${SITE}?__revision=h1`, `${SITE}offline/?__revision=o1`, `${SITE}services/s3/?__revision=s2`],
      ],
    ]);
  });

  it("fetches under the base path the worker is served at", async () => {
    const { fetched } = await visitAfter([[home, offline]], `${SITE}data-services-notes/`);
    expect(fetched).toEqual([`${SITE}data-services-notes/`, `${SITE}data-services-notes/offline/`]);
  });

  it("deletes the whole-site caches of the workers before it, and no one else's", async () => {
    const device = memoryCaches();
    await (await device.caches.open("dsn-2611d4524ad7")).put(`${SITE}`, new Response("old"));
    await device.caches.open("another-app");
    const worker = loadWorker(BUILD, { caches: device.caches });
    await worker.install();
    await worker.activate();
    expect(await device.caches.keys()).toEqual(["another-app", "dsn-precache"]);
  });

  it("fails to install when a file cannot be fetched, so the previous worker stays", async () => {
    const worker = loadWorker(BUILD);
    worker.network.offline = true;
    await expect(worker.install()).rejects.toThrow();
  });
});

describe("the worker answers", () => {
  it.each<[string, boolean, WorkerRequest, "network" | "cache" | "offline" | undefined]>([
    ["a page online, from the network", false, { url: `${SITE}services/s3/`, mode: "navigate" }, "network"],
    ["a page offline, from the cache", true, { url: `${SITE}services/s3/`, mode: "navigate" }, "cache"],
    [
      "a page offline with a query, from the cache",
      true,
      { url: `${SITE}services/s3/?q=x`, mode: "navigate" },
      "cache",
    ],
    [
      "an unknown page offline, with the offline page",
      true,
      { url: `${SITE}services/nope/`, mode: "navigate" },
      "offline",
    ],
    ["a file of the build, from the cache even online", false, { url: `${SITE}${script.url}` }, "cache"],
    [
      "a file of another build: the browser fetches it",
      false,
      { url: `${SITE}_astro/other.Y.js` },
      undefined,
    ],
    ["another origin: the browser fetches it", false, { url: "https://cdn.test/x.js" }, undefined],
    ["a POST: the browser sends it", false, { url: `${SITE}services/s3/`, method: "POST" }, undefined],
  ])("%s", async (_, isOffline, request, source) => {
    const worker = loadWorker(BUILD);
    worker.network.label = "installed";
    await worker.install();
    await worker.activate();
    Object.assign(worker.network, { offline: isOffline, label: "network" });
    const expected = {
      network: `network: ${request.url}`,
      cache: `installed: ${request.url.replace(/\?.*$/, "")}`,
      offline: `installed: ${SITE}offline/`,
    };
    expect(await worker.request(request)).toBe(source && expected[source]);
  });

  it("a file not yet kept, from the network, and an unknown page offline before any install, with an error", async () => {
    const worker = loadWorker(BUILD);
    expect(await worker.request({ url: `${SITE}${script.url}` })).toBe(`network: ${SITE}${script.url}`);
    worker.network.offline = true;
    await expect(worker.request({ url: `${SITE}services/nope/`, mode: "navigate" })).rejects.toThrow();
  });
});
