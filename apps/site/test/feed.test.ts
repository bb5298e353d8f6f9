import { describe, expect, it } from 'vitest';
import { escapeXml, renderRss, rfc822 } from '@/lib/feed';

describe('escapeXml', () => {
  it('escapes the five special characters and drops forbidden control characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    expect(escapeXml('bell\u0007 tab\t ok')).toBe('bell tab\t ok');
  });
});

describe('rfc822', () => {
  it('formats dates as RSS requires, in GMT', () => {
    expect(rfc822('2026-09-15T00:00:00.000Z')).toBe('Tue, 15 Sep 2026 00:00:00 GMT');
  });

  it('throws on an invalid date', () => {
    expect(() => rfc822('not a date')).toThrow(RangeError);
  });
});

describe('renderRss', () => {
  const channel = {
    title: 'Ask & answer',
    description: 'Answers',
    link: 'https://ask.example.com/',
    self: 'https://ask.example.com/feed.xml',
    language: 'en-US',
  };
  const items = [
    {
      title: 'Is < better than >?',
      link: 'https://ask.example.com/ask/a',
      description: 'Yes & no.',
      date: '2026-09-15',
      author: 'Team',
      categories: ['Iron Condors', 'VIX'],
    },
    {
      title: 'Older',
      link: 'https://ask.example.com/ask/b',
      description: 'B',
      date: '2026-01-02',
      author: 'Team',
      categories: [],
    },
  ];

  it('writes a channel with a self link, the newest date and one item per answer', () => {
    const xml = renderRss(channel, items);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<title>Ask &amp; answer</title>');
    expect(xml).toContain(
      '<atom:link href="https://ask.example.com/feed.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(xml).toContain('<lastBuildDate>Tue, 15 Sep 2026 00:00:00 GMT</lastBuildDate>');
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain('<title>Is &lt; better than &gt;?</title>');
    expect(xml).toContain('<guid isPermaLink="true">https://ask.example.com/ask/a</guid>');
    expect(xml).toContain('<category>VIX</category>');
  });

  it('has balanced elements', () => {
    const xml = renderRss(channel, items);
    for (const tag of ['rss', 'channel', 'item', 'title', 'description', 'link', 'guid'])
      expect(xml.match(new RegExp(`<${tag}[ >]`, 'g'))?.length, tag).toBe(
        xml.match(new RegExp(`</${tag}>`, 'g'))?.length,
      );
  });

  it('an empty feed has no items and no build date', () => {
    const xml = renderRss(channel, []);
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('lastBuildDate');
  });
});
