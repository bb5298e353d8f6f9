import type { APIRequestContext, Page } from '@playwright/test';
import { articleUrls, calculatorUrls, termUrls } from './content-index';
import { expect, test } from './fixtures';
import { allNodes, type SchemaNode, unresolvedReferences, validateJsonLd } from './schema-org';
import { FLAGSHIP } from './site-map';

/** The canonical origin the build was made with (SITE_URL, default as in src/lib/env.ts). */
const ORIGIN = (process.env.SITE_URL ?? 'https://ask.vixshield.com').replace(/\/+$/, '');
const TERM = '/glossary/iron-condor';

async function jsonLd(page: Page): Promise<unknown[]> {
  const texts = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
  return texts.map((t) => JSON.parse(t) as unknown);
}

async function nodesOf(page: Page): Promise<SchemaNode[]> {
  const docs = await jsonLd(page);
  for (const doc of docs) expect(validateJsonLd(doc, ORIGIN), 'schema.org problems').toEqual([]);
  expect(unresolvedReferences(docs), '@id references this page does not define').toEqual([]);
  return docs.flatMap(allNodes);
}

async function head(page: Page) {
  return page.evaluate(() => {
    const meta = (selector: string) =>
      document.querySelector(selector)?.getAttribute('content') ?? null;
    return {
      title: document.title,
      description: meta('meta[name="description"]'),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      robots: meta('meta[name="robots"]'),
      ogTitle: meta('meta[property="og:title"]'),
      ogType: meta('meta[property="og:type"]'),
      ogUrl: meta('meta[property="og:url"]'),
      ogImage: meta('meta[property="og:image"]'),
      ogImageAlt: meta('meta[property="og:image:alt"]'),
      twitterCard: meta('meta[name="twitter:card"]'),
      twitterSite: meta('meta[name="twitter:site"]'),
      lang: document.documentElement.lang,
      twitterImage: meta('meta[name="twitter:image"]'),
      feed:
        document
          .querySelector('link[rel="alternate"][type="application/rss+xml"]')
          ?.getAttribute('href') ?? null,
    };
  });
}

/** Maps a canonical URL onto the test server. */
function local(url: string, baseURL: string): string {
  return url.replace(ORIGIN, baseURL.replace(/\/+$/, ''));
}

async function expectPng(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  // PNG signature, then IHDR width and height (big-endian) at bytes 16–23.
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
}

test.describe('per-page metadata', () => {
  const pages = [
    '/',
    '/ask',
    '/ask/page/2',
    '/ask/category/iron-condors',
    '/ask/tag/vix',
    FLAGSHIP,
    '/glossary',
    TERM,
  ];

  test('every page has its own title, description and canonical URL on one host', async ({
    page,
  }) => {
    const titles = new Set<string>();
    const canonicals = new Set<string>();
    for (const path of pages) {
      await page.goto(path);
      const h = await head(page);
      expect(h.title, path).toBeTruthy();
      expect(h.description?.length ?? 0, `${path} description`).toBeGreaterThan(50);
      expect(h.description?.length ?? 0, `${path} description`).toBeLessThanOrEqual(300);
      // Next writes the home page's canonical URL without the trailing slash; both are the same URL.
      expect(h.canonical, path).toBe(path === '/' ? ORIGIN : `${ORIGIN}${path}`);
      expect(h.ogUrl, path).toBe(h.canonical);
      expect(h.twitterCard, path).toBe('summary_large_image');
      expect(h.twitterSite, path).toBe('@VixShield');
      // US English, as the JSON-LD's inLanguage and the prose say.
      expect(h.lang, path).toBe('en-US');
      expect(h.ogImage, path).toMatch(new RegExp(`^${ORIGIN}/`));
      expect(h.feed, path).toBe(`${ORIGIN}/feed.xml`);
      expect(h.robots, path).toBeNull();
      titles.add(h.title);
      canonicals.add(h.canonical ?? '');
    }
    expect(titles.size).toBe(pages.length);
    expect(canonicals.size).toBe(pages.length);
  });

  test('an answer and a term each have their own generated 1200×630 card', async ({
    page,
    request,
    baseURL,
  }) => {
    const cards = new Set<string>();
    for (const path of [FLAGSHIP, TERM, articleUrls[0] ?? FLAGSHIP, termUrls[0] ?? TERM]) {
      await page.goto(path);
      const h = await head(page);
      expect(h.ogImage, path).toContain(`${path}/opengraph-image`);
      expect(h.twitterImage, path).toBe(h.ogImage);
      expect(h.ogImageAlt, path).toBeTruthy();
      await expectPng(request, local(h.ogImage ?? '', baseURL ?? ''));
      cards.add(h.ogImage ?? '');
    }
    expect(cards.size).toBe(4);
    await page.goto('/');
    await expectPng(request, local((await head(page)).ogImage ?? '', baseURL ?? ''));
  });

  test('pages that set no card of their own still name the site on X and declare US English', async ({
    page,
  }) => {
    for (const path of ['/trial', '/ask/new', '/calculators', '/calculators/iron-condor']) {
      await page.goto(path);
      const h = await head(page);
      expect(h.twitterSite, path).toBe('@VixShield');
      expect(h.lang, path).toBe('en-US');
    }
  });

  test('an answer is an Open Graph article with its question as the title', async ({ page }) => {
    await page.goto(FLAGSHIP);
    const h = await head(page);
    expect(h.ogType).toBe('article');
    expect(h.ogTitle).toContain('Does layering multi-sig security make sense');
    expect(h.title).toMatch(/\| VixShield Ask$/);
  });

  test('internal search results are not indexed', async ({ page }) => {
    await page.goto('/search?q=condor');
    expect((await head(page)).robots).toBe('noindex, follow');
  });
});

/** The publisher as every page that names it must define it: name, URL and a PNG logo. */
const PUBLISHER = {
  '@type': 'Organization',
  '@id': `${ORIGIN}/#organization`,
  name: 'VixShield Ask',
  url: `${ORIGIN}/`,
  logo: { '@type': 'ImageObject', url: `${ORIGIN}/logo.png`, width: '512', height: '512' },
};

test.describe('structured data', () => {
  test('every page that names the publisher defines it, and every @id resolves on the page', async ({
    page,
    request,
  }) => {
    for (const path of [FLAGSHIP, TERM, '/glossary', '/']) {
      await page.goto(path);
      // nodesOf also fails on any @id reference the page itself does not define.
      const nodes = await nodesOf(page);
      expect(
        nodes.some((n) => n.publisher !== undefined),
        path,
      ).toBe(true);
      const defined = nodes.filter((n) => n['@id'] === PUBLISHER['@id']);
      expect(defined.length, path).toBeGreaterThan(0);
      for (const publisher of defined) expect(publisher, path).toMatchObject(PUBLISHER);
    }
    const logo = await request.get('/logo.png');
    expect(logo.status()).toBe(200);
    expect(logo.headers()['content-type']).toBe('image/png');
    const png = await logo.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  test('an answer is an Article with publisher, source book and the terms it explains', async ({
    page,
  }) => {
    await page.goto(FLAGSHIP);
    const nodes = await nodesOf(page);
    const article = nodes.find((n) => n['@type'] === 'Article');
    expect(article).toBeDefined();
    expect(article?.url).toBe(`${ORIGIN}${FLAGSHIP}`);
    expect(article?.datePublished).toBe('2026-09-15');
    expect(article?.articleSection).toBe('Portfolio Theory');
    expect(article?.author).toMatchObject({
      '@type': 'Organization',
      name: 'VixShield Research Team',
    });
    expect(article?.isBasedOn).toMatchObject({ '@type': 'Book', name: 'SPX Mastery' });
    expect(article?.publisher).toMatchObject(PUBLISHER);
    expect(article?.isPartOf).toMatchObject({ '@type': 'WebSite', '@id': `${ORIGIN}/#website` });
    const about = article?.about as SchemaNode[];
    const shownTerms = await page.getByTestId('terms-referenced').getByRole('link').count();
    expect(about).toHaveLength(shownTerms);
    expect(about.every((t) => t['@type'] === 'DefinedTerm')).toBe(true);

    const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList');
    const items = crumbs?.itemListElement as SchemaNode[];
    expect(items.map((i) => i.name)).toEqual([
      'Home',
      'Answers',
      'Portfolio Theory',
      expect.stringContaining('Does layering multi-sig'),
    ]);
    expect(items.at(-1)?.item).toBe(`${ORIGIN}${FLAGSHIP}`);
  });

  test('a term is a DefinedTerm in the glossary DefinedTermSet, with its aliases', async ({
    page,
  }) => {
    await page.goto(TERM);
    const nodes = await nodesOf(page);
    const term = nodes.find((n) => n['@type'] === 'DefinedTerm');
    expect(term).toMatchObject({
      name: 'Iron Condor',
      url: `${ORIGIN}${TERM}`,
      alternateName: ['IC', 'Short Iron Condor'],
      inDefinedTermSet: { '@type': 'DefinedTermSet', url: `${ORIGIN}/glossary` },
    });
    expect(String(term?.description)).toBe(await page.getByTestId('definition').textContent());
    expect(nodes.some((n) => n['@type'] === 'BreadcrumbList')).toBe(true);
  });

  test('the glossary is a DefinedTermSet listing every term', async ({ page }) => {
    await page.goto('/glossary');
    const nodes = await nodesOf(page);
    const set = nodes.find((n) => n['@type'] === 'DefinedTermSet');
    const listed = ((set?.hasDefinedTerm ?? []) as SchemaNode[]).map((t) =>
      String(t.url).replace(ORIGIN, ''),
    );
    expect(listed.sort()).toEqual([...termUrls].sort());
  });

  test('the home page names the Organization and the WebSite with its search', async ({ page }) => {
    await page.goto('/');
    const nodes = await nodesOf(page);
    expect(nodes.find((n) => n['@type'] === 'Organization')).toMatchObject(PUBLISHER);
    const site = nodes.find((n) => n['@type'] === 'WebSite');
    expect(site?.publisher).toEqual({ '@id': `${ORIGIN}/#organization` });
    expect(JSON.stringify(site?.potentialAction)).toContain(
      `${ORIGIN}/search?q={search_term_string}`,
    );
  });

  test('listings carry breadcrumbs', async ({ page }) => {
    await page.goto('/ask/category/iron-condors');
    const nodes = await nodesOf(page);
    const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList');
    expect(((crumbs?.itemListElement ?? []) as SchemaNode[]).map((i) => i.name)).toEqual([
      'Home',
      'Answers',
      'Iron Condors',
    ]);
  });
});

test.describe('sitemap, robots and feed', () => {
  test('sitemap.xml lists every answer, term, calculator and listing, and each one exists', async ({
    request,
    baseURL,
  }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.every((loc) => loc.startsWith(`${ORIGIN}/`))).toBe(true);
    const paths = locs.map((loc) => loc.replace(ORIGIN, '') || '/');
    for (const url of [
      ...articleUrls,
      ...termUrls,
      ...calculatorUrls,
      '/',
      '/ask',
      '/glossary',
      '/ask/page/2',
    ])
      expect(paths, url).toContain(url);
    expect(
      paths.filter(
        (p) => p.startsWith('/search') || p.startsWith('/admin') || p.startsWith('/api'),
      ),
    ).toEqual([]);
    const dates = [...xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1] ?? '');
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);

    const statuses = await Promise.all(
      locs.map(
        async (loc) =>
          [
            loc,
            (await request.get(local(loc, baseURL ?? ''), { maxRedirects: 0 })).status(),
          ] as const,
      ),
    );
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
  });

  test('robots.txt allows the site, keeps crawlers out of the API and admin, and names the sitemap', async ({
    request,
  }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/User-Agent: \*/i);
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).toMatch(/^Disallow: \/api\/$/m);
    expect(text).toMatch(/^Disallow: \/admin$/m);
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  test('feed.xml is RSS 2.0 with one item per answer, newest first', async ({ page, request }) => {
    const response = await request.get('/feed.xml');
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const xml = await response.text();
    await page.goto('/');
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        title: doc.querySelector('channel > title')?.textContent,
        items: [...doc.querySelectorAll('item')].map((item) => ({
          link: item.querySelector('link')?.textContent ?? '',
          guid: item.querySelector('guid')?.textContent ?? '',
          date: Date.parse(item.querySelector('pubDate')?.textContent ?? ''),
          title: item.querySelector('title')?.textContent ?? '',
        })),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.version).toBe('2.0');
    expect(feed.title).toContain('VixShield Ask');
    expect(feed.items.map((i) => i.link.replace(ORIGIN, '')).sort()).toEqual(
      [...articleUrls].sort(),
    );
    expect(feed.items.every((i) => i.guid === i.link && i.title && Number.isFinite(i.date))).toBe(
      true,
    );
    const dates = feed.items.map((i) => i.date);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });
});
