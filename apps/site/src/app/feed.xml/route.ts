import { newestFirst, tagLabel } from '@/lib/browse';
import { articles } from '@/lib/content';
import { env } from '@/lib/env';
import { renderRss } from '@/lib/feed';
import { absoluteUrl, FEED_PATH } from '@/lib/seo';
import { articleCategory, site } from '@/lib/site';

/** Built once at build time, like the pages it lists. */
export const dynamic = 'force-static';

/** GET /feed.xml: RSS 2.0 of every answer, newest first. */
export function GET(): Response {
  const xml = renderRss(
    {
      title: `${site.name}: answers for SPX options traders`,
      description: site.description,
      link: absoluteUrl(env.SITE_URL, '/'),
      self: absoluteUrl(env.SITE_URL, FEED_PATH),
      language: site.locale,
    },
    newestFirst(articles).map((a) => ({
      title: a.title,
      link: absoluteUrl(env.SITE_URL, a.url),
      description: a.summary,
      date: a.date,
      author: a.author,
      categories: [articleCategory(a.category)?.name ?? a.category, ...a.tags.map(tagLabel)],
    })),
  );
  return new Response(xml, {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
}
