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
    expect(response.status()).toBe(202);
    await reader.waitForURL(/\/trial\/check-inbox$/);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');

    await signIn(page, server.url, '/admin/funnel');
    const row = page.getByTestId('funnel-articles').locator(`tr[data-source="ask/${ARTICLE}"]`);
    await expect(row.locator('[data-col="views"]')).toHaveText('1');
    await expect(row.locator('[data-col="clicks"]')).toHaveText('1');
    await expect(row.locator('[data-col="trialViews"]')).toHaveText('1');
    await expect(row.locator('[data-col="signups"]')).toHaveText('1');
    await expect(row.locator('[data-col="confirmations"]')).toHaveText('0');
    await expect(row).toContainText('100 %');
    await expect(page.getByTestId('funnel-chart')).toBeVisible();

    // No SMTP_URL on this server: the confirmation email waits in the database mailbox, where
    // an editor reads it exactly as it would be sent.
    await page.goto(`${server.url}/admin/outbox?status=sent`);
    const mail = page
      .getByTestId('outbox-table')
      .locator('tr', { hasText: 'funnel.reader@example.com' })
      .getByRole('link', { name: /Confirm your email/ });
    await expect(mail).toBeVisible();
    await mail.click();
    await expect(page.getByTestId('email-headers')).toContainText('List-Unsubscribe-Post');
    await expect(page.getByTestId('email-headers')).toContainText('List-Unsubscribe=One-Click');
    const text = (await page.getByTestId('email-text').textContent()) ?? '';
    expect(text).toContain('Risk disclaimer');
    const link = /https:\/\/ask\.vixshield\.com(\/trial\/confirm\?t=[\w.%-]+)/.exec(text)?.[1];
    expect(link).toBeTruthy();

    const opened = await browser.newPage();
    await opened.goto(`${server.url}${link}`);
    await expect(opened.getByRole('heading', { level: 1 })).toHaveText(
      'Your free trial is confirmed',
    );
    await expect(opened.getByRole('heading', { name: 'What happens next' })).toBeVisible();
    await opened.reload();
    await expect(opened.getByRole('heading', { level: 1 })).toHaveText(
      'Your address is already confirmed',
    );
    await opened.close();

    await page.goto(`${server.url}/admin/funnel`);
    await expect(row.locator('[data-col="confirmations"]')).toHaveText('1');
    await page.goto(`${server.url}/admin/leads`);
    const lead = page
      .getByTestId('leads-table')
      .locator('tr', { hasText: 'funnel.reader@example.com' });
    await expect(lead).toContainText(`ask/${ARTICLE}`);
    await expect(lead).toContainText('newsletter / spring');
    await expect(lead.locator('[data-col="status"]')).toContainText('Confirmed');
    await expect(
      page
        .getByTestId('confirmation-table')
        .locator(`tr[data-source="ask/${ARTICLE}"] [data-col="rate"]`),
    ).toHaveText('100 %');
    await page.goto(`${server.url}/admin/outbox?status=sent`);
    await expect(
      page.getByTestId('outbox-table').locator('tr[data-kind="trial-welcome"]', {
        hasText: 'funnel.reader@example.com',
      }),
    ).toBeVisible();
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
    await reader.waitForURL(/\/trial\/check-inbox$/);
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

  test('a repeated sign-up is answered byte for byte like a new one', async ({ page, request }) => {
    const email = `repeat-${Date.now()}@example.com`;
    const answer = async (response: Awaited<ReturnType<typeof request.post>>) => ({
      status: response.status(),
      body: await response.text(),
      type: response.headers()['content-type'],
    });
    const first = await answer(
      await request.post('/api/trial', {
        data: { email, experience: 'some-options', consent: true, source: 'home' },
      }),
    );
    expect(first.status).toBe(202);
    expect(JSON.parse(first.body)).toMatchObject({ status: 'check-your-inbox' });
    const again = await answer(
      await request.post('/api/trial', {
        data: { email: email.toUpperCase(), experience: 'professional', consent: true },
      }),
    );
    expect(again).toEqual(first);

    await page.goto('/trial?from=header');
    await page.getByLabel(/^Email/).fill(email);
    await page.getByLabel('Professional', { exact: false }).check();
    await page.getByLabel(/I agree to receive the trial signals/).check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/trial')),
      page.getByRole('button', { name: 'Start my free trial' }).click(),
    ]);
    expect(await response.text()).toBe(first.body);
    await page.waitForURL(/\/trial\/check-inbox$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your inbox');
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
