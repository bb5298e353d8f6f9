import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { type NextRequest, NextResponse } from 'next/server';
import { runtime } from './lib/env';
import { laterListingPage } from './lib/listing-pages';
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
 * - A listing's later page, rendered on its first request and then kept (lib/listing-pages.ts):
 *   no nonce, which Next would keep in the page it caches. server.mjs sends these pages itself,
 *   with the hashes of the very HTML it sends (server/on-demand-pages.mjs); the policy set here
 *   goes with the client router's requests for them. An address past a listing's end is answered
 *   with the not-found page here, so Next never renders (and keeps) a 404 for it.
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

let notFound: Promise<{ html: string; policy: string; hashes: string[] } | null> | undefined;

/**
 * The prerendered not-found page, read once: its HTML, its hashes (its inline scripts include
 * the theme script every page shares) and the policy made of them.
 */
function prerenderedNotFound() {
  const file = htmlFile('/_not-found');
  notFound ??= file
    ? readFile(/*turbopackIgnore: true*/ file, 'utf8').then(
        (html) => {
          const hashes = inlineScriptHashes(html);
          return { html, hashes, policy: pageCsp({ hashes }) };
        },
        () => null,
      )
    : Promise.resolve(null);
  return notFound;
}

const sharedHashes = async () => (await prerenderedNotFound())?.hashes ?? [];
const sharedPolicy = async () => (await prerenderedNotFound())?.policy ?? pageCsp({});

/**
 * The not-found page as Next sends it for any unknown address: the prerendered HTML, 404, not to
 * be stored. Answered here for an address the listing routes must never render.
 */
async function notFoundPage(): Promise<NextResponse> {
  const page = await prerenderedNotFound();
  return new NextResponse(page?.html ?? 'Not found', {
    status: 404,
    headers: {
      'Content-Type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      'Content-Security-Policy': await sharedPolicy(),
    },
  });
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

  const later = laterListingPage(pathname);
  if (later === 'page') {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', await sharedPolicy());
    return response;
  }
  if (later === 'missing') return notFoundPage();

  const hashes = await prerenderedHashes(pathname);
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', pageCsp({ hashes }));
    return response;
  }
  return renderPerRequest(request);
}

/** A page rendered for this request only, under a fresh nonce. */
async function renderPerRequest(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const policy = pageCsp({ nonce, hashes: await sharedHashes() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image).*)'],
};
