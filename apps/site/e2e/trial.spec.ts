import { type AdminServer, signIn, startAdminServer } from './admin-server';
import { expect, test } from './fixtures';

/**
 * The trial funnel end to end: a reader lands on an article from a campaign, clicks its call to
 * action, signs up; the editor's funnel view attributes the sign-up to that article (and the lead
 * keeps the campaign). Plus validation, idempotent repeats and the API's refusals.
 */
const ARTICLE = 'how-to-layer-iron-condors';
const CALCULATOR = 'expected-move';

test.describe('attribution (own server with the admin enabled)', () => {
  test.describe.configure({ mode: 'serial' });
  let server: AdminServer;

  test.beforeAll(async () => {
    server = await startAdminServer();
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('a sign-up from an article’s call to action is attributed to that article', async ({
    page,
    browser,
  }) => {
    const reader = await browser.newPage();
    await reader.goto(`${server.url}/ask/${ARTICLE}?utm_source=newsletter&utm_campaign=spring`);
    const cta = reader.getByRole('link', { name: 'Start Free Trial' }).last();
    await expect(cta).toHaveAttribute(
      'href',
      `/trial?from=ask%2F${ARTICLE}&utm_source=newsletter&utm_campaign=spring`,
    );
    await cta.click();
    await reader.waitForURL(/\/trial\?from=ask%2F/);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('VixShield Signals');

    await reader.getByLabel(/^Email/).fill('Funnel.Reader@Example.com');
    await reader.getByLabel(/^Name/).fill('Funnel Reader');
    await reader.getByLabel('I trade spreads or condors regularly').check();
    await reader.getByLabel(/I agree to receive the trial signals/).check();
    const [response] = await Promise.all([
      reader.waitForResponse((r) => r.url().endsWith('/api/trial')),
      reader.getByRole('button', { name: 'Start my free trial' }).click(),
    ]);
    expect(response.status()).toBe(201);
    await reader.waitForURL(/\/trial\/welcome$/);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
      'Your free trial is confirmed',
    );
    await reader.close();

    await signIn(page, server.url, '/admin/funnel');
    const row = page.getByTestId('funnel-articles').locator(`tr[data-source="ask/${ARTICLE}"]`);
    await expect(row.locator('[data-col="views"]')).toHaveText('1');
    await expect(row.locator('[data-col="clicks"]')).toHaveText('1');
    await expect(row.locator('[data-col="trialViews"]')).toHaveText('1');
    await expect(row.locator('[data-col="signups"]')).toHaveText('1');
    await expect(row).toContainText('100 %');
    await expect(page.getByTestId('funnel-chart')).toBeVisible();

    await page.goto(`${server.url}/admin/leads`);
    const lead = page
      .getByTestId('leads-table')
      .locator('tr', { hasText: 'funnel.reader@example.com' });
    await expect(lead).toContainText(`ask/${ARTICLE}`);
    await expect(lead).toContainText('newsletter / spring');
  });

  test('a sign-up from a calculator page is attributed to the calculator', async ({
    page,
    browser,
  }) => {
    const reader = await browser.newPage();
    await reader.goto(`${server.url}/calculators/${CALCULATOR}`);
    await reader.getByRole('link', { name: 'Start Free Trial' }).last().click();
    await reader.waitForURL(/\/trial\?from=calculators%2F/);
    await reader.getByLabel(/^Email/).fill('calculator.reader@example.com');
    await reader.getByLabel('New to options').check();
    await reader.getByLabel(/I agree to receive the trial signals/).check();
    await reader.getByRole('button', { name: 'Start my free trial' }).click();
    await reader.waitForURL(/\/trial\/welcome$/);
    await reader.close();

    await signIn(page, server.url, '/admin/funnel');
    const row = page
      .getByTestId('funnel-calculators')
      .locator(`tr[data-source="calculators/${CALCULATOR}"]`);
    await expect(row.locator('[data-col="signups"]')).toHaveText('1');
    await expect(row.locator('[data-col="clicks"]')).toHaveText('1');
    // The date range narrows the view: a range in the past has nothing.
    await page.goto(`${server.url}/admin/funnel?from=2020-01-01&to=2020-01-31`);
    await expect(page.getByTestId('funnel-calculators')).toHaveCount(0);
    await expect(page.getByText('Nothing recorded in this range.').first()).toBeVisible();
  });
});

test.describe('the sign-up form', () => {
  test('explains invalid fields and keeps what was typed', async ({ page }) => {
    await page.goto('/trial?from=home');
    const form = page.getByTestId('trial-form');
    await form.getByRole('button', { name: 'Start my free trial' }).click();
    await expect(form.getByText('Enter your email address')).toBeVisible();
    await expect(form.getByText('Choose your options experience')).toBeVisible();
    await expect(form.getByText(/Tick the box/)).toBeVisible();
    await expect(form.getByLabel(/^Email/)).toHaveAttribute('aria-invalid', 'true');

    await form.getByLabel(/^Email/).fill('not-an-email');
    await form.getByLabel(/^Name/).fill('Kept Name');
    await form.getByRole('button', { name: 'Start my free trial' }).click();
    await expect(form.getByText('Enter a valid email address')).toBeVisible();
    await expect(form.getByLabel(/^Name/)).toHaveValue('Kept Name');
  });

  test('a repeated email is welcomed, not duplicated', async ({ page, request }) => {
    const email = `repeat-${Date.now()}@example.com`;
    const first = await request.post('/api/trial', {
      data: { email, experience: 'some-options', consent: true, source: 'home' },
    });
    expect(first.status()).toBe(201);
    expect(await first.json()).toEqual({ status: 'created' });

    await page.goto('/trial?from=header');
    await page.getByLabel(/^Email/).fill(email.toUpperCase());
    await page.getByLabel('Professional', { exact: false }).check();
    await page.getByLabel(/I agree to receive the trial signals/).check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/trial')),
      page.getByRole('button', { name: 'Start my free trial' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe('existing');
    await page.waitForURL(/\/trial\/welcome\?already=1$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are already signed up');

    const again = await request.post('/api/trial', {
      data: { email, experience: 'professional', consent: true },
    });
    expect(again.status()).toBe(200);
  });

  test.describe('refused', () => {
    // The mocked 503 is logged by the browser; that is the point of this test.
    test.use({ allowedConsoleErrors: [/status of 503/] });
    test('when the server refuses, the details stay and the reason is shown', async ({ page }) => {
      await page.route('**/api/trial', (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({
            error: 'unavailable',
            message: 'We could not save this right now.',
          }),
        }),
      );
      await page.goto('/trial');
      await page.getByLabel(/^Email/).fill('down@example.com');
      await page.getByLabel('New to options').check();
      await page.getByLabel(/I agree to receive the trial signals/).check();
      await page.getByRole('button', { name: 'Start my free trial' }).click();
      await expect(page.getByRole('status')).toContainText('We could not save this right now.');
      await expect(page.getByLabel(/^Email/)).toHaveValue('down@example.com');
    });
  });
});

test.describe('POST /api/trial refuses bad requests with reasons', () => {
  test('400 for invalid fields and malformed JSON, 415, 413, 403', async ({ request }) => {
    const invalid = await request.post('/api/trial', {
      data: { email: 'x', experience: 'guru', consent: false },
    });
    expect(invalid.status()).toBe(400);
    const body = (await invalid.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields).sort()).toEqual(['consent', 'email', 'experience']);

    const malformed = await request.post('/api/trial', {
      headers: { 'content-type': 'application/json' },
      data: '{"email":',
    });
    expect(malformed.status()).toBe(400);

    const wrongType = await request.post('/api/trial', {
      headers: { 'content-type': 'text/plain' },
      data: 'email=a@b.c',
    });
    expect(wrongType.status()).toBe(415);

    const huge = await request.post('/api/trial', {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify({ email: 'a@b.co', name: 'x'.repeat(20_000) }),
    });
    expect(huge.status()).toBe(413);

    const crossSite = await request.post('/api/trial', {
      headers: { origin: 'https://evil.example' },
      data: { email: 'a@b.co', experience: 'new-to-options', consent: true },
    });
    expect(crossSite.status()).toBe(403);
  });

  test('funnel beacons accept known pages only', async ({ request }) => {
    const ok = await request.post('/api/events', {
      data: { step: 'view', source: `ask/${ARTICLE}` },
    });
    expect(ok.status()).toBe(202);
    const unknown = await request.post('/api/events', {
      data: { step: 'cta_click', source: 'ask/no-such-article' },
    });
    expect(unknown.status()).toBe(400);
    const signup = await request.post('/api/events', { data: { step: 'signup', source: 'home' } });
    expect(signup.status()).toBe(400);
  });
});
