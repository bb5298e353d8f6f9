import { describe, expect, it } from 'vitest';
import { articles, articlesUsingTerm, terms } from '@/lib/content';
import { laterListingPage } from '@/lib/listing-pages';
import {
  allListing,
  categoryListing,
  laterPageHrefs,
  TERM_ANSWERS_PAGE_SIZE,
  tagListing,
} from '@/lib/listings';
import { PAGE_SIZE, pageCount } from '@/lib/pagination';
import { sitemapEntries } from '@/lib/sitemap-entries';

/** The later listing pages as the sitemap lists them: every one of them must be a 'page'. */
const laterPages = sitemapEntries()
  .map((e) => e.path)
  .filter((path) => /\/page\/\d+$/.test(path));

describe('later listing pages', () => {
  it('knows every later page the sitemap lists, and nothing past each end', () => {
    expect(laterPages.length).toBeGreaterThan(0);
    for (const path of laterPages) expect(laterListingPage(path), path).toBe('page');
    const all = pageCount(allListing().items.length, PAGE_SIZE);
    expect(laterListingPage(`/ask/page/${all}`)).toBe('page');
    expect(laterListingPage(`/ask/page/${all + 1}`)).toBe('missing');
  });

  it('counts pages per listing as the listing pages do', () => {
    const tag = articles[0]?.tags[0] ?? '';
    const tagPages = pageCount(tagListing(tag)?.items.length ?? 0);
    expect(laterListingPage(`/ask/tag/${tag}/page/${tagPages + 1}`)).toBe('missing');
    const category = articles[0]?.category ?? '';
    const categoryPages = pageCount(categoryListing(category)?.items.length ?? 0);
    expect(laterListingPage(`/ask/category/${category}/page/${categoryPages + 1}`)).toBe('missing');
    const term = terms.find((t) => articlesUsingTerm(t.slug).length > 0);
    const termPages = pageCount(articlesUsingTerm(term?.slug ?? '').length, TERM_ANSWERS_PAGE_SIZE);
    expect(laterListingPage(`/glossary/${term?.slug}/answers/page/${termPages + 1}`)).toBe(
      'missing',
    );
  });

  it.each([
    '/ask/page/1',
    '/ask/page/02',
    '/ask/page/2.0',
    '/ask/page/-2',
    '/ask/page/99999999999999999999',
    '/ask/tag/no-such-tag/page/2',
    '/ask/category/no-such-category/page/2',
    '/glossary/no-such-term/answers/page/2',
  ])('%s is an address of that shape that is not a page', (path) => {
    expect(laterListingPage(path)).toBe('missing');
  });

  it.each([
    '/ask',
    '/ask/page',
    '/ask/how-to-layer-iron-condors',
    '/ask/tag/hedging',
    '/glossary/iron-condor/answers',
    '/ask/page/2/extra',
    '/page/2',
    '/ask/%E0%A4%A/page/2',
  ])('%s is not a later listing page at all', (path) => {
    expect(laterListingPage(path)).toBeNull();
  });

  it("lists a paged list's later pages, none for a single page", () => {
    const list = { kind: 'all' as const, base: '/ask', items: [], pageCount: 3 };
    expect(laterPageHrefs(list)).toEqual(['/ask/page/2', '/ask/page/3']);
    expect(laterPageHrefs({ ...list, pageCount: 1 })).toEqual([]);
  });

  it('reads percent-encoded addresses as the router does', () => {
    const path = laterPages[0] ?? '';
    expect(laterListingPage(path.replace('/page/', '/%70age/'))).toBe('page');
  });
});
