// A small static server for the built site, for tests and the bench: serves dist/ under BASE_PATH,
// answers unknown paths with dist/404.html and a 404 status, and sends the headers of public/_headers.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

/** Starts serving `root` at `base` on `port`; resolves to the server once it listens. */
export function serve({ root = "dist", base = "/", port = 4321 } = {}) {
  const prefix = base.replace(/\/+$/, "");
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (prefix && !path.startsWith(`${prefix}/`)) return send(res, 404, join(root, "404.html"));
    path = normalize(path.slice(prefix.length));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { location: `${prefix}${path}/` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file)) return send(res, 404, join(root, "404.html"));
    send(res, 200, file);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

function send(res, status, file) {
  res.writeHead(status, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const base = process.env.BASE_PATH ?? "/";
  await serve({ port, base });
  console.log(`Serving dist/ at http://localhost:${port}${base}`);
}
