import { expect, test } from './fixtures';
import { FLAGSHIP } from './site-map';

// What the answer page says about who wrote what: the editors' own opinion is labelled as
// theirs, and the SPX Mastery byline appears only on answers that draw on the book.
test.describe('editorial labels on answers', () => {
  test("the editors' summary is labelled as the editors' view", async ({ page }) => {
    await page.goto(FLAGSHIP);
    const view = page.getByTestId('editors-view');
    await expect(view.getByRole('heading', { level: 2 })).toHaveText("Editors' view");
    await expect(view).toContainText('We find');
  });

  test('the byline names SPX Mastery only where the answer cites it', async ({ page }) => {
    await page.goto(FLAGSHIP);
    await expect(page.getByTestId('byline')).toContainText('Based on SPX Mastery by Russell Clark');
    await page.goto('/ask/conversions-and-reversals');
    const byline = page.getByTestId('byline');
    await expect(byline).toContainText('VixShield Research Team');
    await expect(byline).not.toContainText('Based on');
    await expect(byline).not.toContainText('SPX Mastery');
  });
});
