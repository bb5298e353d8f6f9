import { describe, expect, it } from 'vitest';
import {
  PAGE_SIZE,
  pageCount,
  pageHref,
  pageLinks,
  paginate,
  parsePageParam,
} from '@/lib/pagination';

const items = Array.from({ length: 25 }, (_, i) => i + 1);

describe('paginate', () => {
  it('paginate(25 items, page 1, size 10) holds items 1–10 of 3 pages', () => {
    expect(paginate(items, 1, 10)).toEqual({
      items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      page: 1,
      pageCount: 3,
      total: 25,
      from: 1,
      to: 10,
    });
  });

  it('paginate(last page) holds the remainder', () => {
    const last = paginate(items, 3, 10);
    expect(last?.items).toEqual([21, 22, 23, 24, 25]);
    expect([last?.from, last?.to]).toEqual([21, 25]);
  });

  it('paginate(page past the end, 0, negative or fractional) is undefined', () => {
    for (const page of [4, 0, -1, 1.5, Number.NaN])
      expect(paginate(items, page, 10)).toBeUndefined();
  });

  it('paginate(empty list) has one empty first page and nothing else', () => {
    expect(paginate([], 1, 10)).toMatchObject({ items: [], pageCount: 1, from: 0, to: 0 });
    expect(paginate([], 2, 10)).toBeUndefined();
  });

  it('every item appears on exactly one page, in order', () => {
    for (const size of [1, 3, 7, 12, 25, 30]) {
      const seen: number[] = [];
      for (let p = 1; p <= pageCount(items.length, size); p += 1)
        seen.push(...(paginate(items, p, size)?.items ?? []));
      expect(seen).toEqual(items);
    }
  });

  it('pageCount(size below 1) throws', () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError);
  });

  it('uses twelve answers a page by default', () => {
    expect(PAGE_SIZE).toBe(12);
    expect(pageCount(33)).toBe(3);
  });
});

describe('pageHref', () => {
  it('pageHref(page 1) is the listing itself; later pages are /page/n', () => {
    expect(pageHref('/ask', 1)).toBe('/ask');
    expect(pageHref('/ask', 2)).toBe('/ask/page/2');
    expect(pageHref('/ask/tag/vix/', 3)).toBe('/ask/tag/vix/page/3');
    expect(pageHref('/', 1)).toBe('/');
    expect(pageHref('/', 2)).toBe('/page/2');
  });
});

describe('parsePageParam', () => {
  it('parsePageParam accepts canonical numbers from 2', () => {
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('17')).toBe(17);
  });

  it('parsePageParam refuses page 1 (the listing itself) and non-canonical forms', () => {
    for (const raw of ['1', '0', '02', '2.0', '-2', 'two', '', ' 2', '1e3', '99999999999999999999'])
      expect(parsePageParam(raw), raw).toBeUndefined();
  });
});

describe('pageLinks', () => {
  const numbers = (links: ReturnType<typeof pageLinks>) =>
    links.map((l) => (l.kind === 'page' ? l.page : '…'));

  it('shows every page when there are few', () => {
    expect(numbers(pageLinks(1, 1))).toEqual([1]);
    expect(numbers(pageLinks(2, 4))).toEqual([1, 2, 3, 4]);
  });

  it('puts gaps around the current page in a long list', () => {
    expect(numbers(pageLinks(10, 20))).toEqual([1, '…', 9, 10, 11, '…', 20]);
    expect(numbers(pageLinks(1, 20))).toEqual([1, 2, '…', 20]);
    expect(numbers(pageLinks(20, 20))).toEqual([1, '…', 19, 20]);
  });

  it('never hides a single page behind a gap', () => {
    expect(numbers(pageLinks(4, 10))).toEqual([1, 2, 3, 4, 5, '…', 10]);
  });

  it('gap keys are unique', () => {
    const keys = pageLinks(10, 20).flatMap((l) => (l.kind === 'gap' ? [l.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
