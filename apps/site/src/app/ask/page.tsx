import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleCard } from '@/components/article-card';
import { ReaderQuestions } from '@/components/reader-questions';
import { articles } from '@/lib/content';
import { articleCategories, site } from '@/lib/site';

export const metadata: Metadata = {
  title: 'All answers',
  description: `Every ${site.name} answer, by topic: iron condors, VIX hedging, strike selection, risk and more.`,
  alternates: { canonical: '/ask' },
};

export default function AskIndexPage() {
  const groups = articleCategories
    .map((category) => ({ category, items: articles.filter((a) => a.category === category.slug) }))
    .filter((g) => g.items.length > 0);

  return (
    <div>
      <h1 className="text-3xl font-bold">All answers</h1>
      <p className="mt-2 text-muted">
        {articles.length} answers to traders’ questions, grouped by topic.
      </p>
      <p className="mt-3">
        <Link href="/ask/new" className="font-semibold text-accent underline underline-offset-2">
          Ask your own question
        </Link>
      </p>
      <div className="mt-6">
        <ReaderQuestions titles={Object.fromEntries(articles.map((a) => [a.slug, a.title]))} />
      </div>
      <nav aria-label="Topics" className="mt-5">
        <ul className="flex flex-wrap gap-2 text-sm">
          {groups.map(({ category, items }) => (
            <li key={category.slug}>
              <a
                href={`#${category.slug}`}
                className="inline-block rounded-full border border-border px-3 py-1 hover:bg-surface-2"
              >
                {category.name} ({items.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ category, items }) => (
        <section
          key={category.slug}
          id={category.slug}
          aria-labelledby={`${category.slug}-heading`}
          className="mt-10 scroll-mt-20"
        >
          <h2 id={`${category.slug}-heading`} className="text-2xl font-bold">
            {category.name}
          </h2>
          <p className="mt-1 text-muted">{category.description}</p>
          <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((a) => (
              <ArticleCard key={a.slug} article={a} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
