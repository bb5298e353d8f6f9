import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articleLd,
  authorLd,
  breadcrumbLd,
  definedTermLd,
  definedTermSetLd,
  graphLd,
  organizationLd,
  pageMetadata,
  serializeJsonLd,
  truncate,
  websiteLd,
} from '@/lib/seo';

const site = {
  url: 'https://ask.example.com',
  name: 'Example Ask',
  description: 'Answers.',
  locale: 'en-US',
};

describe('absoluteUrl', () => {
  it('joins origin and path with exactly one slash', () => {
    expect(absoluteUrl('https://a.b', '/ask/x')).toBe('https://a.b/ask/x');
    expect(absoluteUrl('https://a.b/', 'ask/x')).toBe('https://a.b/ask/x');
    expect(absoluteUrl('https://a.b', '/')).toBe('https://a.b/');
    expect(absoluteUrl('https://a.b', 'https://c.d/x')).toBe('https://c.d/x');
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(truncate('short  text', 20)).toBe('short text');
    const cut = truncate('one two three four five six seven eight nine ten', 25);
    expect(cut.length).toBeLessThanOrEqual(25);
    expect(cut).toBe('one two three four five…');
  });
});

describe('pageMetadata', () => {
  it('gives every page a canonical path, Open Graph, a large Twitter card and the feed', () => {
    const m = pageMetadata(
      { title: 'Glossary', description: 'All terms.', path: '/glossary' },
      'Example Ask',
      'en-US',
    );
    expect(m.title).toBe('Glossary');
    expect(m.alternates?.canonical).toBe('/glossary');
    expect(m.alternates?.types).toEqual({
      'application/rss+xml': [{ url: '/feed.xml', title: 'Example Ask answers' }],
    });
    expect(m.openGraph).toMatchObject({
      type: 'website',
      url: '/glossary',
      siteName: 'Example Ask',
      locale: 'en_US',
    });
    expect(m.twitter).toMatchObject({
      card: 'summary_large_image',
      site: '@VixShield',
      title: 'Glossary',
    });
    expect(
      pageMetadata({ title: 'T', description: 'D.', path: '/t' }, 'Example Ask', 'en-US', '@ex')
        .twitter,
    ).toMatchObject({ site: '@ex' });
    // The site card, which answers and terms replace with their own opengraph-image file.
    expect(m.openGraph?.images).toEqual([
      { url: '/opengraph-image', width: 1200, height: 630, alt: 'Example Ask: Glossary' },
    ]);
    expect(m.twitter?.images).toEqual(m.openGraph?.images);
    const own = pageMetadata(
      { title: 'Q', description: 'A.', path: '/ask/q', type: 'article', ownImage: true },
      'Example Ask',
      'en-US',
    );
    expect(own.openGraph?.images).toBeUndefined();
    expect(own.twitter?.images).toBeUndefined();
    expect(m.robots).toBeUndefined();
  });

  it('article pages carry publication date, section and tags; noIndex pages say so', () => {
    const m = pageMetadata(
      {
        title: 'Q?',
        description: 'A.',
        path: '/ask/q',
        type: 'article',
        publishedTime: '2026-09-15',
        section: 'Iron Condors',
        tags: ['VIX'],
      },
      'Example Ask',
      'en-US',
    );
    expect(m.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-09-15',
      section: 'Iron Condors',
      tags: ['VIX'],
    });
    const hidden = pageMetadata(
      { title: 'Search', description: 'Find.', path: '/search', noIndex: true },
      'Example Ask',
      'en-US',
    );
    expect(hidden.robots).toEqual({ index: false, follow: true });
  });

  it('keeps descriptions to 300 characters', () => {
    const m = pageMetadata(
      { title: 'T', description: 'word '.repeat(200), path: '/t' },
      'Example Ask',
      'en-US',
    );
    expect(String(m.description).length).toBeLessThanOrEqual(300);
  });
});

describe('JSON-LD', () => {
  it('breadcrumbLd numbers items from 1 with absolute URLs', () => {
    expect(
      breadcrumbLd(site.url, [
        { name: 'Home', path: '/' },
        { name: 'Glossary', path: '/glossary' },
      ]),
    ).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://ask.example.com/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Glossary',
          item: 'https://ask.example.com/glossary',
        },
      ],
    });
  });

  it('articleLd describes the answer, its publisher, source book and terms', () => {
    const ld = articleLd(site, {
      title: 'How wide should condor wings be?',
      summary: 'It depends on the credit.',
      path: '/ask/wings',
      date: '2026-09-15T00:00:00.000Z',
      author: 'Example Research Team',
      category: 'Iron Condors',
      tags: ['iron condors', 'VIX'],
      wordCount: 1200,
      imagePath: '/ask/wings/opengraph-image',
      basedOn: { title: 'SPX Mastery', author: 'Russell Clark' },
      about: [
        { name: 'Iron Condor', path: '/glossary/iron-condor' },
        { name: 'Delta', path: '/glossary/delta' },
      ],
      glossaryName: 'Example Glossary',
    }) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'How wide should condor wings be?',
      url: 'https://ask.example.com/ask/wings',
      mainEntityOfPage: 'https://ask.example.com/ask/wings',
      datePublished: '2026-09-15',
      author: { '@type': 'Organization', name: 'Example Research Team' },
      // The publisher is defined in place, name and logo included, not only referenced by @id.
      publisher: {
        '@type': 'Organization',
        '@id': 'https://ask.example.com/#organization',
        name: 'Example Ask',
        logo: {
          '@type': 'ImageObject',
          url: 'https://ask.example.com/logo.png',
          width: '512',
          height: '512',
        },
      },
      isPartOf: {
        '@type': 'WebSite',
        '@id': 'https://ask.example.com/#website',
        name: 'Example Ask',
      },
      image: 'https://ask.example.com/ask/wings/opengraph-image',
      keywords: 'iron condors, VIX',
      isBasedOn: {
        '@type': 'Book',
        name: 'SPX Mastery',
        author: { '@type': 'Person', name: 'Russell Clark' },
      },
      about: [
        {
          '@type': 'DefinedTerm',
          name: 'Iron Condor',
          url: 'https://ask.example.com/glossary/iron-condor',
          inDefinedTermSet: {
            '@type': 'DefinedTermSet',
            '@id': 'https://ask.example.com/glossary#glossary',
            name: 'Example Glossary',
            url: 'https://ask.example.com/glossary',
          },
        },
        {
          '@type': 'DefinedTerm',
          name: 'Delta',
          inDefinedTermSet: { '@id': 'https://ask.example.com/glossary#glossary' },
        },
      ],
    });
  });

  it('articleLd keeps headlines within 110 characters', () => {
    const ld = articleLd(site, {
      title: 'word '.repeat(40),
      summary: 's',
      path: '/ask/x',
      date: '2026-01-01',
      author: 'A',
      category: 'C',
      tags: [],
      wordCount: 1,
      imagePath: '/x.png',
      about: [],
      glossaryName: 'G',
    }) as unknown as { headline: string; about?: unknown; isBasedOn?: unknown };
    expect(ld.headline.length).toBeLessThanOrEqual(110);
    expect(ld.about).toBeUndefined();
    expect(ld.isBasedOn).toBeUndefined();
  });

  it('authorLd: teams are organisations, names are people', () => {
    expect(authorLd('VixShield Research Team', site.url)).toMatchObject({
      '@type': 'Organization',
    });
    expect(authorLd('Jane Doe', site.url)).toEqual({ '@type': 'Person', name: 'Jane Doe' });
  });

  it('definedTermLd places the term in the glossary set, with aliases as alternate names', () => {
    const ld = definedTermLd(site, 'Example Glossary', {
      name: 'Relative Strength Index',
      aliases: ['RSI'],
      definition: 'A momentum oscillator.',
      path: '/glossary/rsi',
      category: 'Technical Indicators',
    }) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'DefinedTerm',
      name: 'Relative Strength Index',
      alternateName: ['RSI'],
      termCode: 'rsi',
      url: 'https://ask.example.com/glossary/rsi',
      inDefinedTermSet: {
        '@type': 'DefinedTermSet',
        '@id': 'https://ask.example.com/glossary#glossary',
        name: 'Example Glossary',
      },
    });
  });

  it('a term names its glossary and the glossary its publisher, in place', () => {
    const ld = definedTermLd(site, 'G', {
      name: 'A',
      aliases: [],
      definition: 'a',
      path: '/glossary/a',
      category: 'x',
    }) as unknown as { inDefinedTermSet: { publisher: Record<string, unknown> } };
    expect(ld.inDefinedTermSet.publisher).toMatchObject({
      '@type': 'Organization',
      name: 'Example Ask',
      logo: { '@type': 'ImageObject' },
    });
  });

  it('definedTermSetLd lists every term when given them', () => {
    const set = definedTermSetLd(site, 'G', [
      { name: 'A', aliases: [], definition: 'a', path: '/glossary/a', category: 'x' },
    ]) as unknown as { hasDefinedTerm: unknown[] };
    expect(set.hasDefinedTerm).toEqual([
      { '@type': 'DefinedTerm', name: 'A', url: 'https://ask.example.com/glossary/a' },
    ]);
  });

  it('websiteLd offers the search page as a SearchAction; organizationLd has a logo', () => {
    expect(websiteLd(site)).toMatchObject({
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://ask.example.com/search?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
    expect(organizationLd(site, { path: '/brand.png', size: 256 })).toMatchObject({
      '@id': 'https://ask.example.com/#organization',
      name: 'Example Ask',
      logo: {
        '@type': 'ImageObject',
        url: 'https://ask.example.com/brand.png',
        contentUrl: 'https://ask.example.com/brand.png',
        width: '256',
        height: '256',
      },
    });
  });

  it('graphLd wraps nodes with the schema.org context', () => {
    expect(graphLd(websiteLd(site))).toMatchObject({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite' }],
    });
  });

  it('serializeJsonLd cannot close the script element early and round-trips', () => {
    const data = { name: '</script><script>alert(1)</script>', line: 'a\u2028b' };
    const text = serializeJsonLd(data);
    expect(text).not.toContain('</script');
    expect(text).not.toContain('\u2028');
    expect(JSON.parse(text)).toEqual(data);
  });
});
