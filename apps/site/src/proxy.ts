import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { type NextRequest, NextResponse } from 'next/server';
import { runtime } from './lib/env';
import { FILE_CSP, inlineScriptHashes, NON_DOCUMENT_CSP, pageCsp } from './server/security-headers';

/**
 * Sets the Content-Security-Policy of every response except build assets (next.config.ts gives
 * those and everything else the static security headers).
 *
 * - A prerendered page: the hashes of the inline scripts in the HTML file the server is about to
 *   send (read once per path from the build output, then cached), so the page stays static.
 * - A page rendered per request (the admin, a 404): a fresh nonce, set on the request too so Next
 *   puts it on its scripts, plus the hashes of the prerendered not-found page, whose inline scripts
 *   include the theme script every page shares.
 * - API routes: nothing may load or frame them; files (images, the search index and its worker):
 *   same-origin loads only, no inline script.
 */

const appDir = join(/*turbopackIgnore: true*/ process.cwd(), runtime.distDir, 'server', 'app');
const cache = new Map<string, Promise<string[] | null>>();
const CACHE_LIMIT = 4096;

function htmlFile(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..' || /[\\\0]/.test(s))) return null;
  const file = join(appDir, segments.length === 0 ? 'index.html' : `${segments.join('/')}.html`);
  return file.startsWith(appDir + sep) ? file : null;
}

function prerenderedHashes(pathname: string): Promise<string[] | null> {
  let pending = cache.get(pathname);
  if (!pending) {
    const file = htmlFile(pathname);
    pending = file
      ? readFile(/*turbopackIgnore: true*/ file, 'utf8').then(inlineScriptHashes, () => null)
      : Promise.resolve(null);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(pathname, pending);
  }
  return pending;
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/api/')) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', NON_DOCUMENT_CSP);
    return response;
  }
  if (/\.[a-z0-9]+$/i.test(pathname)) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', FILE_CSP);
    return response;
  }
  if (runtime.development) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', pageCsp({ development: true }));
    return response;
  }

  const hashes = await prerenderedHashes(pathname);
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', pageCsp({ hashes }));
    return response;
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const shared = (await prerenderedHashes('/_not-found')) ?? [];
  const policy = pageCsp({ nonce, hashes: shared });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image).*)'],
};
