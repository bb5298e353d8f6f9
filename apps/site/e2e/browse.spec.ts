import { test as base } from '@playwright/test';
import { articleUrls } from './content-index';
import { expect, test } from './fixtures';
import { FLAGSHIP } from './site-map';

const PAGE_SIZE = 12;
const pages = Math.ceil(articleUrls.length / PAGE_SIZE);

test.describe('answer listings', () => {
  test('/ask shows the newest answers a page at a time with real page URLs', async ({ page }) => {
    await page.goto('/ask');
    const cards = page.getByTestId('listing').getByRole('listitem');
    await expect(cards).toHaveCount(Math.min(PAGE_SIZE, articleUrls.length));
    await expect(page.getByTestId('listing-range')).toHaveText(
      `Showing 1–${Math.min(PAGE_SIZE, articleUrls.length)} of ${articleUrls.length}, newest first.`,
    );
    const seen = new Set<string>();
    for (let n = 1; n <= pages; n += 1) {
      if (n > 1) {
        await page
          .getByRole('navigation', { name: 'Pages' })
          .getByRole('link', { name: 'Next' })
          .click();
        await expect(page).toHaveURL(new RegExp(`/ask/page/${n}$`));
      }
      const pager = page.getByRole('navigation', { name: 'Pages' });
      await expect(pager.locator('[aria-current="page"]')).toHaveText(`Page ${n}`);
      const links = await page
        .getByTestId('listing')
        .getByRole('heading')
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const link of links) seen.add(link);
      const dates = await page
        .getByTestId('listing')
        .locator('time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
      expect([...dates].sort().reverse()).toEqual(dates);
    }
    expect([...seen].sort()).toEqual([...articleUrls].sort());
    await expect(
      page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' }),
    ).toHaveCount(0);
  });

  test('page URLs that do not exist are 404s', async ({ request }) => {
    for (const path of [
      '/ask/page/1',
      `/ask/page/${pages + 1}`,
      '/ask/page/02',
      '/ask/category/nope',
      '/ask/tag/nope',
    ])
      expect((await request.get(path)).status(), path).toBe(404);
  });

  test('filtering by category lists exactly that category', async ({ page }) => {
    await page.goto('/ask');
    await page
      .getByRole('list', { name: 'Topics' })
      .getByRole('link', { name: /^Iron Condors/ })
      .click();
    await expect(page).toHaveURL(/\/ask\/category\/iron-condors$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iron Condors');
    const categories = await page
      .getByTestId('listing')
      .locator('article > p:first-child')
      .allInnerTexts();
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories.map((c) => c.toLowerCase()))).toEqual(new Set(['iron condors']));
    await expect(
      page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: /^Iron Condors/ }),
    ).toHaveAttribute('aria-current', 'true');
  });

  test('filtering by tag lists the answers carrying that tag', async ({ page }) => {
    await page.goto('/ask');
    await page.getByText('Filter by tag').click();
    await page
      .getByRole('list', { name: 'Tags' })
      .getByRole('link', { name: /^VIX \(/ })
      .click();
    await expect(page).toHaveURL(/\/ask\/tag\/vix$/);
    const links = await page
      .getByTestId('listing')
      .getByRole('heading')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(1);
    for (const link of links.slice(0, 3)) {
      await page.goto(link);
      await expect(
        page.getByTestId('tags').getByRole('link', { name: 'VIX', exact: true }),
      ).toBeVisible();
    }
  });

  test('most viewed orders answers by stored views, from the views API', async ({
    page,
    request,
  }) => {
    const slug = 'iron-condor-drawdowns';
    const viewsOf = async () => {
      const top = await (await request.get('/api/views/top?size=48')).json();
      return (top.items as { slug: string; views: number }[]).find((i) => i.slug === slug)?.views;
    };
    const before = (await viewsOf()) ?? 0;
    // One reader (one address) with five browsers today: a visitor is an address per day, so
    // changing the user agent cannot push an answer up "Most viewed".
    for (let i = 0; i < 5; i += 1) {
      const response = await request.post('/api/views', {
        data: { slug },
        headers: { 'user-agent': `browse-spec-reader-${i}` },
      });
      expect(response.status()).toBe(200);
    }
    const api = await (await request.get('/api/views/top?size=48')).json();
    const counts = (api.items as { slug: string; views: number }[]).map((i) => i.views);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const after = (await viewsOf()) ?? 0;
    expect(after).toBeGreaterThanOrEqual(1);
    expect(after - before).toBeLessThanOrEqual(1);
    expect(api.total).toBe(articleUrls.length);

    await page.goto('/ask');
    await page.getByRole('link', { name: 'Most viewed' }).click();
    await expect(page).toHaveURL(/\/ask\?sort=views$/);
    await expect(page.getByRole('link', { name: 'Most viewed' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    const ranked = page.getByTestId('ranked-list');
    await expect(ranked.getByRole('listitem').first()).toBeVisible();
    const shown = (await ranked.getByTestId('ranked-views').allInnerTexts()).map((t) =>
      Number(t.replace(/[^\d]/g, '')),
    );
    expect([...shown].sort((a, b) => b - a)).toEqual(shown);
    expect(shown[0]).toBeGreaterThanOrEqual(1);

    await page.getByRole('link', { name: 'Newest' }).click();
    await expect(page).toHaveURL(/\/ask$/);
    await expect(page.getByTestId('listing')).toBeVisible();
  });

  test('the views API refuses bad parameters', async ({ request }) => {
    expect((await request.get('/api/views/top?category=nope')).status()).toBe(400);
    expect((await request.get('/api/views/top?size=1000')).status()).toBe(400);
    expect((await request.get('/api/views/top?page=0')).status()).toBe(400);
    expect((await request.get('/api/views/top?page=999')).status()).toBe(404);
  });
});

test.describe('moving through an answer', () => {
  test('breadcrumbs lead back to the category, the answers and home', async ({ page }) => {
    await page.goto(FLAGSHIP);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Answers', 'Portfolio Theory']);
    await expect(crumbs.locator('[aria-current="page"]')).toContainText('Does layering multi-sig');
    await crumbs.getByRole('link', { name: 'Portfolio Theory' }).click();
    await expect(page).toHaveURL(/\/ask\/category\/portfolio-theory$/);
  });

  test('the table of contents lists the sections and jumps to them', async ({ page }) => {
    await page.goto(FLAGSHIP);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const headings = await page
      .getByTestId('answer')
      .locator(':scope > h2[id], :scope > h3[id]')
      .evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: (h.textContent ?? '').trim() })));
    expect(headings.length).toBeGreaterThanOrEqual(3);
    const links = await toc.getByRole('link').evaluateAll((as) =>
      as.map((a) => ({
        id: (a.getAttribute('href') ?? '').slice(1),
        text: (a.textContent ?? '').trim(),
      })),
    );
    expect(links).toEqual(headings);
    const target = links[2]!;
    await toc.getByRole('link', { name: target.text }).click();
    await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
    await expect(page.locator(`[id="${target.id}"]`)).toBeInViewport();
  });

  test('previous and next stay within the category', async ({ page }) => {
    await page.goto('/ask/category/iron-condors');
    const first = page.getByTestId('listing').getByRole('heading').getByRole('link').first();
    await first.click();
    const nav = page.getByTestId('prev-next');
    await expect(nav).toBeVisible();
    const previous = nav.getByRole('link', { name: /Previous in Iron Condors/ });
    await expect(nav.getByRole('link', { name: /Next in Iron Condors/ })).toHaveCount(0);
    await previous.click();
    await expect(page.getByTestId('category')).toHaveText('Iron Condors');
    await expect(
      page.getByTestId('prev-next').getByRole('link', { name: /Next in Iron Condors/ }),
    ).toBeVisible();
  });

  test('tags on an answer link to their listing', async ({ page }) => {
    await page.goto(FLAGSHIP);
    await page.getByTestId('tags').getByRole('link', { name: 'ALVH' }).click();
    await expect(page).toHaveURL(/\/ask\/tag\/alvh$/);
    await expect(
      page.getByTestId('listing').getByRole('link', { name: /Does layering multi-sig/ }),
    ).toBeVisible();
  });

  test('printing an answer leaves out the site chrome and interactive parts', async ({ page }) => {
    await page.goto(FLAGSHIP);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByTestId('toc')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Start Free Trial' })).toHaveCount(0);
    await expect(page.getByTestId('keep-reading')).toBeHidden();
    await expect(page.getByTestId('answer')).toBeVisible();
    await expect(page.getByTestId('apa-citation')).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
  });
});

/** The glossary's filter island has hydrated. */
async function glossaryReady(page: import('@playwright/test').Page) {
  await expect(page.getByTestId('glossary-browser')).toHaveAttribute('data-ready', 'true');
}

test.describe('glossary index', () => {
  test('filters as you type, by name or alias, and keeps the filter in the address', async ({
    page,
  }) => {
    await page.goto('/glossary');
    await glossaryReady(page);
    const filter = page.getByLabel('Filter terms');
    const terms = page.getByTestId('glossary-terms').getByRole('link');
    const total = await terms.count();
    expect(total).toBeGreaterThan(100);
    await filter.fill('relative str');
    await expect(terms.filter({ hasText: 'Relative Strength Index (RSI)' })).toBeVisible();
    await expect.poll(() => terms.count()).toBeLessThan(5);
    await expect(page).toHaveURL(/\/glossary\?q=relative\+str$/);
    await filter.fill('gordon');
    await expect(terms.filter({ hasText: 'Dividend Discount Model' })).toBeVisible();
    await expect(page.getByTestId('glossary-count')).toContainText(`of ${total} terms match`);
    await filter.fill('zzzzqqq');
    await expect(page.getByTestId('glossary-empty')).toContainText('No term matches');
    await filter.fill('');
    await expect(terms).toHaveCount(total);
  });

  test('narrows to a category, and the letters without terms are not links', async ({ page }) => {
    await page.goto('/glossary');
    await glossaryReady(page);
    await page.getByLabel('Category').selectOption({ label: 'Greeks' });
    await expect(page).toHaveURL(/category=greeks/);
    const names = await page.getByTestId('glossary-terms').getByRole('link').allInnerTexts();
    expect(names).toContain('Delta');
    expect(names).not.toContain('Iron Condor');
    const jump = page.getByRole('navigation', { name: 'Jump to letter' });
    await expect(jump.getByRole('link', { name: 'Terms starting with D' })).toBeVisible();
    await expect(jump.getByRole('link', { name: 'Terms starting with I' })).toHaveCount(0);
  });

  test('opens with the filter from the address and jumps to a letter', async ({ page }) => {
    await page.goto('/glossary?q=condor');
    await expect(page.getByLabel('Filter terms')).toHaveValue('condor');
    await expect(
      page.getByTestId('glossary-terms').getByRole('link', { name: 'Iron Condor', exact: true }),
    ).toBeVisible();
    await page.goto('/glossary');
    await page
      .getByRole('navigation', { name: 'Jump to letter' })
      .getByRole('link', { name: 'Terms starting with V' })
      .click();
    await expect(page).toHaveURL(/#letter-V$/);
    await expect(page.getByRole('heading', { name: 'V', exact: true })).toBeInViewport();
  });
});

test.describe('home page', () => {
  test('offers search, featured and latest answers, topics, calculators, glossary and the trial', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const name of [
      'Featured answers',
      'Latest answers',
      'Topics',
      'Calculators',
      'From the glossary',
    ])
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start Free Trial' }).last()).toBeVisible();
    const search = page.getByRole('main').getByRole('searchbox');
    await search.fill('contango');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=contango$/);
    await expect(page.getByTestId('search-results').getByRole('link').first()).toBeVisible();
  });
});

test.describe('keyboard and theme', () => {
  test('the first Tab reaches a visible skip link that moves focus to the content', async ({
    page,
  }) => {
    await page.goto('/ask');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('focus is always visible on links and controls', async ({ page }) => {
    await page.goto('/glossary');
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          tag: el.tagName,
          style: style.outlineStyle,
          width: Number.parseFloat(style.outlineWidth),
        };
      });
      expect(outline.style, `${outline.tag} #${i}`).not.toBe('none');
      expect(outline.width, `${outline.tag} #${i}`).toBeGreaterThanOrEqual(2);
    }
  });
});

// These two block the site's scripts on purpose, so the console-error check does not apply.
base.describe('dark mode without a flash', () => {
  for (const [label, stored, scheme] of [
    ['chosen dark theme', 'dark', 'light'],
    ['system dark preference', 'system', 'dark'],
  ] as const) {
    base(`the ${label} is on the page before any bundle runs`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript((value) => window.localStorage.setItem('theme', value), stored);
      // Only the HTML's own inline script may run: every JavaScript file is refused.
      await page.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
      await page.goto(FLAGSHIP, { waitUntil: 'domcontentloaded' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
        true,
      );
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(11, 17, 32)',
      );
    });
  }
});

base('a missing page answers 404 and offers a search for what was asked', async ({ page }) => {
  const response = await page.goto('/ask/iron-condor-exit-rules');
  base.expect(response?.status()).toBe(404);
  await base
    .expect(page.getByRole('heading', { level: 1 }))
    .toHaveText('We could not find that page');
  const search = page.getByRole('main').getByRole('searchbox');
  await base.expect(search).toHaveValue('iron condor exit rules');
  await search.press('Enter');
  await base.expect(page).toHaveURL(/\/search\?q=iron\+condor\+exit\+rules$/);
  await base.expect(page.getByTestId('search-results').getByRole('link').first()).toBeVisible();
});
