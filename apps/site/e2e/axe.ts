import type { Page } from '@playwright/test';
import axe from 'axe-core';
import { expect } from './fixtures';

/**
 * axe-core, injected from the installed package (no network), and the theme switch the axe
 * checks run under. Pages that use it need `test.use({ bypassCSP: true })`: the site's
 * Content-Security-Policy rightly refuses inline scripts, and axe is injected as one.
 */

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Opens every later page of this test in `theme` (before its first script runs). */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((value) => window.localStorage.setItem('theme', value), theme);
}

/** Waits until the page shows `theme`. */
export async function expectTheme(page: Page, theme: Theme): Promise<void> {
  await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
}

/** Resolves once the browser is idle after load, i.e. the islands have hydrated. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const idle = () => requestIdleCallback(() => resolve(), { timeout: 3000 });
        requestIdleCallback(idle, { timeout: 3000 });
      }),
  );
}

/** Every axe violation, with the nodes it concerns, so a failure says what to fix. */
export async function violations(page: Page): Promise<string[]> {
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
