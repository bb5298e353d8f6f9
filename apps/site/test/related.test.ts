import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryNeighbours } from '@/lib/browse';
import { keepReadingFor, type Relatable, relatedArticles } from '@/lib/related';

const a = (
  slug: string,
  category: string,
  tags: string[],
  date: string,
  related: string[] = [],
): Relatable => ({
  slug,
  category,
  tags,
  date,
  related,
});

const all = [
  a('base', 'iron-condors', ['layering', 'dte', 'theta'], '2026-10-01', [
    'explicit-b',
    'explicit-a',
  ]),
  a('explicit-a', 'vix-hedging', [], '2026-01-01'),
  a('explicit-b', 'macro', [], '2026-01-02'),
  a('two-tags', 'risk', ['layering', 'dte'], '2026-05-01'),
  a('one-tag-same-category', 'iron-condors', ['theta'], '2026-04-01'),
  a('one-tag-newer', 'risk', ['theta'], '2026-09-01'),
  a('one-tag-older', 'risk', ['dte'], '2026-03-01'),
  a('unrelated', 'macro', ['rates'], '2026-11-01'),
];

describe('relatedArticles', () => {
  it('puts explicit related slugs first, in the author’s order', () => {
    const result = relatedArticles(all[0]!, all, 3).map((r) => r.slug);
    expect(result).toEqual(['explicit-b', 'explicit-a', 'two-tags']);
  });

  it('ranks shared tags (2 each) above a shared category (1), then newest first', () => {
    const noExplicit = { ...all[0]!, related: [] };
    const result = relatedArticles(noExplicit, all, 10).map((r) => r.slug);
    expect(result).toEqual(['two-tags', 'one-tag-same-category', 'one-tag-newer', 'one-tag-older']);
  });

  it('never includes the article itself, unknown slugs or articles with nothing in common', () => {
    const self = { ...all[0]!, related: ['base', 'missing'] };
    const result = relatedArticles(self, all, 10).map((r) => r.slug);
    expect(result).not.toContain('base');
    expect(result).not.toContain('missing');
    expect(result).not.toContain('unrelated');
  });
});

describe('keepReadingFor', () => {
  it('leaves out the previous and next answer of the category and fills the list from further down', () => {
    // In iron-condors by date: one-tag-same-category (April), base (October), later (December).
    const later = a(
      'later-same-category',
      'iron-condors',
      ['layering', 'dte', 'theta'],
      '2026-12-01',
    );
    const withNeighbours = [...all, later];
    const base = { ...all[0]!, related: [] };
    const list = [base, ...withNeighbours.slice(1)];
    const { previous, next } = categoryNeighbours(base, list);
    expect([previous?.slug, next?.slug]).toEqual(['one-tag-same-category', 'later-same-category']);
    // Without the rule the best match is the next answer of the category, already linked above.
    expect(relatedArticles(base, list, 3).map((r) => r.slug)).toContain('later-same-category');
    const result = keepReadingFor(base, list, 3).map((r) => r.slug);
    expect(result).toEqual(['two-tags', 'one-tag-newer', 'one-tag-older']);
  });

  it('on the real content, no answer repeats its previous or next answer under Keep Reading', () => {
    const index = new URL('../.contentlayer/generated/Question/_index.json', import.meta.url);
    const articles = JSON.parse(readFileSync(index, 'utf8')) as Relatable[];
    expect(articles.length).toBeGreaterThan(10);
    for (const article of articles) {
      const { previous, next } = categoryNeighbours(article, articles);
      const shown = keepReadingFor(article, articles).map((r) => r.slug);
      expect(shown, article.slug).not.toContain(previous?.slug);
      expect(shown, article.slug).not.toContain(next?.slug);
      expect(new Set(shown).size, article.slug).toBe(shown.length);
    }
  });
});
