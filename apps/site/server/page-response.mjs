/**
 * How the production server sends a page's HTML itself, shared by the pages prerendered at build
 * time (static-pages.mjs) and those cached after their first render (on-demand-pages.mjs): which
 * requests ask for a page's HTML, which encoding to send, conditional requests, and a cache
 * bounded in bytes.
 */

/** Request headers with which the same URL asks for something other than the page's HTML. */
const NEXT_REQUEST_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-action',
];

/**
 * The path of a request for a page's HTML (GET or HEAD, not one of the client router's RSC
 * requests), without its query; null for any other request.
 * @param {import('node:http').IncomingMessage} req
 */
export function pagePath(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  if (queryAt >= 0 && /(?:^|&)_rsc=/.test(url.slice(queryAt + 1))) return null;
  for (const name of NEXT_REQUEST_HEADERS) if (req.headers[name] !== undefined) return null;
  return queryAt < 0 ? url : url.slice(0, queryAt);
}

/**
 * The encoding to send: brotli, else gzip, else none, as the client's Accept-Encoding allows
 * (a coding listed with q=0 is refused; `*` stands for any coding not listed).
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | 'identity'}
 */
export function chooseEncoding(header) {
  if (!header) return 'identity';
  /** @type {Map<string, number>} */
  const quality = new Map();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q') q = Number.parseFloat(value ?? '');
    }
    quality.set(name, Number.isFinite(q) ? q : 0);
  }
  const accepts = (/** @type {string} */ coding) =>
    (quality.get(coding) ?? quality.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

/**
 * Whether an If-None-Match header names this ETag (weak comparison, as for GET).
 * @param {string | undefined} header
 * @param {string} etag
 */
export function etagMatches(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/**
 * Answers 304 without a body when the client's copy is current; true when it did. The headers
 * are the page's, but Content-Type (there is no content).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ etag: string, headers: Record<string, string> }} page
 */
export function answerNotModified(req, res, page) {
  if (!etagMatches(req.headers['if-none-match'], page.etag)) return false;
  const { 'Content-Type': _type, ...headers } = page.headers;
  res.writeHead(304, headers);
  res.end();
  return true;
}

/**
 * A cache bounded by the bytes of what it holds; the least recently used entries go first.
 * @template T
 */
export class ByteCache {
  /** @param {number} limit */
  constructor(limit) {
    this.limit = limit;
    this.bytes = 0;
    /** @type {Map<string, { value: T, bytes: number }>} */
    this.entries = new Map();
  }

  /** @param {string} key @returns {T | undefined} */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** @param {string} key @param {T} value @param {number} bytes */
  set(key, value, bytes) {
    if (bytes > this.limit) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.limit) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}
