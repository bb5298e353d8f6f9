import type { Page } from '@playwright/test';
import axe from 'axe-core';
import { calculatorUrls } from './content-index';
import { expect, test } from './fixtures';

/**
 * axe-core (injected from the installed package, no network) on the pages the issue names, in
 * the light and the dark theme. Every violation is listed with the nodes it concerns, so a
 * failure says what to fix.
 */

const FLAGSHIP = '/ask/multi-sig-vs-alvh-layered-hedging';
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

/** Resolves once the browser is idle after load, i.e. the islands have hydrated. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const idle = () => requestIdleCallback(() => resolve(), { timeout: 3000 });
        requestIdleCallback(idle, { timeout: 3000 });
      }),
  );
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global by the script tag
    (window as any).axe.run(document, {
      resultTypes: ['violations'],
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    }),
  );
  return (result.violations as axe.Result[]).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)
        .join('\n')}`,
  );
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.addInitScript((value) => window.localStorage.setItem('theme', value), theme);
    });

    for (const path of pages) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveClass(
          theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/,
        );
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
