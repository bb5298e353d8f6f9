import type { Metadata } from 'next';
import { ArticleCard } from '@/components/article-card';
import { JsonLd } from '@/components/json-ld';
import { Link } from '@/components/link';
import { SearchForm } from '@/components/search-form';
import { TrialCta } from '@/components/trial-cta';
import { categoryCounts } from '@/lib/browse';
import { articles, calculatorGuides, terms } from '@/lib/content';
import { env } from '@/lib/env';
import { graphLd, organizationLd, pageMetadata, websiteLd } from '@/lib/seo';
import { articleCategories, site } from '@/lib/site';

export const metadata: Metadata = {
  ...pageMetadata(
    {
      title: `${site.name}: answers for SPX options traders`,
      description: site.description,
      path: '/',
    },
    site.name,
    site.locale,
  ),
  // The home page's title stands alone, without the "| VixShield Ask" template.
  title: { absolute: `${site.name}: answers for SPX options traders` },
};

const LATEST = 6;
const FEATURED = 3;
const GLOSSARY_HIGHLIGHTS = ['iron-condor', 'expected-move', 'vix', 'contango', 'delta', 'theta'];

export default function HomePage() {
  const latest = articles.slice(0, LATEST);
  const shown = new Set(latest.map((a) => a.slug));
  // Editors mark answers as featured; until there are enough, answers with a live calculator
  // (the site's strongest pages) fill the row.
  const featured = [
    ...articles.filter((a) => a.featured),
    ...articles.filter((a) => !a.featured && a.calculators.length > 0 && !shown.has(a.slug)),
  ].slice(0, FEATURED);
  const counts = categoryCounts(articles);
  const categories = articleCategories.filter((c) => (counts.get(c.slug) ?? 0) > 0);
  const highlights = terms
    .filter((t) => t.proprietary || GLOSSARY_HIGHLIGHTS.includes(t.slug))
    .slice(0, 12);
  const identity = {
    url: env.SITE_URL,
    name: site.name,
    description: site.description,
    locale: site.locale,
  };

  return (
    <div className="space-y-14">
      <JsonLd data={graphLd(organizationLd(identity), websiteLd(identity))} />
      <section className="pt-4">
        <h1 className="max-w-3xl text-4xl font-bold leading-tight tracking-tight sm:text-5xl">
          Answers for SPX options traders, with the numbers worked out.
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">{site.description}</p>
        <div className="mt-6">
          <SearchForm id="home-search" />
        </div>
        <div className="mt-5 flex flex-wrap gap-3">
          <Link
            href="/ask"
            className="rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90"
          >
            Browse {articles.length} answers
          </Link>
          <Link
            href="/glossary"
            className="rounded-md border border-border px-5 py-2.5 font-semibold hover:bg-surface-2"
          >
            Open the glossary
          </Link>
          <Link
            href="/calculators"
            className="rounded-md border border-border px-5 py-2.5 font-semibold hover:bg-surface-2"
          >
            Use a calculator
          </Link>
        </div>
      </section>

      {featured.length > 0 ? (
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="text-2xl font-bold">
            Featured answers
          </h2>
          <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {featured.map((a) => (
              <li key={a.slug}>
                <ArticleCard article={a} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="latest-heading">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="latest-heading" className="text-2xl font-bold">
            Latest answers
          </h2>
          <Link href="/ask" className="text-sm font-semibold text-accent hover:underline">
            All answers <span aria-hidden="true">→</span>
          </Link>
        </div>
        <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {latest.map((a) => (
            <li key={a.slug}>
              <ArticleCard article={a} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="text-2xl font-bold">
          Topics
        </h2>
        <ul className="mt-5 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {categories.map((c) => {
            const n = counts.get(c.slug) ?? 0;
            return (
              <li key={c.slug} className="rounded-lg border border-border p-4">
                <Link href={`/ask/category/${c.slug}`} className="font-semibold hover:underline">
                  {c.name}
                </Link>
                <p className="mt-1 text-sm text-muted">{c.description}</p>
                <p className="mt-2 text-xs text-muted">
                  {n} {n === 1 ? 'answer' : 'answers'}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="calculators-heading">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="calculators-heading" className="text-2xl font-bold">
            Calculators
          </h2>
          <Link href="/calculators" className="text-sm font-semibold text-accent hover:underline">
            All calculators <span aria-hidden="true">→</span>
          </Link>
        </div>
        <ul className="mt-5 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {calculatorGuides.map((guide) => (
            <li key={guide.slug} className="rounded-lg border border-border bg-surface p-4">
              <Link href={guide.url} className="font-semibold hover:underline">
                {guide.title}
              </Link>
              <p className="mt-1 text-sm text-muted">{guide.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      {highlights.length > 0 ? (
        <section aria-labelledby="glossary-heading">
          <div className="flex items-baseline justify-between gap-4">
            <h2 id="glossary-heading" className="text-2xl font-bold">
              From the glossary
            </h2>
            <Link href="/glossary" className="text-sm font-semibold text-accent hover:underline">
              All {terms.length} terms <span aria-hidden="true">→</span>
            </Link>
          </div>
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
