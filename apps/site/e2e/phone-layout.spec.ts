import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FLAGSHIP } from './site-map';

/**
 * Every calculator page and an answer with a calculator, on a phone (390 × 844, touch) and a
 * desktop (1366 × 900), in both themes, as the server sends them and after the reader's first
 * touch: chart text at least 10 px tall, the chart filling its box, no page wider than the
 * screen, table figures on one line, marker labels that never overlap, and a tap's readout kept
 * after the finger lifts. Runs in the `phone` and `desktop` projects (playwright.config.ts).
 */

const PAGES = [
  '/calculators/iron-condor',
  '/calculators/layered-condors',
  '/calculators/break-even',
  '/calculators/expected-move',
  '/calculators/option-pricer',
  '/calculators/put-call-parity',
  '/calculators/vix-hedge',
  FLAGSHIP,
];

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Everything the layout checks need, measured in the page. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const visible = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0;
    };
    const box = (element: Element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    const charts = [...document.querySelectorAll('[data-chart]')].map((chart) => {
      const figure = chart.closest('figure');
      const column = figure?.parentElement;
      const plot = chart.querySelector('[data-chart-plot]');
      const svg = plot?.querySelector('svg');
      const labels = [...chart.querySelectorAll('[data-chart-label]')]
        .filter(visible)
        .map((label) => ({
          kind: label.getAttribute('data-chart-label') ?? '',
          text: label.textContent ?? '',
          height: label.getBoundingClientRect().height,
          box: box(label),
        }));
      return {
        width: chart.getBoundingClientRect().width,
        columnWidth: column?.clientWidth ?? 0,
        plotWidth: plot?.getBoundingClientRect().width ?? 0,
        svgWidth: svg?.getBoundingClientRect().width ?? 0,
        labels,
      };
    });
    /** Lines a cell's text takes: distinct tops of its text's line boxes. */
    const lines = (cell: Element) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const cells = [...document.querySelectorAll('[data-scroll-table] td:not([data-wrap])')]
      .filter(visible)
      .map((cell) => ({ text: cell.textContent ?? '', lines: lines(cell) }));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      charts,
      cells,
    };
  });
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.right - 0.5 &&
    b.left < a.right - 0.5 &&
    a.top < b.bottom - 0.5 &&
    b.top < a.bottom - 0.5
  );
}

async function expectGoodLayout(page: Page, when: string) {
  const m = await measure(page);
  expect(m.charts.length, `${when}: a chart on the page`).toBeGreaterThan(0);
  expect(m.scrollWidth, `${when}: page no wider than the screen`).toBeLessThanOrEqual(m.innerWidth);
  for (const [i, chart] of m.charts.entries()) {
    const name = `${when}, chart ${i + 1}`;
    expect(chart.width, `${name}: fills its column`).toBeGreaterThanOrEqual(
      0.9 * chart.columnWidth,
    );
    expect(chart.svgWidth, `${name}: drawing as wide as its plot`).toBeGreaterThanOrEqual(
      0.99 * chart.plotWidth,
    );
    expect(chart.plotWidth, `${name}: plot takes most of the chart`).toBeGreaterThanOrEqual(
      0.7 * chart.width,
    );
    expect(chart.labels.length).toBeGreaterThan(3);
    for (const label of chart.labels)
      expect(label.height, `${name}: "${label.text}" tall enough`).toBeGreaterThanOrEqual(10);
    for (const kind of ['marker', 'x', 'y']) {
      const same = chart.labels.filter((l) => l.kind === kind);
      for (let a = 0; a < same.length; a++)
        for (let b = a + 1; b < same.length; b++)
          expect(
            overlaps(same[a]!.box, same[b]!.box),
            `${name}: "${same[a]!.text}" and "${same[b]!.text}" overlap`,
          ).toBe(false);
    }
  }
  for (const cell of m.cells)
    expect(cell.lines, `${when}: table figure "${cell.text}" on one line`).toBe(1);
}

/** The readout under a chart, and the price it names. */
async function readoutPrice(figure: Locator): Promise<{ text: string; price: number }> {
  const text = (await figure.locator('[aria-live="polite"]').textContent()) ?? '';
  const match = text.match(/([−-]?[\d,]+(?:\.\d+)?)%?:/);
  return {
    text,
    price: match ? Number(match[1]!.replace(/,/g, '').replace('−', '-')) : Number.NaN,
  };
}

/** A tap (touch) or a click (mouse) at a fraction of the chart's plot width. */
async function pointAt(page: Page, chart: Locator, fraction: number, touch: boolean) {
  const plot = chart.locator('[data-chart-plot]');
  const box = (await plot.boundingBox())!;
  const x = box.x + box.width * fraction;
  const y = box.y + box.height / 2;
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    for (const path of PAGES) {
      test(`${path}: chart, tables and page fit the screen before and after a tap`, async ({
        page,
      }, testInfo) => {
        const touch = Boolean(testInfo.project.use.hasTouch);
        await page.goto(path);
        const island = page.locator('.calculator-island').first();
        await island.scrollIntoViewIfNeeded();
        const figure = island.locator('figure').first();
        // The server's HTML, before any interaction (the calculator page waits for intent).
        if (path.startsWith('/calculators/')) await expect(island).not.toHaveAttribute('data-live');
        await expect(figure.locator('[aria-live="polite"]')).toContainText(
          touch ? 'Tap or drag the chart' : 'Hover over the chart',
        );
        await expectGoodLayout(page, 'server HTML');

        // In an answer the calculator goes live once it is near the screen; on its own page
        // the first touch makes it live. Then the reader taps the chart.
        if (!path.startsWith('/calculators/'))
          await expect(island).toHaveAttribute('data-live', '');
        const chart = figure.locator('[data-chart]');
        await chart.scrollIntoViewIfNeeded();
        await pointAt(page, chart, 0.5, touch);
        await expect(island).toHaveAttribute('data-live', '');
        await pointAt(page, chart, 0.2, touch);
        const left = await readoutPrice(figure);
        expect(left.price, `readout after a tap: "${left.text}"`).not.toBeNaN();
        await pointAt(page, chart, 0.8, touch);
        const right = await readoutPrice(figure);
        expect(right.price).toBeGreaterThan(left.price);
        // The finger has lifted; the readout stays.
        await page.waitForTimeout(300);
        expect((await readoutPrice(figure)).price).toBe(right.price);
        await expectGoodLayout(page, 'live, after a tap');
      });
    }
  });
}
