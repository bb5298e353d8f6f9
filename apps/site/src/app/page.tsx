import Link from 'next/link';
import { ArticleCard } from '@/components/article-card';
import { TrialCta } from '@/components/trial-cta';
import { articles, terms } from '@/lib/content';
import { articleCategories, site } from '@/lib/site';

export default function HomePage() {
  const latest = articles.slice(0, 6);
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.category, (counts.get(a.category) ?? 0) + 1);
  const categories = articleCategories.filter((c) => (counts.get(c.slug) ?? 0) > 0);
  const highlights = terms
    .filter(
      (t) => t.proprietary || ['iron-condor', 'expected-move', 'vix', 'contango'].includes(t.slug),
    )
    .slice(0, 10);

  return (
    <div className="space-y-14">
      <section className="pt-4">
        <h1 className="max-w-3xl text-4xl font-bold leading-tight tracking-tight sm:text-5xl">
          Answers for SPX options traders, with the numbers worked out.
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">{site.description}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href="/ask"
            className="rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90"
          >
            Browse the answers
          </Link>
          <Link
            href="/glossary"
            className="rounded-md border border-border px-5 py-2.5 font-semibold hover:bg-surface-2"
          >
            Open the glossary
          </Link>
        </div>
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="text-2xl font-bold">
          Latest answers
        </h2>
        <div className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {latest.map((a) => (
            <ArticleCard key={a.slug} article={a} />
          ))}
        </div>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="text-2xl font-bold">
          Topics
        </h2>
        <ul className="mt-5 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {categories.map((c) => (
            <li key={c.slug} className="rounded-lg border border-border p-4">
              <Link href={`/ask#${c.slug}`} className="font-semibold hover:underline">
                {c.name}
              </Link>
              <p className="mt-1 text-sm text-muted">{c.description}</p>
              <p className="mt-2 text-xs text-muted">
                {counts.get(c.slug)} {counts.get(c.slug) === 1 ? 'answer' : 'answers'}
              </p>
            </li>
          ))}
        </ul>
      </section>

      {highlights.length > 0 ? (
        <section aria-labelledby="glossary-heading">
          <h2 id="glossary-heading" className="text-2xl font-bold">
            From the glossary
          </h2>
          <ul className="mt-5 flex flex-wrap gap-2">
            {highlights.map((t) => (
              <li key={t.slug}>
                <Link
                  href={t.url}
                  className="inline-block rounded-md border border-border bg-surface px-3 py-1.5 text-sm hover:border-accent hover:text-accent"
                >
                  {t.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <TrialCta from="home" />
    </div>
  );
}
