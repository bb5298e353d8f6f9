/**
 * Serves prerendered pages the way a static file server does, before Next is involved: the
 * bytes were compressed at build time (brotli and gzip) and every header was computed then too
 * (scripts/precompress-pages.ts writes <distDir>/static-pages/manifest.json), so a request costs
 * a map lookup and a write. Anything else (RSC requests of the client router, API routes, pages
 * rendered per request, other methods, unknown paths) is left to Next, unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Request headers with which the same URL asks for something other than the page's HTML. */
const NEXT_REQUEST_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-action',
];

/** Bytes of page files kept in memory; the least recently sent are dropped first. */
const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

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

/** A byte-bounded least-recently-used cache of file contents. */
class FileCache {
  /** @param {number} limit */
  constructor(limit) {
    this.limit = limit;
    this.bytes = 0;
    /** @type {Map<string, Buffer>} */
    this.entries = new Map();
  }

  /** @param {string} key */
  get(key) {
    const value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** @param {string} key @param {Buffer} value */
  set(key, value) {
    if (value.length > this.limit) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.length;
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.bytes += value.length;
    for (const [oldest, buffer] of this.entries) {
      if (this.bytes <= this.limit) break;
      this.entries.delete(oldest);
      this.bytes -= buffer.length;
    }
  }
}

/**
 * @typedef {{ etag: string, files: { identity: string, br: string, gzip: string },
 *   headers: Record<string, string> }} StaticPageEntry
 */

/**
 * Loads the build's static page manifest. Returns null when the build has none (an older build,
 * or `next build` run without the precompress step): then every request goes to Next as before.
 * @param {string} buildDir the Next build folder (distDir), absolute
 * @param {{ cacheBytes?: number }} [options]
 */
export function loadStaticPages(buildDir, { cacheBytes = DEFAULT_CACHE_BYTES } = {}) {
  const manifestFile = join(buildDir, 'static-pages', 'manifest.json');
  if (!existsSync(manifestFile)) return null;
  /** @type {{ version: number, pages: Record<string, StaticPageEntry> }} */
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (manifest.version !== 1) return null;
  const pages = new Map(Object.entries(manifest.pages));
  const cache = new FileCache(cacheBytes);

  /** Per page and encoding, the full header object, built once. */
  const headerSets = new Map();
  /**
   * @param {string} route @param {StaticPageEntry} entry
   * @param {'br' | 'gzip' | 'identity'} encoding @param {number} length
   */
  function headersFor(route, entry, encoding, length) {
    const key = `${route}\n${encoding}`;
    let base = headerSets.get(key);
    if (!base) {
      base = { ...entry.headers };
      if (encoding !== 'identity') base['Content-Encoding'] = encoding;
      headerSets.set(key, base);
    }
    return { ...base, 'Content-Length': String(length) };
  }

  /** @param {string} pathname */
  function lookup(pathname) {
    const page = pages.get(pathname);
    if (page || !pathname.includes('%')) return page ? { route: pathname, page } : null;
    try {
      const decoded = decodeURIComponent(pathname);
      const match = pages.get(decoded);
      return match ? { route: decoded, page: match } : null;
    } catch {
      return null;
    }
  }

  /**
   * Answers the request if it asks for a prerendered page's HTML; returns false (having sent
   * nothing) otherwise. `fallback` hands the request to Next if a file cannot be read.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} fallback
   */
  function handle(req, res, fallback) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
    if (queryAt >= 0 && /(?:^|&)_rsc=/.test(url.slice(queryAt + 1))) return false;
    for (const name of NEXT_REQUEST_HEADERS) if (req.headers[name] !== undefined) return false;
    const found = lookup(pathname);
    if (!found) return false;
    const { route, page } = found;

    if (etagMatches(req.headers['if-none-match'], page.etag)) {
      const { 'Content-Type': _type, ...headers } = page.headers;
      res.writeHead(304, headers);
      res.end();
      return true;
    }

    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const file = page.files[encoding];
    const send = (/** @type {Buffer} */ body) => {
      res.writeHead(200, headersFor(route, page, encoding, body.length));
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const cached = cache.get(file);
    if (cached) {
      send(cached);
      return true;
    }
    readFile(join(buildDir, file)).then(
      (body) => {
        cache.set(file, body);
        send(body);
      },
      () => fallback(),
    );
    return true;
  }

  return { handle, size: pages.size };
}
