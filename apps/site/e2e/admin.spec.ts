import type { APIRequestContext } from '@playwright/test';
import {
  ADMIN_PASSWORD,
  type AdminServer,
  SESSION_COOKIE,
  signIn,
  startAdminServer,
} from './admin-server';
import { expect, test } from './fixtures';

/**
 * The editors' admin on its own server with ADMIN_PASSWORD set: nothing without a session (per
 * page, per API route, per action), sign-in with a rate limit, moderation that features a
 * question on its article, leads with CSV, sessions that end.
 */
test.describe.configure({ mode: 'serial' });

const ARTICLE = 'how-to-layer-iron-condors';
const SECRET_QUESTION = 'A question only editors may read: how do I roll an untested side?';
const HTML_QUESTION =
  'Is <b>bold</b> shown? <img src=x onerror="window.__pwned=1"> it should be text';
const LEAD_EMAIL = 'admin-spec-lead@example.com';

let server: AdminServer;
let questionId = '';
let htmlQuestionId = '';

async function ask(request: APIRequestContext, question: string): Promise<string> {
  const response = await request.post(`${server.url}/api/questions`, {
    data: { question, articleSlug: ARTICLE },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test.beforeAll(async ({ request }) => {
  server = await startAdminServer({ LOGIN_RATE_LIMIT: '12' });
  questionId = await ask(request, SECRET_QUESTION);
  htmlQuestionId = await ask(request, HTML_QUESTION);
  const lead = await request.post(`${server.url}/api/trial`, {
    data: { email: LEAD_EMAIL, experience: 'professional', consent: true, source: 'home' },
  });
  expect(lead.status()).toBe(201);
});

test.afterAll(async () => {
  await server?.close();
});

test.describe('signed out', () => {
  for (const path of [
    '/admin',
    '/admin/questions',
    '/admin/questions?status=spam',
    '/admin/leads',
    '/admin/funnel',
  ]) {
    test(`page ${path} redirects to sign-in and shows no data`, async ({ request }) => {
      const response = await request.get(`${server.url}${path}`, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toMatch(/^\/admin\/login\?next=/);
      const followed = await request.get(`${server.url}${path}`);
      const html = await followed.text();
      expect(html).toContain('Admin password');
      expect(html).not.toContain(SECRET_QUESTION);
      expect(html).not.toContain(LEAD_EMAIL);
    });
  }

  for (const path of [
    '/api/admin/questions',
    '/api/admin/questions?status=new',
    '/api/admin/leads',
    '/api/admin/leads?format=csv',
    '/api/admin/funnel',
  ]) {
    test(`data ${path} answers 401`, async ({ request }) => {
      const response = await request.get(`${server.url}${path}`);
      expect(response.status()).toBe(401);
      const body = await response.text();
      expect(body).not.toContain(SECRET_QUESTION);
      expect(body).not.toContain(LEAD_EMAIL);
    });
  }

  for (const data of [
    { action: 'answer', articleSlug: ARTICLE },
    { action: 'reject' },
    { action: 'spam' },
    { action: 'reopen' },
  ]) {
    test(`action ${data.action} answers 401 and changes nothing`, async ({ request }) => {
      const response = await request.post(`${server.url}/api/admin/questions/${questionId}`, {
        data,
      });
      expect(response.status()).toBe(401);
      const featured = await request.get(`${server.url}/api/reader-questions?article=${ARTICLE}`);
      expect(await featured.text()).not.toContain(SECRET_QUESTION);
    });
  }

  test('action delete answers 401 and the question stays', async ({ request }) => {
    const response = await request.delete(`${server.url}/api/admin/questions/${questionId}`);
    expect(response.status()).toBe(401);
  });

  test('action sign-out answers 401', async ({ request }) => {
    const response = await request.post(`${server.url}/api/admin/logout`);
    expect(response.status()).toBe(401);
  });

  test('a forged session cookie is refused', async ({ request }) => {
    const forged =
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDAifQ.c2lnbmF0dXJl';
    const response = await request.get(`${server.url}/api/admin/questions`, {
      headers: { cookie: `${SESSION_COOKIE}=${forged}` },
    });
    expect(response.status()).toBe(401);
    const page = await request.get(`${server.url}/admin/leads`, {
      headers: { cookie: `${SESSION_COOKIE}=${forged}` },
      maxRedirects: 0,
    });
    expect(page.status()).toBe(307);
  });

  test.describe('wrong password', () => {
    // The browser logs the 401 it provokes on purpose.
    test.use({ allowedConsoleErrors: [/status of 401/] });
    test('a wrong password is refused at the form', async ({ page }) => {
      await page.goto(`${server.url}/admin/login`);
      await page.getByLabel('Admin password').fill('not the password at all');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/admin/login')),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
      expect(response.status()).toBe(401);
      await expect(page.getByRole('status')).toContainText('That password is not right');
      await expect(page).toHaveURL(/\/admin\/login/);
    });
  });
});

test.describe('signed in', () => {
  test('the session cookie is HttpOnly, SameSite=Strict and expires', async ({ page, context }) => {
    await signIn(page, server.url);
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.secure).toBe(true);
    expect(cookie?.path).toBe('/');
    expect(cookie?.sameSite).toBe('Strict');
    expect(cookie?.expires ?? -1).toBeGreaterThan(Date.now() / 1000);
    expect(cookie?.expires ?? Infinity).toBeLessThan(Date.now() / 1000 + 9 * 3600);
  });

  test('a cross-site write is refused even with a session', async ({ page, context }) => {
    await signIn(page, server.url);
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    const response = await page.request.post(`${server.url}/api/admin/questions/${questionId}`, {
      data: { action: 'spam' },
      headers: { origin: 'https://evil.example', cookie: `${SESSION_COOKIE}=${cookie?.value}` },
    });
    expect(response.status()).toBe(403);
  });

  test('reader text is shown as text, never as HTML', async ({ page }) => {
    await signIn(page, server.url, '/admin/questions');
    const item = page.getByTestId('queue-item').filter({ hasText: 'it should be text' });
    await expect(item.getByTestId('queue-question')).toHaveText(HTML_QUESTION);
    expect(await item.locator('b, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('marking a question answered features it on its article', async ({ page, browser }) => {
    await signIn(page, server.url, '/admin/questions');
    const item = page.getByTestId('queue-item').filter({ hasText: SECRET_QUESTION });
    await item.getByLabel('Answering article').selectOption(ARTICLE);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/admin/questions/${questionId}`)),
      item.getByRole('button', { name: 'Mark answered' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await expect(page.getByTestId('queue-item').filter({ hasText: SECRET_QUESTION })).toHaveCount(
      0,
    );
    await page.getByRole('link', { name: /^Answered/ }).click();
    await expect(page.getByTestId('queue-item').filter({ hasText: SECRET_QUESTION })).toHaveCount(
      1,
    );

    const reader = await browser.newPage();
    await reader.goto(`${server.url}/ask/${ARTICLE}`);
    const featured = reader.getByTestId('reader-questions');
    await expect(featured.getByRole('heading', { name: 'Asked by a reader' })).toBeVisible();
    await expect(featured).toContainText(SECRET_QUESTION);
    await reader.close();
  });

  test('reject, spam and delete move questions through the queue', async ({ page }) => {
    page.on('dialog', (dialog) => dialog.accept());
    await signIn(page, server.url, '/admin/questions');
    const item = () => page.getByTestId('queue-item').filter({ hasText: 'it should be text' });
    await item().getByRole('button', { name: 'Reject' }).click();
    await expect(item()).toHaveCount(0);
    await page.getByRole('link', { name: /^Rejected/ }).click();
    await item().getByRole('button', { name: 'Spam' }).click();
    await expect(item()).toHaveCount(0);
    await page.getByRole('link', { name: /^Spam/ }).click();
    await expect(item()).toHaveCount(1);
    await item().getByRole('button', { name: 'Delete' }).click();
    await expect(item()).toHaveCount(0);
    const gone = await page.request.delete(`${server.url}/api/admin/questions/${htmlQuestionId}`);
    expect(gone.status()).toBe(404);
  });

  test('leads are listed and exported as CSV', async ({ page }) => {
    await signIn(page, server.url, '/admin/leads');
    await expect(page.getByTestId('leads-table')).toContainText(LEAD_EMAIL);
    const csv = await page.request.get(`${server.url}/api/admin/leads?format=csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(csv.headers()['content-disposition']).toContain('attachment');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toContain('email');
    expect(text).toContain(`"${LEAD_EMAIL}","","professional","home"`);
  });

  test('signing out ends the session, and the old cookie stops working', async ({
    page,
    context,
  }) => {
    await signIn(page, server.url);
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/admin\/login/);
    expect((await context.cookies()).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    const replay = await page.request.get(`${server.url}/api/admin/questions`, {
      headers: { cookie: `${SESSION_COOKIE}=${cookie?.value}` },
    });
    expect(replay.status()).toBe(401);
  });

  test('sign-in attempts are rate-limited', async ({ request }) => {
    let limited = false;
    for (let i = 0; i < 15 && !limited; i++) {
      const response = await request.post(`${server.url}/api/admin/login`, {
        data: { password: `guess-${i}-not-it` },
      });
      if (response.status() === 429) {
        limited = true;
        expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
      } else {
        expect(response.status()).toBe(401);
      }
    }
    expect(limited).toBe(true);
    // Even the right password waits out the window.
    const right = await request.post(`${server.url}/api/admin/login`, {
      data: { password: ADMIN_PASSWORD },
    });
    expect(right.status()).toBe(429);
  });
});

test('with no ADMIN_PASSWORD the admin is disabled, never open', async ({ page, request }) => {
  // The shared test server runs without ADMIN_PASSWORD.
  await page.goto('/admin/login');
  await expect(page.getByTestId('admin-disabled')).toContainText('ADMIN_PASSWORD');
  const redirected = await request.get('/admin/leads', { maxRedirects: 0 });
  expect(redirected.status()).toBe(307);
  for (const path of ['/api/admin/questions', '/api/admin/leads', '/api/admin/funnel']) {
    expect((await request.get(path)).status()).toBe(503);
  }
  const login = await request.post('/api/admin/login', { data: { password: '' } });
  expect(login.status()).toBe(503);
});
