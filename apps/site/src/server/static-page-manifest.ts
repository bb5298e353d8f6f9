import { generateETag } from 'next/dist/server/lib/etag.js';
import { inlineScriptHashes, pageCsp, STATIC_SECURITY_HEADERS } from './security-headers';

/**
 * What server/static-pages.mjs needs to send a prerendered page without Next: its files (HTML,
 * brotli, gzip; relative to the build folder) and the headers Next would send with it. Written
 * at build time by scripts/precompress-pages.ts; one rule for those headers, here.
 */
export interface StaticPageEntry {
  etag: string;
  files: { identity: string; br: string; gzip: string };
  /** Every header but Content-Encoding and Content-Length, which depend on the encoding sent. */
  headers: Record<string, string>;
}

export interface StaticPageManifest {
  version: 1;
  pages: Record<string, StaticPageEntry>;
}

/**
 * Next's Vary for an App Router page: the same URL also answers the client router's RSC
 * requests, told apart by these request headers, and Next's compression adds Accept-Encoding.
 */
export const PAGE_VARY =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/** Next's Cache-Control for a page prerendered once and never revalidated (a year at shared caches). */
export const PRERENDERED_CACHE_CONTROL = 's-maxage=31536000';

/** Headers of the page's .meta file that Next sends; the cache tags stay inside Next. */
const UNSENT_META_HEADERS = new Set(['x-next-cache-tags']);

export function pageManifestEntry({
  html,
  metaHeaders,
  files,
}: {
  html: Buffer;
  metaHeaders: Record<string, string>;
  files: StaticPageEntry['files'];
}): StaticPageEntry {
  const text = html.toString('utf8');
  // The same ETag Next computes for the page (FNV-1a of the HTML), so a browser's cached copy
  // stays valid whichever of the two answered.
  const etag = generateETag(text);
  const headers: Record<string, string> = {};
  for (const { key, value } of STATIC_SECURITY_HEADERS) headers[key] = value;
  headers['Content-Security-Policy'] = pageCsp({ hashes: inlineScriptHashes(text) });
  headers.Vary = PAGE_VARY;
  headers['x-nextjs-cache'] = 'HIT';
  for (const [key, value] of Object.entries(metaHeaders)) {
    if (!UNSENT_META_HEADERS.has(key.toLowerCase())) headers[key] = value;
  }
  headers['Cache-Control'] = PRERENDERED_CACHE_CONTROL;
  headers.ETag = etag;
  headers['Content-Type'] = 'text/html; charset=utf-8';
  return { etag, files, headers };
}
