import { calculatorNames } from '../src/lib/calculator-names';
import { expect, internalLinks, test } from './fixtures';
import { articleUrls, calculatorUrls, staticUrls, termUrls } from './site-map';

/**
 * Every article, term, calculator and listing page renders without a console error, and every
 * internal link on it resolves. Links are checked once each across the whole run of a worker.
 */
const checked = new Map<string, number>();

const pages = [...staticUrls, ...articleUrls, ...termUrls, ...calculatorUrls];

test.describe.configure({ mode: 'parallel' });

for (const url of pages) {
  test(`${url} renders and its links resolve`, async ({ page, request }) => {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    for (const href of await internalLinks(page)) {
      let status = checked.get(href);
      if (status === undefined) {
        status = (await request.get(href, { maxRedirects: 5 })).status();
        checked.set(href, status);
      }
      expect(status, `${url} links to ${href}`).toBeLessThan(400);
    }
  });
}

test('the content counts hold: 30+ answers, 120+ terms, every calculator', () => {
  expect(articleUrls.length).toBeGreaterThanOrEqual(30);
  expect(termUrls.length).toBeGreaterThanOrEqual(120);
  // one page per calculator component an answer may embed
  expect(calculatorUrls.length).toBe(calculatorNames.length);
});
