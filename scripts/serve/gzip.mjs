// Compresses responses as the hosts of the site do: GitHub Pages (where it is deployed), Netlify and
// Cloudflare Pages all gzip the text they serve to a browser that accepts it. Without this, the bench's
// Lighthouse would time every page as if it downloaded five to seven times the bytes a reader does.
// Node's own zlib streams the body; sirv still decides what is served, with which headers.
import { createGzip } from "node:zlib";

/** Content types a host compresses: text, scripts, JSON, XML and SVG (not images, WASM or Pagefind's index, which comes gzipped). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml|rss\+xml)|image\/svg\+xml)/;

/** Statuses whose body is the whole resource. */
const WHOLE_BODY = new Set([200, 400, 404]);

/**
 * Makes `res` gzip its body when `req` accepts gzip and the response turns out to be compressible:
 * decided at `writeHead`, when the status and the content type are known.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function gzipWhenAccepted(req, res) {
  if (req.method === "HEAD" || !/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) return;
  res.setHeader("vary", "Accept-Encoding");
  const writeHead = res.writeHead.bind(res);
  // writeHead(status, message?, headers?): the headers are set on `res` first, so sirv's and ours meet.
  res.writeHead = (status, ...rest) => {
    const message = typeof rest[0] === "string" ? rest.shift() : undefined;
    for (const [name, value] of Object.entries(rest[0] ?? {})) res.setHeader(name, value);
    const type = String(res.getHeader("content-type") ?? "");
    if (WHOLE_BODY.has(status) && COMPRESSIBLE.test(type) && !res.hasHeader("content-encoding")) {
      res.removeHeader("content-length");
      res.setHeader("content-encoding", "gzip");
      streamThroughGzip(res);
    }
    return message === undefined ? writeHead(status) : writeHead(status, message);
  };
}

/** Sends everything later written to `res` through gzip; backpressure is passed on as `drain`. */
function streamThroughGzip(res) {
  const gzip = createGzip();
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  gzip.on("data", (chunk) => write(chunk));
  gzip.on("end", () => end());
  gzip.on("drain", () => res.emit("drain"));
  // The body's chunks go to gzip instead; the callers (a piped file, a string) pass data only.
  res.write = (chunk, ...rest) => gzip.write(chunk, ...rest);
  res.end = (...args) => {
    gzip.end(...args);
    return res;
  };
}
