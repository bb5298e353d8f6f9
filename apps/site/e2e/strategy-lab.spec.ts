import type { Locator, Page } from '@playwright/test';
import { formatMoney } from '../../../packages/ui/src/lib/format';
import {
  applyTemplate,
  computeLab,
  initialLabTexts,
  type LabTexts,
  validateLab,
} from '../../../packages/ui/src/strategy-lab/strategy-lab-model';
import type { LabLeg } from '../../../packages/ui/src/strategy-lab/strategy-templates';
import { expectTheme, settled, THEMES, useTheme, violations } from './axe';
import { expect, test } from './fixtures';

/**
 * The strategy lab as a reader uses it, on a desktop screen and on a phone (390 × 844, touch):
 * choose a template, edit a leg, and the figures (the lab's own model for that position) and
 * the P&L table follow; "Copy link" gives a link that reopens the same position; no page is
 * wider than the screen; axe finds nothing in either theme. Once on its own page and once
 * embedded in an answer.
 */

const PAGE = '/calculators/strategy-lab';
/** An answer whose lab holds a short strangle (content/ask/iron-condor-vs-short-strangle.mdx). */
const ANSWER = '/ask/iron-condor-vs-short-strangle';

const STRANGLE: LabLeg[] = [
  { type: 'put', side: 'sell', quantity: 1, strike: 5650, days: 45 },
  { type: 'call', side: 'sell', quantity: 1, strike: 6350, days: 45 },
];
const LONG_6400_CALL: LabLeg = { type: 'call', side: 'buy', quantity: 1, strike: 6400, days: 45 };

const SCREENS = {
  desktop: { viewport: { width: 1366, height: 900 } },
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
} as const;

/** The lab's island (the calculator page's, or the one embedded in the answer). */
const lab = (page: Page) =>
  page
    .locator('.calculator-island')
    .filter({ has: page.getByRole('combobox', { name: 'Start from a template' }) })
    .first();
const stat = (scope: Locator, label: string) =>
  scope
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .first()
    .locator('xpath=following-sibling::dd[1]');
const legs = (scope: Locator) => scope.getByRole('group', { name: /^Leg \d$/ });

/** The P&L table the screen shows (the whole grid, or one date's column on a phone), settled. */
async function tableText(scope: Locator): Promise<string> {
  await expect(scope.locator('[aria-busy="true"]')).toHaveCount(0);
  const table = scope.getByRole('table', { name: /^Profit and loss by price/ });
  await expect(table).toBeVisible();
  return ((await table.locator('tbody').textContent()) ?? '').replace(/\s+/g, ' ');
}

/** Wakes the calculator island the way the reader would: a pointer on desktop, a touch on a phone. */
async function goLive(page: Page, phone: boolean) {
  const island = lab(page);
  const heading = island.getByRole('heading').first();
  if (phone) await heading.tap();
  else await heading.hover();
  await expect(island).toHaveAttribute('data-live', '');
}

async function expectFitsScreen(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'page wider than the screen by').toBeLessThanOrEqual(0);
}

/** The lab's own model for texts: the figures the page must show. */
function expected(texts: LabTexts) {
  const { inputs } = validateLab(texts);
  if (!inputs) throw new Error('the test position does not validate');
  const r = computeLab(inputs);
  return {
    maxProfit: formatMoney(r.analysis.maxProfit),
    maxLoss: formatMoney(r.analysis.maxLoss),
    net: formatMoney(Math.abs(r.netPremium)),
  };
}

for (const [screen, options] of Object.entries(SCREENS)) {
  const phone = screen === 'phone';

  test.describe(`strategy lab, ${screen}`, () => {
    test.use(options);

    test('a template, an edited leg, the figures and table follow; the link reopens it', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(PAGE);
      await goLive(page, phone);
      const calc = lab(page);
      await expect(legs(calc)).toHaveCount(4); // the iron condor it starts from
      const condorTable = await tableText(calc);

      await calc.getByRole('combobox', { name: 'Start from a template' }).selectOption('calendar');
      await expect(legs(calc)).toHaveCount(2);
      let texts = applyTemplate(initialLabTexts(), 'calendar');
      await expect(stat(calc, 'Net debit')).toHaveText(expected(texts).net);
      await expect(stat(calc, 'Max profit')).toHaveText(expected(texts).maxProfit);
      const calendarTable = await tableText(calc);
      expect(calendarTable).not.toBe(condorTable);

      // the back leg moved up a strike: a diagonal
      const strike = calc.getByRole('textbox', { name: 'Leg 2: Strike' });
      await strike.fill('6100');
      texts = { ...texts, 'l2.strike': '6100' };
      await expect(stat(calc, 'Max profit')).toHaveText(expected(texts).maxProfit);
      await expect(stat(calc, 'Max loss')).toHaveText(expected(texts).maxLoss);
      await expect(stat(calc, 'Net debit')).toHaveText(expected(texts).net);
      const diagonalTable = await tableText(calc);
      expect(diagonalTable).not.toBe(calendarTable);
      expect(diagonalTable).not.toMatch(/NaN|Infinity|undefined/);
      await expectFitsScreen(page);

      await calc.getByRole('button', { name: 'Copy link' }).click();
      await expect(calc.getByRole('status').first()).toContainText(/copied/i);
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain('sl.');

      await page.goto(link); // a shared position goes live at once
      const reopened = lab(page);
      await expect(legs(reopened)).toHaveCount(2);
      await expect(reopened.getByRole('textbox', { name: 'Leg 2: Strike' })).toHaveValue('6100');
      await expect(stat(reopened, 'Max profit')).toHaveText(expected(texts).maxProfit);
      await expect(stat(reopened, 'Net debit')).toHaveText(expected(texts).net);
      expect(await tableText(reopened)).toBe(diagonalTable);
      await expectFitsScreen(page);
    });

    test('embedded in an answer: the quoted position, then the reader’s edit', async ({ page }) => {
      await page.goto(ANSWER);
      const calc = lab(page);
      await expect(stat(calc, 'Max loss')).toHaveText('Unlimited');
      await expect(stat(calc, 'Net credit')).toHaveText(
        expected(initialLabTexts({ legs: STRANGLE })).net,
      );
      await expectFitsScreen(page);
      await goLive(page, phone);
      const before = await tableText(calc);
      // buy the 6400 call as a third leg: the loss is no longer unlimited
      await calc.getByRole('button', { name: 'Add a leg' }).click();
      await expect(legs(calc)).toHaveCount(3);
      await calc.getByRole('textbox', { name: 'Leg 3: Strike' }).fill('6400');
      const winged = expected(initialLabTexts({ legs: [...STRANGLE, LONG_6400_CALL] }));
      expect(winged.maxLoss).not.toBe('Unlimited');
      await expect(stat(calc, 'Max loss')).toHaveText(winged.maxLoss);
      await expect(stat(calc, 'Max profit')).toHaveText(winged.maxProfit);
      expect(await tableText(calc)).not.toBe(before);
      await expectFitsScreen(page);
    });

    if (phone)
      test('the sticky headline stays above the table’s fixed price column', async ({ page }) => {
        await page.goto(PAGE);
        const table = lab(page).getByRole('table', { name: /^Profit and loss by price/ });
        const rung = table.locator('tbody th').nth(20);
        await rung.scrollIntoViewIfNeeded();
        // scroll until that rung's price cell sits where the headline is stuck
        const headline = lab(page).locator('[data-headline]');
        const box = await rung.boundingBox();
        const bar = await headline.boundingBox();
        if (!box || !bar) throw new Error('no layout');
        await page.mouse.wheel(0, box.y - bar.y);
        const top = await page.evaluate(() => {
          const bar = document.querySelector('[data-headline]')!.getBoundingClientRect();
          const hit = document.elementFromPoint(bar.left + 20, bar.top + bar.height / 2);
          return hit?.closest('[data-headline]') !== null;
        });
        expect(top, 'the headline is covered by the table').toBe(true);
      });

    for (const theme of THEMES) {
      test.describe(() => {
        test.use({ bypassCSP: true }); // axe is injected as an inline script

        for (const path of [PAGE, ANSWER]) {
          test(`${path} has no axe violations, ${theme} theme`, async ({ page }) => {
            await useTheme(page, theme);
            await page.goto(path);
            await expectTheme(page, theme);
            await settled(page);
            await goLive(page, phone);
            await tableText(lab(page));
            expect(await violations(page)).toEqual([]);
          });
        }
      });
    }
  });
}
