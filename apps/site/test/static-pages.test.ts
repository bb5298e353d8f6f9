import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { generateETag } from 'next/dist/server/lib/etag.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineScriptHashes, pageCsp } from '@/server/security-headers';
import { PAGE_VARY, pageManifestEntry } from '@/server/static-page-manifest.mjs';
// @ts-expect-error: plain ESM module run by node, typed with JSDoc
import { chooseEncoding, etagMatches } from '../server/page-response.mjs';
// @ts-expect-error: plain ESM module run by node, typed with JSDoc
import { loadStaticPages } from '../server/static-pages.mjs';
import { rawRequest, servePages } from './helpers/page-server';

const HTML =
  '<!DOCTYPE html><html><head><script>document.documentElement.className="dark"</script></head>' +
  `<body><h1>An answer</h1>${'<p>Iron condor wings and credit.</p>'.repeat(200)}</body></html>`;

describe('manifest entry', () => {
  const entry = pageManifestEntry({
    html: Buffer.from(HTML),
    metaHeaders: { 'x-nextjs-prerender': '1', 'x-next-cache-tags': '_N_T_/layout' },
    files: { identity: 'a.html', br: 'a.html.br', gzip: 'a.html.gz' },
  });

  it('carries the policy src/proxy.ts would compute from the same HTML', () => {
    expect(entry.headers['Content-Security-Policy']).toBe(
      pageCsp({ hashes: inlineScriptHashes(HTML) }),
    );
    const scripts = entry.headers['Content-Security-Policy']?.match(/script-src ([^;]*)/)?.[1];
    expect(scripts).toContain("'sha256-");
    expect(scripts).not.toContain('unsafe-inline');
  });

  it("uses Next's ETag and Vary, and keeps the cache tags inside", () => {
    expect(entry.etag).toBe(generateETag(HTML));
    expect(entry.headers.ETag).toBe(entry.etag);
    expect(entry.headers.Vary).toBe(PAGE_VARY);
    expect(entry.headers['x-nextjs-prerender']).toBe('1');
    expect(entry.headers['x-next-cache-tags']).toBeUndefined();
    expect(entry.headers['X-Frame-Options']).toBe('DENY');
  });
});

describe('encoding negotiation', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip, br;q=0', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
    ['GZIP', 'gzip'],
  ])('%j → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });

  it('matches ETags weakly, in lists and with *', () => {
    expect(etagMatches('"a1"', '"a1"')).toBe(true);
    expect(etagMatches('W/"a1"', '"a1"')).toBe(true);
    expect(etagMatches('"x", "a1"', '"a1"')).toBe(true);
    expect(etagMatches('*', '"a1"')).toBe(true);
    expect(etagMatches('"a2"', '"a1"')).toBe(false);
    expect(etagMatches(undefined, '"a1"')).toBe(false);
  });
});

describe('serving', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof servePages>>;
  let port: number;
  const passed: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-pages-'));
    mkdirSync(join(dir, 'static-pages', 'ask'), { recursive: true });
    mkdirSync(join(dir, 'server', 'app', 'ask'), { recursive: true });
    writeFileSync(join(dir, 'server/app/ask/a.html'), HTML);
    writeFileSync(join(dir, 'static-pages/ask/a.html.br'), brotliCompressSync(HTML));
    writeFileSync(join(dir, 'static-pages/ask/a.html.gz'), gzipSync(HTML));
    const entry = pageManifestEntry({
      html: Buffer.from(HTML),
      metaHeaders: {},
      files: {
        identity: 'server/app/ask/a.html',
        br: 'static-pages/ask/a.html.br',
        gzip: 'static-pages/ask/a.html.gz',
      },
    });
    const missing = { ...entry, files: { identity: 'nope', br: 'nope', gzip: 'nope' } };
    writeFileSync(
      join(dir, 'static-pages/manifest.json'),
      JSON.stringify({ version: 1, pages: { '/ask/a': entry, '/ask/gone': missing } }),
    );
    const pages = loadStaticPages(dir, { cacheBytes: 1024 });
    server = await servePages(pages, passed, 299);
    port = server.port;
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    rawRequest(port, path, headers, method);

  it('sends brotli, gzip or plain HTML, each decoding to the same page', async () => {
    const br = await get('/ask/a', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(HTML);
    // Twice: the second answer comes from memory (the cache holds one variant at a time here).
    for (let i = 0; i < 2; i += 1) {
      const gz = await get('/ask/a', { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).toString()).toBe(HTML);
    }
    const plain = await get('/ask/a?utm_source=x');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(HTML);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(plain.headers.vary).toBe(PAGE_VARY);
  });

  it('answers 304 to a matching If-None-Match and HEAD without a body', async () => {
    const first = await get('/ask/a');
    const again = await get('/ask/a', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    const head = await get('/ask/a', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  });

  it("leaves the client router's requests, other methods and other paths to Next", async () => {
    passed.length = 0;
    await get('/ask/a', { rsc: '1' });
    await get('/ask/a', { 'next-router-prefetch': '1' });
    await get('/ask/a?_rsc=abc');
    await get('/ask/a', {}, 'POST');
    await get('/ask/a/');
    await get('/ask/b');
    await get('/ask/%E0%A4%A'); // bad percent-encoding: Next decides
    await get('/ask/gone'); // file missing on disk: Next answers rather than an error
    expect(passed).toEqual([
      'GET /ask/a',
      'GET /ask/a',
      'GET /ask/a?_rsc=abc',
      'POST /ask/a',
      'GET /ask/a/',
      'GET /ask/b',
      'GET /ask/%E0%A4%A',
      'GET /ask/gone',
    ]);
  });

  it('finds a page by its percent-encoded path', async () => {
    const encoded = await get('/ask/%61');
    expect(encoded.status).toBe(200);
  });
});
