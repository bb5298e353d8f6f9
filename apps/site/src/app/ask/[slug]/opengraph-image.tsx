import { notFound } from 'next/navigation';
import { getArticle } from '@/lib/content';
import { env } from '@/lib/env';
import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/lib/og-card';
import { articleCategory, site } from '@/lib/site';

export const alt = `${site.name} answer`;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
// Drawn on a card's first request and then kept by Next like a prerendered file, instead of all
// of them at every build (a minute at 2,000 answers): a slug without a document is a 404.
export function generateStaticParams() {
  return [];
}

/** The sharing card of one answer: its question, category and summary. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return ogCard({
    kicker: `Answer · ${articleCategory(article.category)?.name ?? article.category}`,
    title: article.title,
    subtitle: article.summary,
    host: new URL(env.SITE_URL).host,
    siteName: site.name,
  });
}
