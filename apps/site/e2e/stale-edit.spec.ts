import { expect, test } from './fixtures';

/**
 * The edit that once left the results greyed and stale about one time in ten on a phone: open
 * the iron condor page, touch the long call field (which makes the calculator live while the
 * reader is typing) and type 6,500. Fifty fresh page loads, each must end with live, current
 * figures for 6,500 and no message. Runs in the `phone` project only.
 */
test('long call set to 6,500 on a phone never leaves the results stale (50 times)', async ({
  page,
}) => {
  test.setTimeout(240_000);
  for (let run = 1; run <= 50; run++) {
    await page.goto('/calculators/iron-condor');
    const island = page.locator('.calculator-island');
    const longCall = page.getByRole('textbox', { name: 'Long call (bought)' });
    await longCall.tap();
    await longCall.press('ControlOrMeta+a');
    // Typing speeds from instant to a slow thumb, so the calculator goes live before, during
    // and after the typing across the runs.
    await longCall.pressSequentially('6500', { delay: (run % 5) * 40 });
    await expect(island, `run ${run}: live`).toHaveAttribute('data-live', '');
    await expect(longCall, `run ${run}: the typed value`).toHaveValue('6500');
    await expect(longCall, `run ${run}: no message`).not.toHaveAttribute('aria-invalid');
    await expect(island.locator('[data-stale]'), `run ${run}: figures current`).toHaveCount(0);
    await expect(
      island.locator('dt', { hasText: /^Break-evens$/ }).locator('xpath=following-sibling::dd[1]'),
      `run ${run}: the upper break-even follows the new wing`,
    ).not.toHaveText(/6,349\.30/);
  }
});
