import { describe, expect, it } from 'vitest';
import { aliasRedirects, aliasSlug } from '@/lib/alias-redirects';

describe('aliasSlug', () => {
  it('turns names and abbreviations into URL slugs', () => {
    expect(aliasSlug('Relative Strength Index (RSI)')).toBe('relative-strength-index-rsi');
    expect(aliasSlug('P/E Ratio')).toBe('p-e-ratio');
    expect(aliasSlug('S&P 500')).toBe('s-and-p-500');
    expect(aliasSlug('Naïve')).toBe('naive');
  });
});

describe('aliasRedirects', () => {
  it('redirects every alias to the canonical page, never a canonical slug, never twice', () => {
    const redirects = aliasRedirects([
      { slug: 'rsi', name: 'Relative Strength Index', aliases: ['RSI', 'relative strength index'] },
      { slug: 'macd', name: 'MACD', aliases: ['rsi'] },
    ]);
    expect(redirects).toEqual([
      {
        source: '/glossary/relative-strength-index',
        destination: '/glossary/rsi',
        permanent: true,
      },
    ]);
  });
});
