/**
 * What the production server needs to send a page without Next: the page's HTML compressed
 * (brotli and gzip) and the headers Next would send with it. One rule for those headers, used for
 * the pages prerendered at build time (scripts/precompress-pages.ts writes them to a manifest for
 * server/static-pages.mjs) and for the pages rendered on their first request
 * (server/on-demand-pages.mjs). Plain JavaScript so that server.mjs can load it; types in
 * static-page-manifest.d.mts.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { generateETag } from 'next/dist/server/lib/etag.js';
import { inlineScriptHashes, pageCsp } from './page-policy.mjs';
import { STATIC_SECURITY_HEADERS } from './request-rules.mjs';

/**
 * Next's Vary for an App Router page: the same URL also answers the client router's RSC
 * requests, told apart by these request headers, and Next's compression adds Accept-Encoding.
 */
export const PAGE_VARY =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/** Next's Cache-Control for a page prerendered once and never revalidated (a year at shared caches). */
export const PRERENDERED_CACHE_CONTROL = 's-maxage=31536000';

/**
 * The prerender headers Next sends with a page it rendered statically (they are in the page's
 * .meta file when prerendered at build time); the cache tags it keeps to itself.
 */
const PRERENDER_HEADERS = ['x-nextjs-stale-time', 'x-nextjs-prerender'];

/**
 * Brotli quality 6: within 2% of quality 9's size on our pages at a tenth of its time (3 ms
 * against 21 ms for a 173 kB answer), so 2,000 pages add seconds to the build, not a minute, and a
 * page rendered on request is ready to send a few milliseconds after Next rendered it.
 */
const BROTLI_QUALITY = 6;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * A page's HTML in brotli and gzip (zlib's async calls run on libuv's thread pool).
 * @param {Buffer} html
 */
export async function compressPage(html) {
  const [br, gz] = await Promise.all([
    brotli(html, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: html.length,
      },
    }),
    gzipAsync(html, { level: 9 }),
  ]);
  return { br, gzip: gz };
}

/**
 * The ETag and every header Next would send with this page's HTML, but Content-Encoding and
 * Content-Length, which depend on the encoding sent.
 * @param {{ html: Buffer, prerenderHeaders: Record<string, string> }} page
 */
export function pageHeaders({ html, prerenderHeaders }) {
  const text = html.toString('utf8');
  // The same ETag Next computes for the page (FNV-1a of the HTML), so a browser's cached copy
  // stays valid whichever of the two answered.
  const etag = generateETag(text);
  /** @type {Record<string, string>} */
  const headers = {};
  for (const { key, value } of STATIC_SECURITY_HEADERS) headers[key] = value;
  headers['Content-Security-Policy'] = pageCsp({ hashes: inlineScriptHashes(text) });
  headers.Vary = PAGE_VARY;
  headers['x-nextjs-cache'] = 'HIT';
  // Both sources name them in lower case: a .meta file, and fetch's Headers.
  for (const name of PRERENDER_HEADERS) {
    const value = prerenderHeaders[name];
    if (value !== undefined) headers[name] = value;
  }
  headers['Cache-Control'] = PRERENDERED_CACHE_CONTROL;
  headers.ETag = etag;
  headers['Content-Type'] = 'text/html; charset=utf-8';
  return { etag, headers };
}

/**
 * A prerendered page's manifest entry: its headers and its files, relative to the build folder.
 * @param {{ html: Buffer, metaHeaders: Record<string, string>,
 *   files: { identity: string, br: string, gzip: string } }} page
 */
export function pageManifestEntry({ html, metaHeaders, files }) {
  return { ...pageHeaders({ html, prerenderHeaders: metaHeaders }), files };
}
