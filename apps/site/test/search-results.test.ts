import { describe, expect, it } from 'vitest';
import { groupHits, kindOfUrl, type SearchHit, sanitizeExcerpt, toHit } from '@/lib/search-results';

describe('kindOfUrl', () => {
  it('recognises answers, terms and calculators; other pages are not listed', () => {
    expect(kindOfUrl('/ask/how-to-layer-iron-condors')).toBe('article');
    expect(kindOfUrl('/glossary/rsi')).toBe('term');
    expect(kindOfUrl('/calculators/iron-condor')).toBe('calculator');
    expect(kindOfUrl('https://ask.example.com/glossary/rsi/')).toBe('term');
    for (const url of ['/', '/ask', '/ask/page/2', '/ask/tag/vix', '/glossary', '/trial'])
      expect(kindOfUrl(url), url).toBeUndefined();
  });
});

describe('sanitizeExcerpt', () => {
  it('keeps <mark> and escapes every other tag', () => {
    expect(sanitizeExcerpt('the <mark>contango</mark> roll <img src=x onerror=alert(1)>')).toBe(
      'the <mark>contango</mark> roll &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(sanitizeExcerpt('<mark onclick="x">a</mark>')).toBe('&lt;mark onclick="x"&gt;a</mark>');
  });
});

describe('toHit and groupHits', () => {
  it('toHit keeps the title and URL, and drops pages search does not list', () => {
    expect(
      toHit({ url: '/glossary/rsi/', excerpt: 'the <mark>RSI</mark>', meta: { title: ' RSI ' } }),
    ).toEqual({
      url: '/glossary/rsi',
      title: 'RSI',
      excerpt: 'the <mark>RSI</mark>',
      kind: 'term',
    });
    expect(toHit({ url: '/ask', excerpt: '', meta: {} })).toBeUndefined();
    expect(toHit({ url: '/ask/x', excerpt: '', meta: {} })?.title).toBe('/ask/x');
  });

  const hit = (url: string, kind: SearchHit['kind']): SearchHit => ({
    url,
    kind,
    title: url,
    excerpt: '',
  });

  it('groups as answers, terms, calculators, keeping relevance order and leaving out empty groups', () => {
    const groups = groupHits([
      hit('/glossary/a', 'term'),
      hit('/ask/b', 'article'),
      hit('/glossary/c', 'term'),
      hit('/ask/d', 'article'),
    ]);
    expect(groups.map((g) => [g.label, g.hits.map((h) => h.url)])).toEqual([
      ['Answers', ['/ask/b', '/ask/d']],
      ['Glossary terms', ['/glossary/a', '/glossary/c']],
    ]);
  });

  it('limits each group when asked', () => {
    const hits = Array.from({ length: 8 }, (_, i) => hit(`/ask/${i}`, 'article'));
    expect(groupHits(hits, 5)[0]?.hits).toHaveLength(5);
  });
});
