import { env } from '@/lib/env';
import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/lib/og-card';
import { site } from '@/lib/site';

export const alt = `${site.name}: answers for SPX options traders`;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

/** The site's sharing card, used by every page without a card of its own. */
export default function Image() {
  return ogCard({
    kicker: 'Answers · Glossary · Calculators',
    title: 'Answers for SPX options traders, with the numbers worked out.',
    subtitle: site.tagline,
    host: new URL(env.SITE_URL).host,
    siteName: site.name,
  });
}
