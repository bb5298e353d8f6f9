import { expectTheme, settled, THEMES, useTheme, violations } from './axe';
import { calculatorUrls } from './content-index';
import { expect, test } from './fixtures';
import { FLAGSHIP } from './site-map';

/**
 * axe-core (injected from the installed package, no network) on the pages the issue names, in
 * the light and the dark theme. Every violation is listed with the nodes it concerns, so a
 * failure says what to fix.
 */

const pages = [
  '/',
  '/ask',
  FLAGSHIP, // an answer with an embedded calculator
  '/glossary',
  '/glossary/iron-condor',
  ...calculatorUrls,
  '/trial',
  '/trial/check-inbox',
  '/trial/confirm?t=not-a-token', // rendered per request: the "link does not work" state
  '/unsubscribe?t=not-a-token',
  '/search?q=condor',
  '/ask/category/iron-condors',
];

// The site's Content-Security-Policy rightly refuses inline scripts; axe is injected as one.
test.use({ bypassCSP: true });

for (const theme of THEMES) {
  test.describe(`axe, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => useTheme(page, theme));

    for (const path of pages) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        await expectTheme(page, theme);
        await settled(page);
        if (path.startsWith('/search'))
          await expect(page.getByTestId('search-results')).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }

    test('the open search dialog has no violations', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByTestId('search-button')).toHaveAttribute('data-ready', 'true');
      await page.getByTestId('search-button').click();
      await page.getByTestId('search-dialog').getByRole('searchbox').fill('vix');
      await expect(page.getByTestId('search-dialog').getByTestId('search-results')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
