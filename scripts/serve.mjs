// The preview server for the built site, used by `npm run preview`, the browser tests and the bench.
// sirv serves the files; around it sits what a static host adds: the site under BASE_PATH, a folder
// redirected to its trailing slash, the headers of the site's `_headers` file path by path, text gzipped
// for a browser that accepts it, `404.html` with a 404 status for any other address, and a 400 for an
// address that does not decode.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve, sep } from "node:path";
import sirv from "sirv";
import { gzipWhenAccepted } from "./serve/gzip.mjs";
import { headersFor, parseHeaders } from "./serve/headers.mjs";

/**
 * Starts serving the built site in `root` under `base` on `port` (0 for any free port); resolves to
 * the server once it listens.
 * @param {{ root?: string, base?: string, port?: number }} [options]
 * @returns {Promise<import("node:http").Server>}
 */
export function serve({ root = "dist", base = "/", port = 4321 } = {}) {
  const server = createServer(siteHandler(resolve(root), base));
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolvePromise(server));
  });
}

/**
 * @param {string} root absolute path of the built site
 * @param {string} base
 * @returns {import("node:http").RequestListener}
 */
function siteHandler(root, base) {
  const prefix = base.replace(/\/+$/, "");
  const headersFile = join(root, "_headers");
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, "utf8")) : [];
  // dev: files are looked up on each request, so a site rebuilt while the server runs is served whole,
  // never a mix of the old file list and the new files.
  const files = sirv(root, { dev: true, etag: true, setHeaders: typeUnknownFiles });

  return (req, res) => {
    let url;
    let path;
    gzipWhenAccepted(req, res);
    try {
      url = new URL(req.url ?? "/", "http://localhost");
      // The same decoding sirv applies, so both sides agree on which file an address names.
      path = decodeURI(url.pathname);
    } catch {
      return badRequest(res);
    }
    if (path.includes("\0")) return badRequest(res);
    if (path !== prefix && !path.startsWith(`${prefix}/`)) return notFound(root, res);
    const sitePath = path.slice(prefix.length);
    const file = resolve(root, `.${sitePath}`);
    if (isHidden(sitePath) || (file !== root && !file.startsWith(root + sep))) return notFound(root, res);

    for (const [name, value] of headersFor(rules, sitePath || "/")) res.setHeader(name, value);
    if (!sitePath.endsWith("/") && statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    req.url = url.pathname.slice(prefix.length) + url.search;
    files(req, res, () => notFound(root, res));
  };
}

/** True for what hosts keep to themselves: their `_headers` file and dotfiles. */
const isHidden = (/** @type {string} */ sitePath) =>
  sitePath === "/_headers" || sitePath.split("/").some((segment) => segment.startsWith("."));

/**
 * Pagefind's index files have extensions no MIME table knows; without this they would go out with an
 * empty Content-Type.
 * @param {import("node:http").ServerResponse} res
 * @param {string} pathname
 */
function typeUnknownFiles(res, pathname) {
  if (/\.(pagefind|pf_\w+)$/.test(pathname)) res.setHeader("content-type", "application/octet-stream");
}

/** @param {import("node:http").ServerResponse} res */
function badRequest(res) {
  res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad request: malformed URL\n");
}

/**
 * The site's own 404 page, with a 404 status.
 * @param {string} root
 * @param {import("node:http").ServerResponse} res
 */
function notFound(root, res) {
  const page = join(root, "404.html");
  if (!existsSync(page)) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
    return;
  }
  res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
  createReadStream(page).pipe(res);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const base = process.env.BASE_PATH ?? "/";
  await serve({ port, base });
  console.log(`Serving dist/ at http://localhost:${port}${base}`);
}
