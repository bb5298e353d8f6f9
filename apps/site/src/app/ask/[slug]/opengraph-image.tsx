import { notFound } from 'next/navigation';
import { articles, getArticle } from '@/lib/content';
import { env } from '@/lib/env';
import { OG_CONTENT_TYPE, OG_SIZE, ogCard } from '@/lib/og-card';
import { articleCategory, site } from '@/lib/site';

export const alt = `${site.name} answer`;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamicParams = false;

export function generateStaticParams() {
  return articles.map((a) => ({ slug: a.slug }));
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
