// Reads a `_headers` file in the format Netlify and Cloudflare Pages share: a path pattern on a line of
// its own, then the headers for it, indented, one `Name: value` a line. `*` matches anything (slashes
// too), `:name` one path segment; `#` starts a comment. A path matched by several rules gets the
// headers of each, and a header named twice gets its values joined with ", ", as both hosts do.

/** @typedef {{ pattern: string, headers: [name: string, value: string][] }} HeaderRule */

/**
 * The rules of a `_headers` file, in order. Throws on a line that is neither, naming its number, so a
 * typo never passes for a header that is sent.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const where = `_headers line ${index + 1}`;
    if (!line.trim() || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith("/")) throw new Error(`${where}: a path must start with "/": ${line}`);
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const colon = line.indexOf(":");
    if (colon < 1) throw new Error(`${where}: expected "Name: value": ${line.trim()}`);
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header before any path: ${line.trim()}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/**
 * True when a site path matches a rule's pattern.
 * @param {string} pattern
 * @param {string} path
 */
export function matchesPattern(pattern, path) {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === "*") return ".*";
      if (part.startsWith(":")) return "[^/]+";
      return part.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers to send for a site path: those of every rule it matches, a name given twice sent once
 * with its values joined (names compare without case, as HTTP's do).
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {[name: string, value: string][]}
 */
export function headersFor(rules, path) {
  /** @type {Map<string, [string, string]>} */
  const merged = new Map();
  for (const rule of rules.filter((r) => matchesPattern(r.pattern, path))) {
    for (const [name, value] of rule.headers) {
      const seen = merged.get(name.toLowerCase());
      merged.set(name.toLowerCase(), seen ? [seen[0], `${seen[1]}, ${value}`] : [name, value]);
    }
  }
  return [...merged.values()];
}
