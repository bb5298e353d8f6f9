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
import { answerNotModified, ByteCache, chooseEncoding, pagePath } from './page-response.mjs';

/** Bytes of page files kept in memory; the least recently sent are dropped first. */
const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

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
  /** @type {ByteCache<Buffer>} */
  const cache = new ByteCache(cacheBytes);

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
    const pathname = pagePath(req);
    if (pathname === null) return false;
    const found = lookup(pathname);
    if (!found) return false;
    const { route, page } = found;
    if (answerNotModified(req, res, page)) return true;

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
        cache.set(file, body, body.length);
        send(body);
      },
      () => fallback(),
    );
    return true;
  }

  return { handle, size: pages.size };
}
