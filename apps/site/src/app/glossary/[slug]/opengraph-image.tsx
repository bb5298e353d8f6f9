import { notFound } from 'next/navigation';
import { getTerm } from '@/lib/content';
import { env } from '@/lib/env';
import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/lib/og-card';
import { site, termCategory } from '@/lib/site';

export const alt = `${site.sections.glossary} definition`;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
// Drawn on a card's first request and then kept by Next like a prerendered file, instead of all
// of them at every build (a minute at 2,000 answers): a slug without a document is a 404.
export function generateStaticParams() {
  return [];
}

/** The sharing card of one glossary term: its name, category and one-line subtitle. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const term = getTerm((await params).slug);
  if (!term) notFound();
  return ogCard({
    kicker: `Glossary · ${termCategory(term.category)?.name ?? term.category}`,
    title: term.aliases.length > 0 ? `${term.name} (${term.aliases[0]})` : term.name,
    subtitle: term.subtitle,
    host: new URL(env.SITE_URL).host,
    siteName: site.name,
  });
}
