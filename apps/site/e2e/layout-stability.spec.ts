import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FLAGSHIP } from './site-map';

/**
 * Nothing moves once the page has painted. Every layout shift the browser reports from the start
 * of the navigation is recorded (the Layout Instability API, the figure behind Lighthouse's CLS)
 * until the page's deferred work is done: on an answer, the view count the idle-time beacon brings
 * back; on every page, its fonts. A shift here means a reader's place in the text jumped.
 *
 * One kind is left out: glyphs inside a KaTeX formula moving when KaTeX's own fonts arrive. Those
 * fonts are `font-display: block`, so the formula is laid out invisibly with a fallback face first
 * and measured again when its face loads; it moves only itself, by 0.0003–0.0007 on a term page
 * (Lighthouse reports 0.000). Every other shift on the same pages still fails the test.
 *
 * Shifts while the document is still being read (before DOMContentLoaded) are left out too: a
 * browser starved of CPU may paint half a document and then lay out the rest. Seen once, in a CI
 * run with the whole browser suite beside it: the header's right-hand group moved (0.0015) on the
 * calculator page at 1366 px; 24 loads here, at 1× and 8× CPU slowdown and beside three busy
 * cores, never showed it. What this spec is for, the work a page does after it has been read
 * (islands, beacons, counts, fonts), all comes later.
 */

/** Pages readers land on, each with what it does after the first paint. */
const PAGES = [
  { path: FLAGSHIP, settled: (page: Page) => expect(page.getByTestId('view-count')).toBeVisible() },
  { path: '/calculators/iron-condor' },
  { path: '/' },
  { path: '/glossary/iron-condor' },
];
/** A 390 px phone, the 412 px phone Lighthouse's mobile preset emulates, a laptop. */
const SCREENS = [
  { width: 390, height: 844, isMobile: true },
  { width: 412, height: 823, isMobile: true },
  { width: 1366, height: 900, isMobile: false },
];

type Shift = { value: number; at: number; nodes: string[]; insideFormula: boolean };

for (const { width, height, isMobile } of SCREENS) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height }, isMobile, hasTouch: isMobile });

    for (const { path, settled } of PAGES) {
      test(`${path} does not move after its first paint`, async ({ page }) => {
        await page.addInitScript(() => {
          const shifts: Shift[] = [];
          (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as {
              value: number;
              startTime: number;
              sources?: { node?: Node | null }[];
            }[]) {
              const sources = (entry.sources ?? []).map((source) => source.node ?? null);
              const nodes = sources.map((node) => {
                if (!(node instanceof Element)) return node?.nodeName ?? '(gone)';
                const testId = node.getAttribute('data-testid');
                return testId ? `[data-testid=${testId}]` : `${node.tagName}.${node.className}`;
              });
              const insideFormula =
                sources.length > 0 &&
                sources.every((node) => Boolean(node?.parentElement?.closest('.katex')));
              shifts.push({ value: entry.value, at: entry.startTime, nodes, insideFormula });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path);
        await settled?.(page);
        // Then until the fonts are in and the browser has had an idle moment and two frames to
        // lay out whatever that brought. (Not "network idle": the funnel beacon is a sendBeacon,
        // which the browser never reports as finished.)
        await page.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((settle) =>
            requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(settle))),
          );
        });
        const { shifts, parsed } = await page.evaluate(() => ({
          shifts: (window as unknown as { __shifts: Shift[] }).__shifts,
          parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            .domContentLoadedEventStart,
        }));
        const moved = shifts.filter((shift) => shift.at >= parsed && !shift.insideFormula);
        expect(moved, 'layout shifts after the first paint').toEqual([]);
      });
    }
  });
}
