/**
 * Rules about raw requests, shared by the plain-JavaScript front of the production server
 * (server.mjs, which applies them before Next sees a request) and the TypeScript route code
 * (which applies them again under `next dev`, where there is no front). Plain JavaScript so that
 * server.mjs can load it without a build step; types in request-rules.d.mts.
 */

/**
 * Headers server.mjs sets on every request (overwriting whatever a client sent) and the app
 * trusts: the client's address and the origin (scheme, host, port) the request reached.
 */
export const CLIENT_ADDRESS_HEADER = 'x-vixshield-client-address';
export const REQUEST_ORIGIN_HEADER = 'x-vixshield-request-origin';

/** Methods the site answers; anything else (TRACE, PUT, PATCH, OPTIONS…) gets 405. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'DELETE'];

/** Largest request body per API route, in bytes; routes not listed get DEFAULT_BODY_LIMIT. */
export const DEFAULT_BODY_LIMIT = 16 * 1024;
const BODY_LIMITS = [
  { path: '/api/views', bytes: 1024 },
  { path: '/api/events', bytes: 1024 },
  { path: '/api/admin/login', bytes: 4096 },
  { path: '/api/admin/questions/', bytes: 2048, prefix: true },
];

/** The body limit of the route at `pathname`. */
export function bodyLimit(pathname) {
  for (const rule of BODY_LIMITS) {
    if (rule.prefix ? pathname.startsWith(rule.path) : pathname === rule.path) return rule.bytes;
  }
  return DEFAULT_BODY_LIMIT;
}

/** Headers every response carries, whatever produced it (a page, an API, a redirect, an error). */
export const STATIC_SECURITY_HEADERS = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  },
  // For browsers older than CSP's frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * For API answers, redirects and errors the front answers itself: nothing may load or frame
 * them. Pages replace it with their own policy (src/proxy.ts).
 */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Whether a request path is well-formed percent-encoding. `%ZZ` or a cut-off `%E2%8` would make
 * the router's decodeURIComponent throw (a 500); the front answers 400 instead.
 */
export function decodablePath(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
