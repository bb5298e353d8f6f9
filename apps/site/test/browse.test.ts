import { describe, expect, it } from 'vitest';
import {
  type Browsable,
  byViews,
  categoryCounts,
  categoryNeighbours,
  inCategory,
  newestFirst,
  tagCounts,
  tagLabel,
  tagSlug,
  withTag,
} from '@/lib/browse';

const a = (slug: string, category: string, date: string, tags: string[] = []): Browsable => ({
  slug,
  category,
  date,
  tags,
});

const all = [
  a('c1-old', 'condors', '2026-01-01', ['iron-condors', 'vix']),
  a('c2-mid', 'condors', '2026-03-01', ['iron-condors']),
  a('h1', 'hedging', '2026-02-01', ['vix', 'alvh']),
  a('c3-new', 'condors', '2026-05-01', ['dte']),
  a('c4-same-day-b', 'condors', '2026-04-01'),
  a('c4-same-day-a', 'condors', '2026-04-01'),
];

describe('tags', () => {
  it('tagLabel writes acronyms in capitals and other tags as words', () => {
    expect(tagLabel('vix')).toBe('VIX');
    expect(tagLabel('alvh')).toBe('ALVH');
    expect(tagLabel('defi')).toBe('DeFi');
    expect(tagLabel('iron-condors')).toBe('iron condors');
    expect(tagLabel('expected-move')).toBe('expected move');
  });

  it('tagSlug normalises case, accents and punctuation', () => {
    expect(tagSlug('Iron Condors')).toBe('iron-condors');
    expect(tagSlug('Volatilité!')).toBe('volatilite');
    expect(tagSlug('iron-condors')).toBe('iron-condors');
  });

  it('tagCounts counts each article once per tag, most used first then by name', () => {
    expect(tagCounts(all)).toEqual([
      { slug: 'iron-condors', label: 'iron condors', count: 2 },
      { slug: 'vix', label: 'VIX', count: 2 },
      { slug: 'alvh', label: 'ALVH', count: 1 },
      { slug: 'dte', label: 'DTE', count: 1 },
    ]);
    expect(tagCounts([a('x', 'c', '2026-01-01', ['vix', 'VIX'])])).toEqual([
      { slug: 'vix', label: 'VIX', count: 1 },
    ]);
  });

  it('withTag finds articles by tag slug', () => {
    expect(withTag(all, 'vix').map((x) => x.slug)).toEqual(['c1-old', 'h1']);
    expect(withTag(all, 'unknown')).toEqual([]);
  });
});

describe('categories', () => {
  it('categoryCounts and inCategory agree', () => {
    const counts = categoryCounts(all);
    expect(counts.get('condors')).toBe(5);
    expect(counts.get('hedging')).toBe(1);
    expect(inCategory(all, 'hedging').map((x) => x.slug)).toEqual(['h1']);
  });
});

describe('newestFirst', () => {
  it('sorts by date, newest first, equal dates by slug, without changing its input', () => {
    const before = all.map((x) => x.slug);
    expect(newestFirst(all).map((x) => x.slug)).toEqual([
      'c3-new',
      'c4-same-day-a',
      'c4-same-day-b',
      'c2-mid',
      'h1',
      'c1-old',
    ]);
    expect(all.map((x) => x.slug)).toEqual(before);
  });
});

describe('categoryNeighbours', () => {
  const slugs = (n: ReturnType<typeof categoryNeighbours<Browsable>>) => [
    n.previous?.slug,
    n.next?.slug,
  ];

  it('previous is the one published before, next the one after, within the category', () => {
    expect(slugs(categoryNeighbours(all[1]!, all))).toEqual(['c1-old', 'c4-same-day-b']);
  });

  it('has no previous for the oldest and no next for the newest', () => {
    expect(slugs(categoryNeighbours(all[0]!, all))).toEqual([undefined, 'c2-mid']);
    expect(slugs(categoryNeighbours(all[3]!, all))).toEqual(['c4-same-day-a', undefined]);
  });

  it('walks the whole category once in each direction', () => {
    const condors = inCategory(all, 'condors');
    let current: Browsable | undefined = newestFirst(condors).at(-1);
    const walked: string[] = [];
    while (current) {
      walked.push(current.slug);
      current = categoryNeighbours(current, all).next;
    }
    expect(walked).toEqual(
      newestFirst(condors)
        .reverse()
        .map((x) => x.slug),
    );
  });

  it('an article alone in its category has no neighbours', () => {
    expect(categoryNeighbours(all[2]!, all)).toEqual({});
  });
});

describe('byViews', () => {
  it('orders by views, most first; unviewed articles follow newest first', () => {
    const views = new Map([
      ['c1-old', 40],
      ['h1', 7],
      ['c2-mid', 40],
    ]);
    expect(byViews(all, views).map((x) => x.slug)).toEqual([
      'c2-mid', // 40, newer than c1-old
      'c1-old', // 40
      'h1',
      'c3-new',
      'c4-same-day-a',
      'c4-same-day-b',
    ]);
  });

  it('with no views at all is newest first', () => {
    expect(byViews(all, new Map())).toEqual(newestFirst(all));
  });
});
