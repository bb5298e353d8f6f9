import { expect, test } from './fixtures';
import { FLAGSHIP } from './site-map';

/** The header search has hydrated, so its keyboard shortcuts are listening. */
async function searchReady(page: import('@playwright/test').Page) {
  await expect(page.getByTestId('search-button')).toHaveAttribute('data-ready', 'true');
}

test.describe('site search (Pagefind index built from the prerendered pages)', () => {
  test('"/" opens the header search; a word from an answer body finds the answer, highlighted', async ({
    page,
  }) => {
    await page.goto('/glossary');
    await searchReady(page);
    await page.keyboard.press('/');
    const dialog = page.getByTestId('search-dialog');
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('searchbox');
    await expect(input).toBeFocused();
    // "mempool" appears only in the body of the flagship answer, not its title or summary.
    await input.fill('mempool');
    const answers = dialog.locator('section[data-kind="article"]');
    await expect(answers.getByRole('heading', { name: 'Answers' })).toBeVisible();
    const hit = answers.locator(`a[href="${FLAGSHIP}"]`);
    await expect(hit).toBeVisible();
    await expect(hit.locator('mark').first()).toHaveText(/mempool/i);

    await page.keyboard.press('ArrowDown');
    await expect(answers.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Opened from the header button, closing returns focus to it.
    await page.getByTestId('search-button').click();
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await expect(dialog.getByRole('searchbox')).toHaveValue('mempool');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('search-button')).toBeFocused();
  });

  test('Ctrl+K opens search from anywhere; choosing a result goes there', async ({ page }) => {
    await page.goto('/ask');
    await searchReady(page);
    await page.keyboard.press('Control+k');
    const dialog = page.getByTestId('search-dialog');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await dialog.getByRole('searchbox').fill('contango');
    const firstTerm = dialog.locator('section[data-kind="term"]').getByRole('link').first();
    await expect(firstTerm).toBeVisible();
    const href = await firstTerm.getAttribute('href');
    await firstTerm.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(dialog).toBeHidden();
  });

  test('letters typed straight after "/" land in the search field', async ({ page }) => {
    await page.goto('/ask');
    await searchReady(page);
    await page.keyboard.press('/');
    await page.keyboard.type('contango', { delay: 5 });
    const input = page.getByTestId('search-dialog').getByRole('searchbox');
    await expect(input).toHaveValue('contango');
    await expect(page.getByTestId('search-dialog').getByRole('link').first()).toBeVisible();
  });

  test('"/" typed into a field stays a slash', async ({ page }) => {
    await page.goto('/glossary');
    await searchReady(page);
    const filter = page.getByLabel('Filter terms');
    await filter.click();
    await page.keyboard.type('a/b');
    await expect(filter).toHaveValue('a/b');
    await expect(page.getByTestId('search-dialog')).toBeHidden();
  });

  test('a term is found by its alias, grouped with the glossary terms', async ({ page }) => {
    // "Gordon Growth Model" is an alias of the Dividend Discount Model; the name does not say it.
    await page.goto('/search?q=gordon%20growth');
    const terms = page.locator('section[data-kind="term"]');
    await expect(terms.getByRole('heading', { name: 'Glossary terms' })).toBeVisible();
    await expect(terms.locator('a[href="/glossary/dividend-discount-model"]')).toBeVisible();
  });

  test('an abbreviation finds its term', async ({ page }) => {
    await page.goto('/search?q=SOQ');
    await expect(
      page.locator('section[data-kind="term"]').locator('a[href="/glossary/am-settlement"]'),
    ).toBeVisible();
  });

  test('/search groups answers, terms and calculators and keeps the query in the address', async ({
    page,
  }) => {
    await page.goto('/search?q=iron%20condor');
    await expect(page.getByTestId('search-page-input')).toHaveValue('iron condor');
    await expect(page.getByTestId('search-status')).toHaveText(/\d+ results? for “iron condor”\./);
    const groups = await page
      .locator('section[data-kind]')
      .evaluateAll((s) => s.map((el) => el.getAttribute('data-kind')));
    expect(groups).toEqual(['article', 'term', 'calculator']);
    await expect(page.getByRole('heading', { level: 2, name: 'Calculators' })).toBeVisible();

    const input = page.getByTestId('search-page-input');
    await input.fill('vix hedge');
    await expect(page).toHaveURL(/\/search\?q=vix\+hedge$/);
    await expect(page.getByTestId('search-status')).toContainText('for “vix hedge”');
  });

  test('a query with no match says so', async ({ page }) => {
    await page.goto('/search?q=zzqqxxjj');
    await expect(page.getByTestId('search-empty')).toContainText('Nothing matches “zzqqxxjj”');
  });

  test('the header search works on every kind of page, and the page search link works without the dialog', async ({
    page,
  }) => {
    await page.goto('/calculators');
    await searchReady(page);
    await page.getByTestId('search-button').click();
    const dialog = page.getByTestId('search-dialog');
    await dialog.getByRole('searchbox').fill('expected move');
    await expect(
      dialog.locator('section[data-kind="calculator"]').getByRole('link').first(),
    ).toBeVisible();
    await dialog.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=expected\+move$/);
    await expect(page.getByTestId('search-results').getByRole('link').first()).toBeVisible();
  });
});
