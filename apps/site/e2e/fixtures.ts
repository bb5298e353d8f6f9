import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test page fails on a browser console error or an uncaught exception: a calculator that
 * throws, a hydration mismatch or a missing asset shows up here first.
 */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  /** Errors a test provokes on purpose (e.g. a refused request it mocks); set with test.use. */
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      const unexpected = errors.filter(
        (e) => !allowedConsoleErrors.some((pattern) => pattern.test(e)),
      );
      expect(unexpected, 'browser console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Internal links on the page, without fragments, deduplicated. */
export async function internalLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [...new Set(hrefs.filter((h) => h.startsWith(origin)).map((h) => h.split('#')[0] ?? h))];
}
