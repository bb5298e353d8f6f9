import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { generateETag } from 'next/dist/server/lib/etag.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { inlineScriptHashes, pageCsp } from '@/server/page-policy.mjs';
import { PRERENDERED_CACHE_CONTROL } from '@/server/static-page-manifest.mjs';
// @ts-expect-error: plain ESM module run by node, typed with JSDoc
import { createOnDemandPages, onDemandRoutes } from '../server/on-demand-pages.mjs';
import { rawRequest, servePages } from './helpers/page-server';

const html = (n: number) =>
  `<!DOCTYPE html><html><head><script>document.documentElement.className="dark"</script></head>` +
  `<body><h1>All answers, page ${n}</h1><script>self.__next_f.push([1,"page ${n}"])</script>` +
  `${'<article>Iron condor wings and credit.</article>'.repeat(100)}</body></html>`;

interface Rendered {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** Next as the render function sees it: pages /list/page/2…50 exist but 9; anything else is a 404. */
const renders: string[] = [];
let failNext = false;
async function render(path: string): Promise<Rendered> {
  renders.push(path);
  await new Promise((resolve) => setTimeout(resolve, 20));
  if (failNext) {
    failNext = false;
    throw new Error('connection refused');
  }
  const n = Number(/\/page\/(\d+)\/?$/.exec(path)?.[1]);
  if (n >= 2 && n <= 50 && n !== 9) {
    return {
      status: 200,
      headers: new Headers({
        'content-type': 'text/html; charset=utf-8',
        'x-nextjs-cache': 'MISS',
        'x-nextjs-prerender': '1',
        'x-nextjs-stale-time': '300',
        'cache-control': 's-maxage=31536000',
      }),
      body: Buffer.from(html(n)),
    };
  }
  return {
    status: 404,
    headers: new Headers({ 'content-type': 'text/html; charset=utf-8' }),
    body: Buffer.from('<!DOCTYPE html><p>Not found</p>'),
  };
}

describe('the routes rendered on first request', () => {
  it('are the dynamic routes whose fallback is to render then cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'on-demand-'));
    try {
      writeFileSync(
        join(dir, 'prerender-manifest.json'),
        JSON.stringify({
          routes: {},
          dynamicRoutes: {
            '/ask/page/[page]': { routeRegex: '^/ask/page/([^/]+?)(?:/)?$', fallback: null },
            '/ask/[slug]': { routeRegex: '^/ask/([^/]+?)(?:/)?$', fallback: false },
          },
        }),
      );
      const routes: RegExp[] = onDemandRoutes(dir);
      expect(routes.map((r) => r.test('/ask/page/7'))).toEqual([true]);
      expect(routes.some((r) => r.test('/ask/an-answer'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('serving', () => {
  let server: Awaited<ReturnType<typeof servePages>>;
  let port: number;
  const toNext: string[] = [];

  beforeAll(async () => {
    const pages = createOnDemandPages([/^\/list\/page\/([^/]+?)(?:\/)?$/], {
      render,
      cacheBytes: 40_000,
    });
    server = await servePages(pages, toNext, 404);
    port = server.port;
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(() => {
    renders.length = 0;
    toNext.length = 0;
  });

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    rawRequest(port, path, headers, method);

  it('renders a page once for concurrent first readers, then sends it from memory', async () => {
    const first = await Promise.all(
      Array.from({ length: 5 }, () => get('/list/page/2', { 'accept-encoding': 'br, gzip' })),
    );
    expect(renders).toEqual(['/list/page/2']);
    for (const response of first) {
      expect(response.status).toBe(200);
      expect(brotliDecompressSync(response.body).toString()).toBe(html(2));
    }
    const gz = await get('/list/page/2?from=pager', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(gz.body).toString()).toBe(html(2));
    const plain = await get('/list/page/2');
    expect(plain.body.toString()).toBe(html(2));
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(renders).toEqual(['/list/page/2']);
  });

  it('sends the headers of a prerendered page, with the hashes of the HTML it sends', async () => {
    const { headers } = await get('/list/page/3', { 'accept-encoding': 'br' });
    expect(headers['content-security-policy']).toBe(
      pageCsp({ hashes: inlineScriptHashes(html(3)) }),
    );
    expect(String(headers['content-security-policy'])).not.toContain('nonce');
    expect(inlineScriptHashes(html(3))).toHaveLength(2);
    expect(headers.etag).toBe(generateETag(html(3)));
    expect(headers['cache-control']).toBe(PRERENDERED_CACHE_CONTROL);
    expect(headers['x-nextjs-cache']).toBe('HIT');
    expect(headers['x-nextjs-prerender']).toBe('1');
    expect(headers['x-nextjs-stale-time']).toBe('300');
    expect(headers['content-encoding']).toBe('br');
    expect(headers['x-frame-options']).toBe('DENY');
  });

  it('answers 304 to a current copy and HEAD without a body', async () => {
    const { headers } = await get('/list/page/2');
    const again = await get('/list/page/2', { 'if-none-match': String(headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get('/list/page/2', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('leaves what is not a page to Next and keeps none of it', async () => {
    await get('/list/page/9');
    await get('/list/page/9');
    expect(renders).toEqual(['/list/page/9', '/list/page/9']);
    expect(toNext).toEqual(['GET /list/page/9', 'GET /list/page/9']);
  });

  it('hands the request to Next when the render fails, and tries again next time', async () => {
    const fresh = '/list/page/4';
    failNext = true;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await get(fresh)).body.toString()).toBe('next');
    expect(String(logged.mock.calls[0]?.[0])).toContain(`rendering ${fresh}`);
    logged.mockRestore();
    expect(toNext).toEqual([`GET ${fresh}`]);
    expect((await get(fresh)).status).toBe(200);
    expect(renders).toEqual([fresh, fresh]);
  });

  it("never answers the client router's requests or other paths", async () => {
    await get('/list/page/2', { rsc: '1' });
    await get('/list/page/2?_rsc=x1');
    await get('/list/page/2', {}, 'POST');
    await get('/list/other');
    await get('/list/page/..');
    await get('/list/page/%2e%2e');
    expect(renders).toEqual([]);
    expect(toNext).toHaveLength(6);
  });

  it('drops the least recently sent pages past its byte limit and renders them again', async () => {
    // Each page holds 5.3 kB (HTML, brotli and gzip): 40 kB keeps the last seven.
    const paths = Array.from({ length: 12 }, (_, i) => `/list/page/${10 + i}`);
    for (const path of paths) await get(path);
    expect(renders).toEqual(paths);
    renders.length = 0;
    await get('/list/page/21');
    await get('/list/page/10');
    expect(renders).toEqual(['/list/page/10']);
  });
});
