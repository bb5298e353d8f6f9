import { notFound } from 'next/navigation';
import { getTerm, terms } from '@/lib/content';
import { env } from '@/lib/env';
import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/lib/og-card';
import { site, termCategory } from '@/lib/site';

export const alt = `${site.sections.glossary} definition`;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamicParams = false;

export function generateStaticParams() {
  return terms.map((t) => ({ slug: t.slug }));
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
