import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article-card';
import { CitationBlock } from '@/components/citation-block';
import { MdxContent } from '@/components/mdx-content';
import { QuestionBox } from '@/components/question-box';
import { ReaderQuestions } from '@/components/reader-questions';
import { RiskDisclaimer } from '@/components/risk-disclaimer';
import { TrialCta } from '@/components/trial-cta';
import { ViewCount } from '@/components/view-count';
import { apaCitation } from '@/lib/citation';
import { articles, getArticle, keepReading, termsReferencedBy } from '@/lib/content';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format';
import { articleCategory, site } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return articles.map((a) => ({ slug: a.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: article.url },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.summary,
      url: article.url,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();

  const category = articleCategory(article.category);
  const basedOn = article.basedOn ?? site.defaultBasedOn;
  const referenced = termsReferencedBy(article);
  const related = keepReading(article);
  const citation = apaCitation({
    author: article.author,
    date: article.date,
    title: article.title,
    section: site.sections.ask,
    url: `${env.SITE_URL}${article.url}`,
  });

  return (
    <article className="mx-auto max-w-3xl" data-testid="article">
      <header>
        <p
          className="text-sm font-semibold uppercase tracking-wide text-accent"
          data-testid="category"
        >
          {category?.name}
        </p>
        <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-[2.1rem]">{article.title}</h1>
        <p className="mt-4 text-sm text-muted" data-testid="byline">
          By <span className="font-medium text-fg">{article.author}</span> · Based on{' '}
          <cite className="not-italic">
            {basedOn.title} by {basedOn.author}
          </cite>{' '}
          · <time dateTime={article.date.slice(0, 10)}>{formatDate(article.date)}</time> ·{' '}
          {article.readingTime} min read
          <ViewCount slug={article.slug} />
        </p>
        <ul aria-label="Topics" className="mt-3 flex flex-wrap gap-2" data-testid="tags">
          {article.tags.map((tag) => (
            <li
              key={tag}
              className="rounded-full border border-border px-2.5 py-0.5 text-xs text-muted"
            >
              {tag.replace(/-/g, ' ')}
            </li>
          ))}
        </ul>
      </header>

      <section aria-labelledby="answer-heading" className="mt-8">
        <h2 id="answer-heading" className="text-lg font-bold text-accent">
          {site.answerHeading}
        </h2>
        <div className="prose-answer mt-3" data-testid="answer">
          <MdxContent code={article.body.code} />
        </div>
      </section>

      <div className="mt-10 space-y-8">
        <RiskDisclaimer />

        {article.communityPulse ? (
          <section
            aria-labelledby="pulse-heading"
            className="rounded-lg border border-border bg-surface p-5"
          >
            <h2 id="pulse-heading" className="text-base font-semibold">
              Community Pulse
            </h2>
            <p className="mt-2 text-sm leading-relaxed">{article.communityPulse}</p>
          </section>
        ) : null}

        <section aria-labelledby="terms-heading" data-testid="terms-referenced">
          <h2 id="terms-heading" className="text-base font-semibold">
            Glossary Terms Referenced
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {referenced.map((term) => (
              <li key={term.slug}>
                <Link
                  href={term.url}
                  className="inline-block rounded-md border border-border bg-surface px-2.5 py-1 text-sm hover:border-accent hover:text-accent"
                >
                  {term.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <CitationBlock citation={citation} />

        <TrialCta from={`ask/${article.slug}`} />

        <ReaderQuestions articleSlug={article.slug} />

        <QuestionBox articleSlug={article.slug} />

        {related.length > 0 ? (
          <section aria-labelledby="keep-reading-heading" data-testid="keep-reading">
            <h2 id="keep-reading-heading" className="text-xl font-bold">
              Keep Reading
            </h2>
            <div className="mt-4 grid gap-4 sm:grid-cols-2">
              {related.map((r) => (
                <ArticleCard key={r.slug} article={r} />
              ))}
            </div>
          </section>
        ) : null}
      </div>
    </article>
  );
}
