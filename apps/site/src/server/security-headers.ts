import { createHash } from 'node:crypto';

/**
 * The site's security headers, in one place: the static ones next.config.ts sends with every
 * response, and the Content-Security-Policy that src/proxy.ts builds per request.
 *
 * Scripts: never 'unsafe-inline'. A prerendered page's inline scripts (the theme script that runs
 * before first paint, Next's bootstrap and its RSC payload) are allowed by their SHA-256 hashes,
 * read from the very HTML file the server sends, so pages stay static; a page rendered per request
 * (the admin) gets a fresh nonce, which Next puts on its own scripts. External scripts must come
 * from this origin ('self'). Styles keep 'unsafe-inline' because KaTeX's build-time HTML and
 * React's style attributes set inline styles; styles cannot run code.
 */

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

export interface PagePolicy {
  /** 'sha256-…' sources of the inline scripts the page may run. */
  hashes?: readonly string[];
  /** Per-request nonce, for pages rendered on request. */
  nonce?: string;
  /** `next dev` needs eval for its error overlay and cannot know hashes in advance. */
  development?: boolean;
}

export function pageCsp({ hashes = [], nonce, development = false }: PagePolicy): string {
  const script = development
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : [
        "'self'",
        ...(nonce ? [`'nonce-${nonce}'`] : []),
        ...hashes.map((h) => `'${h}'`),
        // Lets a page compile WebAssembly (the static search index); it allows no JS eval.
        "'wasm-unsafe-eval'",
      ];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The CSP hash source of a script's text, as a browser computes it. */
export function scriptHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** Whether a <script> with these attributes runs (a data block, e.g. JSON-LD, does not). */
function runs(attributes: string): boolean {
  const match = TYPE.exec(attributes);
  if (!match) return true;
  const type = (match[1] ?? match[2] ?? match[3] ?? '').trim().toLowerCase();
  return SCRIPT_TYPES.has(type);
}

/**
 * Hashes of the inline scripts in an HTML document: every <script> without src whose type is
 * JavaScript (data blocks such as JSON-LD are not run, so they need no hash). Duplicates once.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    if (!runs(attributes)) continue;
    hashes.add(scriptHash(body));
  }
  return [...hashes];
}
