import type { Locator, Page } from '@playwright/test';
import {
  expectedMove,
  ironCondor,
  optionPrice,
  parityArbitrage,
  profitAtExpiry,
} from '@vixshield/engine';
import { formatLevel, formatMoney, formatPremium } from '../../../packages/ui/src/lib/format';
import { expect, test } from './fixtures';

/**
 * Each calculator page, as a reader uses it: change an input and the figures are the engine's
 * for that input; an invalid input says why at the field and never shows NaN; "Copy link" then
 * opening the link restores the setup; the same calculator embedded in an article behaves alike.
 */

const calculator = (page: Page) =>
  page
    .locator('main section')
    .filter({ has: page.getByRole('button', { name: 'Copy link' }) })
    .first();
const field = (scope: Locator, name: string | RegExp) => scope.getByRole('textbox', { name });
const stat = (scope: Locator, label: string) =>
  scope
    .locator('dt', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .first()
    .locator('xpath=following-sibling::dd[1]');
const numberIn = async (input: Locator) => Number((await input.inputValue()).replace(/,/g, ''));

/**
 * Opens a calculator page and waits until its calculator is live. It goes live when the reader
 * reaches for it (calculator-island.tsx); waiting first keeps each figure check about the
 * calculator, not about that hand-over, which has its own test below.
 */
async function openCalculator(page: Page, path: string) {
  await page.goto(path);
  const island = page.locator('.calculator-island');
  await island.hover();
  await expect(island).toHaveAttribute('data-live', '');
}

async function expectNoBrokenNumbers(scope: Locator) {
  const text = (await scope.textContent()) ?? '';
  expect(text).not.toMatch(/\bNaN\b|Infinity|undefined/);
}

test.describe('calculator pages', () => {
  test('iron condor: the model credit follows the volatility, as the engine prices it', async ({
    page,
  }) => {
    await openCalculator(page, '/calculators/iron-condor');
    const calc = calculator(page);
    await field(calc, 'Implied volatility').fill('20');
    const [longPut, shortPut, shortCall, longCall] = await Promise.all(
      [/^Long put/, /^Short put/, /^Short call/, /^Long call/].map((n) => numberIn(field(calc, n))),
    );
    const base = { spot: 6000, time: 45 / 365, rate: 0.04, volatility: 0.2 };
    const credit =
      optionPrice({ ...base, type: 'put', strike: shortPut! }) -
      optionPrice({ ...base, type: 'put', strike: longPut! }) +
      optionPrice({ ...base, type: 'call', strike: shortCall! }) -
      optionPrice({ ...base, type: 'call', strike: longCall! });
    await expect(stat(calc, 'Credit per share')).toHaveText(formatPremium(credit));
    const strategy = ironCondor({
      longPut: longPut!,
      shortPut: shortPut!,
      shortCall: shortCall!,
      longCall: longCall!,
      credit,
    });
    await expect(stat(calc, 'Max profit')).toHaveText(formatMoney(profitAtExpiry(strategy, 6000)));
    await expectNoBrokenNumbers(calc);
  });

  test('expected move: 1-SD move is S·σ·√T from the engine', async ({ page }) => {
    await openCalculator(page, '/calculators/expected-move');
    const calc = calculator(page);
    await field(calc, 'Days to expiration').fill('30');
    await field(calc, 'Implied volatility').fill('18');
    const { move } = expectedMove({ spot: 6000, volatility: 0.18, time: 30 / 365 });
    await expect(stat(calc, '1-SD move to expiration')).toHaveText(`±${formatLevel(move)}`);
  });

  test('option pricer: the price is the engine’s Black-Scholes-Merton value', async ({ page }) => {
    await openCalculator(page, '/calculators/option-pricer');
    const calc = calculator(page);
    await field(calc, 'Volatility').fill('25');
    await field(calc, 'Strike').fill('6100');
    const price = optionPrice({
      type: 'call',
      spot: 6000,
      strike: 6100,
      time: 45 / 365,
      rate: 0.04,
      dividendYield: 0.013,
      volatility: 0.25,
    });
    await expect(stat(calc, 'Price per share')).toHaveText(formatPremium(price));
  });

  test('put-call parity: the gap per share is the engine’s', async ({ page }) => {
    await openCalculator(page, '/calculators/put-call-parity');
    const calc = calculator(page);
    await field(calc, 'Call price').fill('150');
    await field(calc, 'Put price').fill('120');
    const result = parityArbitrage({
      call: 150,
      put: 120,
      spot: 6000,
      strike: 6000,
      time: 45 / 365,
      rate: 0.04,
      dividendYield: 0.013,
    });
    await expect(stat(calc, 'Gap per share')).toHaveText(formatPremium(result.gap));
  });

  const pages = [
    'iron-condor',
    'layered-condors',
    'break-even',
    'expected-move',
    'vix-hedge',
    'option-pricer',
    'put-call-parity',
  ];

  for (const slug of pages) {
    test(`${slug}: an invalid input is explained at the field, with no NaN anywhere`, async ({
      page,
    }) => {
      await openCalculator(page, `/calculators/${slug}`);
      const calc = calculator(page);
      const input = calc.getByRole('textbox').first();
      await input.fill('abc');
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const describedBy = await input.getAttribute('aria-describedby');
      expect(describedBy).toBeTruthy();
      const message = page.locator(`[id="${describedBy!.split(' ')[0]}"]`);
      await expect(message).not.toBeEmpty();
      await expectNoBrokenNumbers(calc);
    });

    test(`${slug}: "Copy link" gives a link that reopens the same setup, "Reset" restores it`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openCalculator(page, `/calculators/${slug}`);
      const calc = calculator(page);
      const input = field(calc, /Days to expiration|Underlying price/).first();
      const original = await input.inputValue();
      await input.fill('33');
      await calc.getByRole('button', { name: 'Copy link' }).click();
      await expect(calc.getByRole('status').first()).toContainText(/copied/i);
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain('?');
      await openCalculator(page, link);
      const reopened = field(calculator(page), /Days to expiration|Underlying price/).first();
      await expect(reopened).toHaveValue('33');
      await calculator(page).getByRole('button', { name: 'Reset' }).click();
      await expect(reopened).toHaveValue(original);
    });
  }
});

test('a calculator page loads the calculator’s code only when the reader reaches for it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/calculators/iron-condor');
  const island = page.locator('.calculator-island');
  // The server-rendered calculator is all there, but not live, however long the reader looks.
  await expect(stat(calculator(page), 'Max profit')).not.toBeEmpty();
  await page.waitForTimeout(800);
  await expect(island).not.toHaveAttribute('data-live');
  // A click on one of its buttons before it is live is held and repeated on the live button.
  await calculator(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(island).toHaveAttribute('data-live', '');
  await expect(calculator(page).getByRole('status').first()).toContainText(/copied/i);
  // A shared setup in the address goes live at once, since the server HTML cannot show it.
  await page.goto('/calculators/iron-condor?dte=30');
  await expect(page.locator('.calculator-island')).toHaveAttribute('data-live', '');
});

test('the calculator embedded in an article behaves as on its own page', async ({ page }) => {
  await page.goto('/ask/expected-move-formula');
  const island = page.getByTestId('answer').locator('.calculator-island').first();
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-live', '');
  const calc = page
    .getByTestId('answer')
    .locator('section')
    .filter({ has: page.getByRole('button', { name: 'Copy link' }) })
    .first();
  await field(calc, 'Days to expiration').fill('10');
  const volatility = (await numberIn(field(calc, 'Implied volatility'))) / 100;
  const spot = await numberIn(field(calc, 'Underlying price'));
  const { move } = expectedMove({ spot, volatility, time: 10 / 365 });
  await expect(stat(calc, '1-SD move to expiration')).toHaveText(`±${formatLevel(move)}`);
  await expectNoBrokenNumbers(calc);
});
