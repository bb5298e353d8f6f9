import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The small things a reader notices on a 390 px phone (and the markup around the search and the
 * forms): nothing wraps in the middle of a phrase or a figure, the A–Z bar has even rows, the
 * citation is in the text face and breaks its URL only between parts, and the dark call to action
 * is not a light block.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const ANSWER = '/ask/rsi-macd-ad-line-hedge-signals';

/** How many lines each matched element takes (1 = it did not wrap). */
async function lineCounts(page: Page, selector: string): Promise<number[]> {
  return page
    .locator(selector)
    .evaluateAll((elements) =>
      elements.map((e) => new Set([...e.getClientRects()].map((r) => Math.round(r.top))).size || 0),
    );
}

test('the A–Z bar has three even rows on a phone and one row on a desktop', async ({ page }) => {
  const rows = async () =>
    page
      .getByRole('navigation', { name: 'Jump to letter' })
      .getByRole('listitem')
      .evaluateAll((items) => {
        const byTop = new Map<number, number>();
        for (const item of items) {
          const top = Math.round(item.getBoundingClientRect().top);
          byTop.set(top, (byTop.get(top) ?? 0) + 1);
        }
        return [...byTop.values()];
      });
  await page.goto('/glossary');
  expect(await rows()).toEqual([9, 9, 9]);
  await page.setViewportSize({ width: 1366, height: 900 });
  expect(await rows()).toEqual([27]);
});

test('glossary categories and byline figures never break inside', async ({ page }) => {
  await page.goto('/glossary');
  const categories = await lineCounts(page, '[data-testid="glossary-terms"] li > span');
  expect(categories.length).toBeGreaterThan(100);
  expect(categories.filter((n) => n !== 1)).toEqual([]);

  await page.goto(ANSWER);
  await expect(page.getByTestId('view-count')).toBeVisible();
  const figures = await lineCounts(page, '[data-testid="byline"] .whitespace-nowrap');
  expect(figures).toHaveLength(3); // date, reading time, views
  expect(figures.filter((n) => n !== 1)).toEqual([]);
});

test('the citation uses the text face and breaks its URL only after a slash or a hyphen', async ({
  page,
}) => {
  await page.goto(ANSWER);
  const citation = page.getByTestId('apa-citation');
  const font = await citation.evaluate((e) => getComputedStyle(e).fontFamily);
  const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).toBe(bodyFont);
  // The character before each line break inside the URL.
  const breaks = await citation.evaluate((element) => {
    const url = [...element.querySelectorAll('span')].find((s) =>
      s.textContent?.startsWith('http'),
    );
    if (!url) return ['no url'];
    const found: string[] = [];
    const walker = document.createTreeWalker(url, NodeFilter.SHOW_TEXT);
    let previousTop: number | null = null;
    let previousChar = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        if (previousTop !== null && top > previousTop) found.push(previousChar);
        previousTop = top;
        previousChar = text[i] ?? '';
      }
    }
    return found;
  });
  expect(breaks.every((c) => c === '/' || c === '-')).toBe(true);
});

test('in the dark theme the call to action is a dark panel, not a light block', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(ANSWER);
  await expect(page.locator('html')).toHaveClass(/dark/);
  const luminance = await page
    .locator('section[aria-labelledby="trial-cta-heading"]')
    .evaluate((e) => {
      const [r, g, b] = (getComputedStyle(e).backgroundColor.match(/\d+(\.\d+)?/g) ?? []).map(
        Number,
      );
      const lin = (c = 0) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    });
  expect(luminance).toBeLessThan(0.1);
});

test('name fields say they are text; the search dialog has a submit button and no heading before the h1', async ({
  page,
}) => {
  for (const path of ['/trial', '/ask/new', ANSWER]) {
    await page.goto(path);
    const names = page.locator('input[autocomplete="name"]');
    await expect(names.first()).toBeAttached();
    for (const type of await names.evaluateAll((inputs) =>
      inputs.map((i) => i.getAttribute('type')),
    ))
      expect(type, path).toBe('text');
  }

  await page.goto('/glossary');
  const button = page.getByTestId('search-button');
  await expect(button).toHaveAttribute('data-ready', 'true');
  // The dialog's code is loaded (it is fetched when the page is idle or the button is focused).
  await button.focus();
  await expect(page.getByTestId('search-dialog')).toBeAttached();
  const first = await page.evaluate(
    () => document.querySelector('h1, h2, h3, h4, h5, h6')?.tagName,
  );
  expect(first).toBe('H1');

  await button.click();
  const dialog = page.getByTestId('search-dialog');
  await dialog.getByRole('searchbox').fill('contango');
  await dialog.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=contango$/);
});
