import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article-card';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CitationBlock } from '@/components/citation-block';
import { CommunityPulse } from '@/components/community-pulse';
import { JsonLd } from '@/components/json-ld';
import { Link } from '@/components/link';
import { MdxBody } from '@/components/mdx-body';
import { PrevNext } from '@/components/prev-next';
import { QuestionBox } from '@/components/question-box';
import { ReaderQuestions } from '@/components/reader-questions';
import { RiskDisclaimer } from '@/components/risk-disclaimer';
import { TableOfContents } from '@/components/table-of-contents';
import { TermChips } from '@/components/term-chips';
import { TrialCta } from '@/components/trial-cta';
import { ViewCount } from '@/components/view-count';
import { categoryNeighbours, tagLabel } from '@/lib/browse';
import { apaCitation } from '@/lib/citation';
import { articles, compiledBody, getArticle, keepReading, termsReferencedBy } from '@/lib/content';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format';
import type { Heading } from '@/lib/mdx-scan';
import { articleLd, graphLd, pageMetadata } from '@/lib/seo';
import { articleCategory, site } from '@/lib/site';

export const dynamicParams = false;

/** The question box's fragment, where the Community Pulse sends a reader when it has little to show. */
const ASK_ANCHOR = 'ask-a-question';

export function generateStaticParams() {
  return articles.map((a) => ({ slug: a.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return pageMetadata(
    {
      title: article.title,
      description: article.summary,
      path: article.url,
      type: 'article',
      publishedTime: article.date.slice(0, 10),
      section: articleCategory(article.category)?.name ?? article.category,
      tags: article.tags.map(tagLabel),
      authors: [article.author],
      ownImage: true,
    },
    site.name,
    site.locale,
  );
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();

  const category = articleCategory(article.category);
  const basedOn = article.basedOn;
  const referenced = termsReferencedBy(article);
  const related = keepReading(article);
  const { previous, next } = categoryNeighbours(article, articles);
  const headings = (article.headings ?? []) as Heading[];
  const categoryName = category?.name ?? article.category;
  const structuredData = articleLd(
    { url: env.SITE_URL, name: site.name, description: site.description, locale: site.locale },
    {
      title: article.title,
      summary: article.summary,
      path: article.url,
      date: article.date,
      author: article.author,
      category: categoryName,
      tags: article.tags.map(tagLabel),
      wordCount: article.wordCount,
      imagePath: `${article.url}/opengraph-image`,
      basedOn,
      about: referenced.map((t) => ({ name: t.name, path: t.url })),
      glossaryName: site.sections.glossary,
    },
  );
  const citation = apaCitation({
    author: article.author,
    date: article.date,
    title: article.title,
    section: site.sections.ask,
    url: `${env.SITE_URL}${article.url}`,
  });

  return (
    <article className="mx-auto max-w-3xl" data-testid="article">
      <JsonLd data={graphLd(structuredData)} />
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: '/' },
          { name: 'Answers', path: '/ask' },
          { name: categoryName, path: `/ask/category/${article.category}` },
          { name: article.title, path: article.url },
        ]}
      />
      <header className="mt-4">
        <p
          className="text-sm font-semibold uppercase tracking-wide text-accent"
          data-testid="category"
          data-pagefind-ignore="all"
        >
          <Link href={`/ask/category/${article.category}`} className="hover:underline">
            {categoryName}
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-[2.1rem]">{article.title}</h1>
        <p className="mt-4 text-sm text-muted" data-testid="byline" data-pagefind-ignore="all">
          {/* Each figure stays on one line: a phone wraps between items, never inside one. */}
          By <span className="font-medium text-fg">{article.author}</span> ·{' '}
          {basedOn ? (
            <>
              Based on{' '}
              <cite className="not-italic">
                {basedOn.title} by {basedOn.author}
              </cite>{' '}
              ·{' '}
            </>
          ) : null}
          <time dateTime={article.date.slice(0, 10)} className="whitespace-nowrap">
            {formatDate(article.date)}
          </time>{' '}
          · <span className="whitespace-nowrap">{article.readingTime} min read</span>
          <ViewCount slug={article.slug} />
        </p>
        <ul
          aria-label="Topics"
          className="mt-3 flex flex-wrap gap-2"
          data-testid="tags"
          data-pagefind-ignore="all"
        >
          {article.tags.map((tag) => (
            <li key={tag}>
              <Link
                href={`/ask/tag/${tag}`}
                className="inline-block rounded-full border border-border px-2.5 py-0.5 text-xs text-muted hover:border-accent hover:text-accent"
              >
                {tagLabel(tag)}
              </Link>
            </li>
          ))}
        </ul>
      </header>

      <TableOfContents headings={headings} />

      <section aria-labelledby="answer-heading" className="mt-8">
        <h2 id="answer-heading" className="text-lg font-bold text-accent" data-pagefind-ignore>
          {site.answerHeading}
        </h2>
        <div className="prose-answer mt-3" data-testid="answer">
          <MdxBody code={compiledBody(article)} calculators={article.calculators} />
        </div>
      </section>

      {/* Below the fold: laid out and painted only when it comes near the viewport. */}
      <div className="below-fold mt-10 space-y-8" data-pagefind-ignore="all">
        <RiskDisclaimer />

        {article.editorsView ? (
          <section
            aria-labelledby="editors-view-heading"
            className="rounded-lg border border-border bg-surface p-5"
            data-testid="editors-view"
          >
            <h2 id="editors-view-heading" className="text-base font-semibold">
              Editors' view
            </h2>
            <p className="mt-2 text-sm leading-relaxed">{article.editorsView}</p>
          </section>
        ) : null}

        <section aria-labelledby="terms-heading" data-testid="terms-referenced">
          <h2 id="terms-heading" className="text-base font-semibold">
            Glossary Terms Referenced
          </h2>
          <TermChips terms={referenced} />
        </section>

        <CitationBlock citation={citation} />

        <div className="no-print space-y-8">
          <TrialCta from={`ask/${article.slug}`} />

          <CommunityPulse articleSlug={article.slug} askAnchor={ASK_ANCHOR} />

          <ReaderQuestions articleSlug={article.slug} />

          <QuestionBox articleSlug={article.slug} sectionId={ASK_ANCHOR} />
        </div>

        <PrevNext categoryName={categoryName} previous={previous} next={next} />

        {related.length > 0 ? (
          <section
            aria-labelledby="keep-reading-heading"
            data-testid="keep-reading"
            className="no-print"
          >
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
