import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

/**
 * Prerendered pages are sent by server/static-pages.mjs from the build's precompressed copies;
 * what the browser gets must be what Next would have sent: the same HTML, the same
 * Content-Security-Policy the proxy computes for that path, the same security headers.
 */
const buildDir = fileURLToPath(
  new URL(`../${process.env.NEXT_DIST_DIR || '.next'}/`, import.meta.url),
);
const ANSWER = '/ask/multi-sig-vs-alvh-layered-hedging';
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
    const response = await request.get(ANSWER, { headers: { 'accept-encoding': encoding } });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers.vary).toContain('Accept-Encoding');
    expect(headers.etag).toMatch(/^"[0-9a-z]+"$/);
    const html = readFileSync(`${buildDir}server/app${ANSWER}.html`, 'utf8');
    expect(await response.text()).toBe(html);
  });
}

test("the page's headers equal those Next and the proxy give the same path", async ({
  request,
}) => {
  const page = await request.get(ANSWER);
  // An RSC request of the client router is never answered from the static copies.
  const rsc = await request.get(ANSWER, { headers: { rsc: '1' } });
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
  const html = await (await request.get(ANSWER)).text();
  // A Suspense boundary that suspended while prerendering would move content to the end of the
  // body behind a script (<div hidden id="S:0">), out of <main> and of the search index.
  expect(html).not.toMatch(/<div hidden id="S:\d+"/);
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  expect(main).toContain('data-testid="answer"');
  expect(main).toContain('data-testid="question-box"');
});
