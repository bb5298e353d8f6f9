import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { absoluteUrl } from '@/lib/seo';

/**
 * Everything public may be crawled except the API, the admin area and internal search results
 * (which also carry noindex). One canonical host: the one in SITE_URL.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/admin', '/search'] }],
    sitemap: absoluteUrl(env.SITE_URL, '/sitemap.xml'),
    host: new URL(env.SITE_URL).host,
  };
}
