/**
 * Pages Next renders on their first request and keeps (the routes whose generateStaticParams
 * lists none of their pages: the later pages of the answer listings, src/lib/listing-pages.ts),
 * sent like the prerendered ones (static-pages.mjs) from then on: from memory, compressed once,
 * with the headers a prerendered page gets and a Content-Security-Policy made of the hashes of the
 * very HTML sent.
 *
 * The proxy cannot give such a page its hashes: it runs before the page exists, and a nonce would
 * be kept in the HTML Next caches, so the next reader's fresh nonce would block every script.
 * So the proxy gives these routes no nonce, and the first request for one is answered here: the
 * page is asked of Next through `render` (server.mjs: a loopback request that only it can make),
 * its inline scripts are hashed, its HTML compressed, and the result kept in a cache bounded in
 * bytes; concurrent first requests share one render. Anything that is not a 200 page (a redirect,
 * a 404) is left to Next as it is, and nothing of it is kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compressPage, pageHeaders } from '../src/server/static-page-manifest.mjs';
import { answerNotModified, ByteCache, chooseEncoding, pagePath } from './page-response.mjs';

/** Bytes of rendered pages kept (HTML, brotli and gzip); a page dropped is rendered again. */
const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * @typedef {{ status: number, headers: Headers, body: Buffer }} Rendered
 * @typedef {{ body: Buffer, headers: Record<string, string> }} Variant
 * @typedef {{ etag: string, headers: Record<string, string>,
 *   variants: Record<'br' | 'gzip' | 'identity', Variant> }} Page
 */

/**
 * The routes Next renders on first request: in the build's prerender manifest, the dynamic
 * routes with `fallback: null` (render, then cache), as regular expressions on the path.
 * @param {string} buildDir
 */
export function onDemandRoutes(buildDir) {
  /** @type {{ dynamicRoutes?: Record<string, { routeRegex: string, fallback: unknown }> }} */
  const manifest = JSON.parse(readFileSync(join(buildDir, 'prerender-manifest.json'), 'utf8'));
  return Object.values(manifest.dynamicRoutes ?? {})
    .filter((route) => route.fallback === null)
    .map((route) => new RegExp(route.routeRegex));
}

/**
 * A rendered page as it will be sent: headers and compressed copies, or null when Next did not
 * answer with a page (any status but 200, or not HTML).
 * @param {Rendered} rendered
 * @returns {Promise<Page | null>}
 */
async function preparePage(rendered) {
  if (rendered.status !== 200) return null;
  if (!rendered.headers.get('content-type')?.startsWith('text/html')) return null;
  const html = rendered.body;
  const { etag, headers } = pageHeaders({
    html,
    prerenderHeaders: Object.fromEntries(rendered.headers),
  });
  const { br, gzip } = await compressPage(html);
  /** @param {Buffer} body @param {string} [encoding] */
  const variant = (body, encoding) => ({
    body,
    headers: {
      ...headers,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      'Content-Length': String(body.length),
    },
  });
  return {
    etag,
    headers,
    variants: { br: variant(br, 'br'), gzip: variant(gzip, 'gzip'), identity: variant(html) },
  };
}

/**
 * @param {RegExp[]} routes paths answered here (onDemandRoutes)
 * @param {{ render: (path: string) => Promise<Rendered>, cacheBytes?: number }} options
 */
export function createOnDemandPages(routes, { render, cacheBytes = DEFAULT_CACHE_BYTES }) {
  /** @type {ByteCache<Page>} */
  const cache = new ByteCache(cacheBytes);
  /** @type {Map<string, Promise<Page | null>>} */
  const pending = new Map();

  /** @param {string} path */
  function prepare(path) {
    let job = pending.get(path);
    if (!job) {
      job = render(path)
        .then(preparePage)
        .then((page) => {
          if (page) {
            const { variants } = page;
            const bytes = variants.br.body.length + variants.gzip.body.length;
            cache.set(path, page, bytes + variants.identity.body.length);
          }
          return page;
        })
        .finally(() => pending.delete(path));
      pending.set(path, job);
    }
    return job;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Page} page
   */
  function send(req, res, page) {
    if (answerNotModified(req, res, page)) return;
    const { body, headers } = page.variants[chooseEncoding(req.headers['accept-encoding'])];
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /**
   * Answers the request if it asks for the HTML of a page rendered on demand; returns false
   * (having sent nothing) otherwise. `fallback` hands the request to Next when there is no page
   * to send (Next's answer was not a 200 page, or the render failed).
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} fallback
   */
  function handle(req, res, fallback) {
    const path = pagePath(req);
    if (path === null || !routes.some((route) => route.test(path))) return false;
    // A path a URL parser would rewrite ("/ask/page/..") would be rendered as another page and
    // kept under this one: Next decides what it is.
    if (new URL(path, 'http://localhost').pathname !== path) return false;
    const cached = cache.get(path);
    if (cached) {
      send(req, res, cached);
      return true;
    }
    prepare(path).then(
      (page) => (page ? send(req, res, page) : fallback()),
      (error) => {
        console.error(`server: rendering ${path} for its first reader failed`, error);
        fallback();
      },
    );
    return true;
  }

  return { handle };
}
