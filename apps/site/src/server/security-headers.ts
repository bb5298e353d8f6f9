/**
 * The site's security headers, in one place: the static ones next.config.ts sends with every
 * response, and the Content-Security-Policy that src/proxy.ts builds per request.
 *
 * Scripts: never 'unsafe-inline'. A prerendered page's inline scripts (the theme script that runs
 * before first paint, Next's bootstrap and its RSC payload) are allowed by their SHA-256 hashes,
 * read from the very HTML file the server sends, so pages stay static; a listing's later page,
 * rendered on its first request and kept, gets the hashes of the HTML it was rendered as
 * (server/on-demand-pages.mjs); a page rendered per request (the admin) gets a fresh nonce, which
 * Next puts on its own scripts. External scripts must come from this origin ('self'). Styles keep 'unsafe-inline' because KaTeX's build-time HTML and
 * React's style attributes set inline styles; styles cannot run code.
 */

// The page policy is plain JavaScript because server.mjs computes it for the pages it caches after
// their first render (server/on-demand-pages.mjs).
export { inlineScriptHashes, type PagePolicy, pageCsp, scriptHash } from './page-policy.mjs';
// The static headers and the API policy are plain JavaScript because server.mjs sends them too
// (on redirects and on the errors it answers itself, before Next).
export { NON_DOCUMENT_CSP, STATIC_SECURITY_HEADERS } from './request-rules.mjs';

/**
 * For static files (build chunks, images, the search index). A script file that runs as a worker
 * (the search's) is governed by its own response's policy, so this one lets it fetch from and
 * compile WebAssembly served by this origin; inline script stays refused (an SVG opened directly).
 */
export const FILE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
