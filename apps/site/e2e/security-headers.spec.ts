import type { APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Security headers on every kind of response, and the Content-Security-Policy in action: each
 * page type loads and hydrates with no CSP violation (the fixture fails on any console error,
 * and violations are also collected from the page's securitypolicyviolation events).
 */
const PAGES = {
  home: '/',
  'answers index': '/ask',
  'a later listing page (rendered on first request)': '/ask/page/2',
  article: '/ask/how-to-layer-iron-condors',
  'ask page': '/ask/new',
  glossary: '/glossary',
  term: '/glossary/iron-condor',
  calculators: '/calculators',
  calculator: '/calculators/iron-condor',
  trial: '/trial?from=home',
  'trial check-inbox': '/trial/check-inbox',
  search: '/search?q=condor',
  'admin sign-in (rendered per request)': '/admin/login',
};

function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...rest] = d.split(/\s+/);
        return [name, rest.join(' ')] as const;
      }),
  );
}

function expectCommonHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['x-frame-options']).toBe('DENY');
  const csp = h['content-security-policy'] ?? '';
  expect(csp, 'one Content-Security-Policy header').not.toBe('');
  expect(directives(csp).get('frame-ancestors')).toBe("'none'");
  return directives(csp);
}

for (const [kind, path] of Object.entries(PAGES)) {
  test(`${kind}: headers, strict script policy, no violations`, async ({ page, request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const csp = expectCommonHeaders(response);
    const script = csp.get('script-src') ?? '';
    expect(script).toContain("'self'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script).toMatch(/'(sha256-[A-Za-z0-9+/=]+|nonce-[A-Za-z0-9+/=]+)'/);
    expect(csp.get('object-src')).toBe("'none'");

    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { __cspViolations?: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(path);
    await page.waitForLoadState('load');
    // Late scripts (chunks loaded after hydration) get a moment to run or be refused.
    await page.waitForTimeout(1500);
    // Scripts ran: the theme script set a class before paint and React hydrated the page.
    await expect(page.locator('html')).toHaveClass(/(^|\s)(light|dark)(\s|$)/);
    expect(
      await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations),
    ).toEqual([]);
  });
}

test('hydration works under the policy: the question box counts live', async ({ page }) => {
  await page.goto('/ask/how-to-layer-iron-condors');
  const box = page.getByTestId('question-box');
  await box.getByLabel('Your question').fill('Twelve chars');
  await expect(box.getByTestId('question-counter')).toHaveText('12 / 1000');
});

test('a prerendered page keeps its own hashes; a per-request page gets a fresh nonce', async ({
  request,
}) => {
  const a = (await request.get('/glossary/iron-condor')).headers()['content-security-policy'];
  const b = (await request.get('/glossary/iron-condor')).headers()['content-security-policy'];
  expect(a).toBe(b);
  expect(a).not.toContain("'nonce-");
  const n1 = (await request.get('/admin/login')).headers()['content-security-policy'];
  const n2 = (await request.get('/admin/login')).headers()['content-security-policy'];
  expect(n1).toContain("'nonce-");
  expect(n1).not.toBe(n2);
});

test('API answers, files, build assets and 404s carry the headers too', async ({ request }) => {
  const api = await request.get('/api/reader-questions');
  expect(directives(api.headers()['content-security-policy'] ?? '').get('default-src')).toBe(
    "'none'",
  );
  expectCommonHeaders(api);
  expectCommonHeaders(await request.post('/api/trial', { data: {} }));
  expectCommonHeaders(await request.get('/icon.svg'));

  const html = await (await request.get('/')).text();
  const asset = html.match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(asset).toBeTruthy();
  expectCommonHeaders(await request.get(asset ?? ''));

  const missing = await request.get('/ask/no-such-article-anywhere');
  expect(missing.status()).toBe(404);
  expectCommonHeaders(missing);
});

test('redirects, malformed addresses and unknown methods are answered with the headers', async ({
  request,
}) => {
  const redirect = await request.get('/ask/', { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expectCommonHeaders(redirect);
  for (const path of ['/ask/%ZZ', '/glossary/%ZZ', '/calculators/%ZZ', '/ask/tag/%ZZ']) {
    const malformed = await request.get(path);
    expect(malformed.status(), path).toBe(400);
    expectCommonHeaders(malformed);
  }
  const trace = await request.fetch('/', { method: 'TRACE' });
  expect(trace.status()).toBe(405);
  expect(trace.headers().allow).toBe('GET, HEAD, POST, DELETE');
  expectCommonHeaders(trace);
});
