import { expect, internalLinks, test } from './fixtures';
import { FLAGSHIP } from './site-map';

test.describe('flagship article', () => {
  test('shows every section of the answer page, in order', async ({ page }) => {
    await page.goto(FLAGSHIP);
    const article = page.getByTestId('article');
    await expect(page.getByTestId('category')).toHaveText('Portfolio Theory');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Does layering multi-sig security make sense',
    );
    const byline = page.getByTestId('byline');
    await expect(byline).toContainText('VixShield Research Team');
    await expect(byline).toContainText('SPX Mastery by Russell Clark');
    await expect(byline).toContainText(/\b20\d\d\b/);
    await expect(page.getByTestId('tags').getByRole('listitem').first()).toBeVisible();
    await expect(article.getByRole('heading', { name: 'VixShield Answer' })).toBeVisible();
    expect(
      ((await page.getByTestId('answer').textContent()) ?? '').split(/\s+/).length,
    ).toBeGreaterThan(600);
    await expect(article.getByRole('heading', { name: 'Risk disclaimer' })).toBeVisible();
    const terms = page.getByTestId('terms-referenced').getByRole('link');
    expect(await terms.count()).toBeGreaterThanOrEqual(10);
    await expect(page.getByTestId('apa-citation')).toContainText(
      /VixShield Research Team\. \(20\d\d\)\. Does layering multi-sig security .*\? VixShield Ask\. Retrieved from https?:\/\/\S+\/ask\/multi-sig-vs-alvh-layered-hedging/,
    );
    await expect(article.getByRole('button', { name: 'Copy citation' })).toBeVisible();
    const cta = article.getByRole('link', { name: 'Start Free Trial' });
    await expect(cta).toHaveAttribute(
      'href',
      '/trial?from=ask%2Fmulti-sig-vs-alvh-layered-hedging',
    );
    expect(
      await page.getByTestId('keep-reading').getByRole('article').count(),
    ).toBeGreaterThanOrEqual(2);

    // The source page's order: answer, disclaimer, terms, citation, call to action, keep reading.
    const order = await page.evaluate(() =>
      [
        'answer',
        'risk-disclaimer-heading',
        'terms-referenced',
        'apa-citation',
        'trial-cta-heading',
        'keep-reading',
      ].map((id) => {
        const el = document.querySelector(`[data-testid="${id}"]`) ?? document.getElementById(id);
        return el ? el.getBoundingClientRect().top + window.scrollY : -1;
      }),
    );
    expect(order.every((top) => top >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('glossary links in the answer go to the canonical term pages', async ({ page }) => {
    await page.goto(FLAGSHIP);
    const link = page.getByTestId('answer').locator('a[data-term="iron-condor"]').first();
    await link.click();
    await expect(page).toHaveURL(/\/glossary\/iron-condor$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iron Condor');
    await expect(page.getByRole('heading', { name: 'Definition' })).toBeVisible();
  });

  test('copying the citation puts the APA text on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(FLAGSHIP);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByText('Copied to clipboard')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^VixShield Research Team\. \(20\d\d\)\. Does layering/);
  });

  test('every link on the page resolves', async ({ page, request }) => {
    await page.goto(FLAGSHIP);
    const links = await internalLinks(page);
    expect(links.length).toBeGreaterThan(20);
    for (const href of links) {
      const response = await request.get(href);
      expect(response.status(), href).toBeLessThan(400);
    }
  });
});

test.describe('the flagship’s embedded iron condor calculator', () => {
  const stat = (page: import('@playwright/test').Page, label: string) =>
    page
      .getByTestId('answer')
      .locator('dt', { hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');

  test('shows the article’s figures and recomputes when an input changes', async ({ page }) => {
    await page.goto(FLAGSHIP);
    // The figures the prose quotes: 12.50 credit on 50-point wings.
    await expect(stat(page, 'Max profit')).toHaveText('$1,250');
    await expect(stat(page, 'Max loss')).toHaveText('$3,750');
    await expect(stat(page, 'Break-evens')).toHaveText('5,637.50 and 6,362.50');
    await expect(stat(page, 'Return on risk')).toHaveText('33.3%');

    // Embedded calculators go live as they come into view; interact once this one has.
    const island = page.getByTestId('answer').locator('.calculator-island').first();
    await island.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-live', '');
    // Move the short put up 50 points: the put wing doubles to 100 points.
    const shortPut = page.getByTestId('answer').getByRole('textbox', { name: /^Short put/ });
    await shortPut.fill('5700');
    await expect(stat(page, 'Max loss')).toHaveText('$8,750');
    await expect(stat(page, 'Break-evens')).toHaveText('5,687.50 and 6,362.50');
    await expect(page.getByTestId('answer')).not.toContainText('NaN');
  });
});
