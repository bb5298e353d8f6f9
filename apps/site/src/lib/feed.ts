/**
 * RSS 2.0 feed of the answers (/feed.xml). Written by hand: the format is small and a library
 * would add a dependency for twenty lines.
 */

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the site. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  self: string;
  language: string;
}

export interface FeedItem {
  title: string;
  /** Absolute URL; also the item's permanent guid. */
  link: string;
  description: string;
  /** ISO date. */
  date: string;
  author: string;
  categories: string[];
}

/** Escapes the five XML special characters and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** RFC 822 date as RSS requires: "Tue, 15 Sep 2026 00:00:00 GMT". */
export function rfc822(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${iso}`);
  return date.toUTCString();
}

export function renderRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  const newest = items.reduce<string | undefined>(
    (latest, item) => (!latest || item.date > latest ? item.date : latest),
    undefined,
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<description>${escapeXml(channel.description)}</description>`,
    `<language>${escapeXml(channel.language)}</language>`,
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
  ];
  for (const item of items) {
    lines.push(
      '<item>',
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(item.link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
      `<pubDate>${rfc822(item.date)}</pubDate>`,
      `<dc:creator>${escapeXml(item.author)}</dc:creator>`,
      ...item.categories.map((c) => `<category>${escapeXml(c)}</category>`),
      `<description>${escapeXml(item.description)}</description>`,
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>');
  return `${lines.join('\n')}\n`;
}
