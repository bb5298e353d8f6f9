import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { absoluteUrl } from '@/lib/seo';
import { sitemapEntries } from '@/lib/sitemap-entries';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries().map((entry) => ({
    url: absoluteUrl(env.SITE_URL, entry.path),
    ...(entry.lastModified ? { lastModified: entry.lastModified } : {}),
    priority: entry.priority,
  }));
}
