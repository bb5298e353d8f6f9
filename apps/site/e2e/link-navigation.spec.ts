import { expect, test } from './fixtures';
import { FLAGSHIP } from './site-map';

/** Requests for route payloads (client-side navigation and prefetch), as Next's router makes them. */
function payloadRequests(page: import('@playwright/test').Page) {
  const seen: { url: string; prefetch: boolean }[] = [];
  page.on('request', (request) => {
    const headers = request.headers();
    if (headers.rsc === '1')
      seen.push({ url: request.url(), prefetch: headers['next-router-prefetch'] === '1' });
  });
  return seen;
}

test.describe('links', () => {
  test('an answer prefetches nothing on load, and a page once the reader points at its link', async ({
    page,
  }) => {
    const payloads = payloadRequests(page);
    await page.goto(FLAGSHIP);
    // The view count is shown once the page has hydrated and gone idle: prefetches on sight
    // would have been requested by then.
    await expect(page.getByTestId('view-count')).toBeVisible();
    expect(payloads).toEqual([]);

    const tag = page.getByTestId('tags').getByRole('link').first();
    const href = await tag.getAttribute('href');
    await tag.hover();
    const prefetched = () => [
      ...new Set(payloads.filter((p) => p.prefetch).map((p) => new URL(p.url).pathname)),
    ];
    await expect.poll(prefetched).toEqual([href]);
    // Once per page view: pointing at it again asks for nothing more.
    await page.waitForTimeout(500);
    const requests = payloads.length;
    await page.mouse.move(0, 0);
    await tag.hover();
    await page.waitForTimeout(500);
    expect(payloads).toHaveLength(requests);
  });

  test('a click on an internal link navigates without reloading the page', async ({ page }) => {
    await page.goto(FLAGSHIP);
    await page.evaluate(() => {
      (window as unknown as { loadedOnce: boolean }).loadedOnce = true;
    });
    const category = page.getByTestId('category').getByRole('link');
    const href = await category.getAttribute('href');
    await category.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/multi-sig/i);
    expect(
      await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce),
    ).toBe(true);
    // Back is the browser's, and lands on the answer again.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${FLAGSHIP}$`));
    await expect(page.getByTestId('article')).toBeVisible();
  });

  test('a modified click and an in-page jump are left to the browser', async ({
    page,
    context,
  }) => {
    await page.goto(FLAGSHIP);
    await page.evaluate(() => {
      (window as unknown as { loadedOnce: boolean }).loadedOnce = true;
    });
    const category = page.getByTestId('category').getByRole('link');
    // Ctrl+click opens a new tab; the answer stays where it is.
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      category.click({ modifiers: ['ControlOrMeta'] }),
    ]);
    await tab.close();
    await expect(page).toHaveURL(new RegExp(`${FLAGSHIP}$`));

    // A table-of-contents entry is a fragment of this page: the browser jumps, no navigation.
    const toc = page.getByTestId('toc').getByRole('link').first();
    const fragment = await toc.getAttribute('href');
    await toc.click();
    await expect(page).toHaveURL(new RegExp(`${FLAGSHIP}${fragment}$`));
    expect(
      await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce),
    ).toBe(true);
  });
});
