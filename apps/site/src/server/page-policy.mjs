/**
 * A page's Content-Security-Policy and the hashes of its inline scripts. Plain JavaScript (types
 * in page-policy.d.mts) because both sides use it: src/proxy.ts and the build's precompress step
 * for prerendered pages, and server.mjs for the pages it caches after their first render
 * (server/on-demand-pages.mjs), before anything is compiled. src/server/security-headers.ts says
 * why the policy is what it is.
 */
import { createHash } from 'node:crypto';

/**
 * @param {{ hashes?: readonly string[], nonce?: string, development?: boolean }} policy
 * @returns {string}
 */
export function pageCsp({ hashes = [], nonce, development = false }) {
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

/**
 * The CSP hash source of a script's text, as a browser computes it.
 * @param {string} text
 */
export function scriptHash(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * Whether a <script> with these attributes runs (a data block, e.g. JSON-LD, does not).
 * @param {string} attributes
 */
function runs(attributes) {
  const match = TYPE.exec(attributes);
  if (!match) return true;
  const type = (match[1] ?? match[2] ?? match[3] ?? '').trim().toLowerCase();
  return SCRIPT_TYPES.has(type);
}

/**
 * Hashes of the inline scripts in an HTML document: every <script> without src whose type is
 * JavaScript (data blocks such as JSON-LD are not run, so they need no hash). Duplicates once.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    if (!runs(attributes)) continue;
    hashes.add(scriptHash(body));
  }
  return [...hashes];
}
