import { type AdminServer, signIn, startAdminServer } from './admin-server';
import { expect, test } from './fixtures';

/**
 * What a reader and an editor do with emails, in the browser: asking to be emailed when a
 * question is answered, unsubscribing from an email's footer link, and the editor's suppression
 * list. The server has no SMTP_URL, so emails wait in the database mailbox at /admin/outbox.
 */

test.describe('"Email me when it’s answered"', () => {
  test('needs an email, then says the reader will be written to', async ({ page }) => {
    await page.goto('/ask/new');
    const box = page.getByTestId('question-box');
    await box
      .getByRole('textbox', { name: 'Your question' })
      .fill('When do I add the VIX hedge layer to a condor book?');
    await box.getByRole('checkbox', { name: /Email me when it’s answered/ }).check();
    await box.getByRole('button', { name: 'Send question' }).click();
    await expect(
      box.getByText('Enter your email so we can tell you when it is answered'),
    ).toBeVisible();
    const email = box.getByRole('textbox', { name: /^Email/ });
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await email.fill('notify.me@example.com');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/questions')),
      box.getByRole('button', { name: 'Send question' }).click(),
    ]);
    expect(response.status()).toBe(201);
    expect(JSON.parse(response.request().postData() ?? '{}')).toMatchObject({ notify: true });
    await expect(box.getByRole('status')).toContainText('We will email you once it is answered');
  });
});

test.describe('unsubscribing (own server with the admin enabled)', () => {
  test.describe.configure({ mode: 'serial' });
  let server: AdminServer;

  test.beforeAll(async () => {
    server = await startAdminServer();
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('the footer link asks first, one press unsubscribes, and the editor can undo it', async ({
    page,
    browser,
    request,
  }) => {
    const address = 'leaving.reader@example.com';
    const signup = await request.post(`${server.url}/api/trial`, {
      headers: { origin: server.url },
      data: { email: address, experience: 'some-options', consent: true },
    });
    expect(signup.status()).toBe(202);

    await signIn(page, server.url, '/admin/outbox');
    await page.goto(`${server.url}/admin/outbox?status=sent`);
    await page
      .getByTestId('outbox-table')
      .locator('tr', { hasText: address })
      .getByRole('link')
      .first()
      .click();
    const text = (await page.getByTestId('email-text').textContent()) ?? '';
    const path = /https:\/\/ask\.vixshield\.com(\/unsubscribe\?t=[\w.%-]+)/.exec(text)?.[1];
    expect(path).toBeTruthy();

    const reader = await browser.newPage();
    await reader.goto(`${server.url}${path}`);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
      'Unsubscribe from VixShield Ask emails?',
    );
    await expect(reader.getByText('l***@example.com')).toBeVisible();
    await reader.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('You are unsubscribed');
    await reader.close();

    await page.goto(`${server.url}/admin/outbox/suppressions`);
    const row = page.getByTestId('suppression-table').locator('tr', { hasText: address });
    await expect(row).toContainText('Unsubscribed');

    // A new sign-up's email is held back, and shows under "Suppressed".
    await request.post(`${server.url}/api/trial`, {
      headers: { origin: server.url },
      data: { email: address, experience: 'some-options', consent: true },
    });
    await expect(async () => {
      await page.goto(`${server.url}/admin/outbox?status=suppressed`);
      await expect(page.getByTestId('outbox-table')).toContainText(address);
    }).toPass({ timeout: 15_000 });

    await page.goto(`${server.url}/admin/outbox/suppressions`);
    page.once('dialog', (dialog) => dialog.accept());
    await row.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByText('The list is empty.')).toBeVisible();

    await page.goto(`${server.url}/admin/outbox?status=suppressed`);
    await page.getByTestId('outbox-table').getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByText('No emails with this status.')).toBeVisible();
  });
});
