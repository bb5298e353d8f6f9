import { expect, test } from './fixtures';

const ARTICLE = '/ask/how-to-layer-iron-condors';

test.describe('asking a question from an article', () => {
  // One test mocks a 503; the browser logs the refused request itself.
  test.use({ allowedConsoleErrors: [/status of 503/] });

  test('the counter follows the text live and the question is acknowledged', async ({ page }) => {
    await page.goto(ARTICLE);
    const box = page.getByTestId('question-box');
    await expect(box.getByRole('heading', { name: 'Have a question about this?' })).toBeVisible();
    await expect(box.getByTestId('question-counter')).toHaveText('0 / 1000');
    const text = 'Should the 18 DTE layer use the same wing width as the 45 DTE one?';
    await box.getByLabel('Your question').fill(text);
    await expect(box.getByTestId('question-counter')).toHaveText(`${text.length} / 1000`);

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/questions')),
      box.getByRole('button', { name: 'Send question' }).click(),
    ]);
    expect(response.status()).toBe(201);
    expect(((await response.json()) as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(box.getByRole('status')).toContainText('your question is saved');
    await expect(box.getByLabel('Your question')).toHaveValue('');
  });

  test('invalid input is explained at the field and nothing typed is lost', async ({ page }) => {
    await page.goto(ARTICLE);
    const box = page.getByTestId('question-box');
    await box.getByLabel('Your question').fill('Too short');
    await box.getByRole('textbox', { name: /^Email/ }).fill('not-an-email');
    await box.getByRole('button', { name: 'Send question' }).click();
    await expect(box.getByText('Your question needs at least 10 characters')).toBeVisible();
    await expect(box.getByText(/Enter a valid email address/)).toBeVisible();
    await expect(box.getByLabel('Your question')).toHaveAttribute('aria-invalid', 'true');
    await expect(box.getByLabel('Your question')).toHaveValue('Too short');
  });

  test('a draft survives a reload', async ({ page }) => {
    await page.goto(ARTICLE);
    const box = page.getByTestId('question-box');
    await box
      .getByLabel('Your question')
      .fill('A draft I do not want to lose when the page reloads');
    await page.reload();
    await expect(page.getByTestId('question-box').getByLabel('Your question')).toHaveValue(
      'A draft I do not want to lose when the page reloads',
    );
  });

  test('when the server refuses, the text stays and the reason is shown', async ({ page }) => {
    await page.route('**/api/questions', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: 'unavailable',
          message: 'We could not save this right now.',
        }),
      }),
    );
    await page.goto(ARTICLE);
    const box = page.getByTestId('question-box');
    await box.getByLabel('Your question').fill('What happens to my text when the server is down?');
    await box.getByRole('button', { name: 'Send question' }).click();
    await expect(box.getByRole('status')).toContainText('We could not save this right now.');
    await expect(box.getByLabel('Your question')).toHaveValue(
      'What happens to my text when the server is down?',
    );
  });

  test('the standalone /ask/new page takes questions too', async ({ page }) => {
    await page.goto('/ask/new');
    await page
      .getByRole('textbox', { name: 'Your question' })
      .fill('Is there a rule of thumb for VIX hedge size per 100k?');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/questions')),
      page.getByRole('button', { name: 'Send question' }).click(),
    ]);
    expect(response.status()).toBe(201);
  });
});

test('the byline shows the stored view count after the page loads', async ({ page }) => {
  await page.goto('/ask/iron-condor-wing-width');
  await expect(page.getByTestId('view-count')).toHaveText(/^[\d,]+ views?$/);
  const response = await page.request.post('/api/views', { data: { slug: 'no-such-article' } });
  expect(response.status()).toBe(404);
});
