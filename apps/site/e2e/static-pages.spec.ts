import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDir, prerenderedDir } from '../scripts/build-dir';
import { PAGE_SIZE } from '../src/lib/pagination';
import { inlineScriptHashes, pageCsp } from '../src/server/page-policy.mjs';
import { expect, test } from './fixtures';
import { articleUrls, FLAGSHIP } from './site-map';

/**
 * Prerendered pages are sent by server/static-pages.mjs from the build's precompressed copies;
 * what the browser gets must be what Next would have sent: the same HTML, the same
 * Content-Security-Policy the proxy computes for that path, the same security headers.
 */
const SAME_HEADERS = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
];

for (const encoding of ['br', 'gzip', 'identity']) {
  test(`an answer sent as ${encoding} is the prerendered HTML with its headers`, async ({
    request,
  }) => {
    const response = await request.get(FLAGSHIP, { headers: { 'accept-encoding': encoding } });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers.vary).toContain('Accept-Encoding');
    expect(headers.etag).toMatch(/^"[0-9a-z]+"$/);
    const html = readFileSync(join(prerenderedDir, `${FLAGSHIP}.html`), 'utf8');
    expect(await response.text()).toBe(html);
  });
}

test("the page's headers equal those Next and the proxy give the same path", async ({
  request,
}) => {
  const page = await request.get(FLAGSHIP);
  // An RSC request of the client router is never answered from the static copies.
  const rsc = await request.get(FLAGSHIP, { headers: { rsc: '1' } });
  expect(rsc.headers()['content-type']).toContain('text/x-component');
  for (const name of SAME_HEADERS) expect(page.headers()[name], name).toBe(rsc.headers()[name]);
  expect(page.headers()['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
});

test('a matching If-None-Match is answered 304 without a body', async ({ request }) => {
  const first = await request.get('/glossary/iron-condor');
  const again = await request.get('/glossary/iron-condor', {
    headers: { 'if-none-match': first.headers().etag ?? '' },
  });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
});

test('the answer is in the HTML in reading order, readable without JavaScript', async ({
  request,
}) => {
  const html = await (await request.get(FLAGSHIP)).text();
  // A Suspense boundary that suspended while prerendering would move content to the end of the
  // body behind a script (<div hidden id="S:0">), out of <main> and of the search index.
  expect(html).not.toMatch(/<div hidden id="S:\d+"/);
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  expect(main).toContain('data-testid="answer"');
  expect(main).toContain('data-testid="question-box"');
});

/**
 * A listing's later pages are rendered on their first request and kept (server/on-demand-pages.mjs):
 * from then on they must go out like a prerendered page, with a policy made of the hashes of the
 * HTML actually sent, no nonce, and compressed.
 */
const LATER_PAGE = `/ask/page/${Math.ceil(articleUrls.length / PAGE_SIZE)}`;

test('a later listing page is rendered once, then sent like a prerendered page', async ({
  request,
}) => {
  const first = await request.get(LATER_PAGE, { headers: { 'accept-encoding': 'identity' } });
  expect(first.status()).toBe(200);
  const html = await first.text();
  expect(html).toContain('data-testid="listing"');
  expect(html).not.toMatch(/<script[^>]*\snonce=/);
  const policy = first.headers()['content-security-policy'] ?? '';
  expect(policy).toBe(pageCsp({ hashes: inlineScriptHashes(html) }));

  const again = await request.get(LATER_PAGE, { headers: { 'accept-encoding': 'br' } });
  expect(again.headers()['content-encoding']).toBe('br');
  expect(await again.text()).toBe(html);
  for (const name of ['content-security-policy', 'etag', 'cache-control', 'x-nextjs-prerender'])
    expect(again.headers()[name], name).toBe(first.headers()[name]);
  const answer = (await request.get(FLAGSHIP)).headers();
  for (const name of [...SAME_HEADERS.slice(1), 'cache-control', 'vary', 'x-nextjs-stale-time'])
    expect(first.headers()[name], name).toBe(answer[name]);
});

test('an address past the end of a listing is a 404 that nothing keeps', async ({ request }) => {
  const past = `/ask/page/${Math.ceil(articleUrls.length / PAGE_SIZE) + 7}`;
  for (let i = 0; i < 2; i += 1) {
    const response = await request.get(past);
    expect(response.status()).toBe(404);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(await response.text()).toContain('<h1');
  }
  // Next stores what a route renders on demand under its path; this one it never rendered.
  const stored = readdirSync(join(buildDir, 'server'), { recursive: true }).map(String);
  expect(stored.filter((file) => file.includes(past.slice(1)))).toEqual([]);
});
