import type * as React from 'react';
import { Link } from '@/components/link';
import { categoryCounts, tagCounts } from '@/lib/browse';
import type { Question } from '@/lib/content';
import { articles } from '@/lib/content';
import { PAGE_SIZE, type Page, pageHref } from '@/lib/pagination';
import type { Crumb } from '@/lib/seo';
import { articleCategories } from '@/lib/site';
import { ArticleCard } from './article-card';
import { Breadcrumbs } from './breadcrumbs';
import { ListingSort } from './listing-sort';
import { PaginationNav } from './pagination-nav';

const chip =
  'inline-flex items-center gap-1.5 rounded-full border border-border px-3 py-1 text-sm hover:bg-surface-2 aria-[current=true]:border-accent aria-[current=true]:bg-accent aria-[current=true]:text-on-accent';

/**
 * One page of a listing of answers (all, a category or a tag): breadcrumbs, heading, topic and
 * tag filters, the sort switch, the cards and the pager. Every page is static.
 */
export function ArticleListing({
  title,
  intro,
  crumbs,
  base,
  page,
  category,
  tag,
  aside,
}: {
  title: string;
  intro: React.ReactNode;
  crumbs: Crumb[];
  /** URL of page 1 of this listing. */
  base: string;
  page: Page<Question>;
  category?: string;
  tag?: string;
  /** Shown under the intro, e.g. the glossary definition a tag stands for. */
  aside?: React.ReactNode;
}) {
  const counts = categoryCounts(articles);
  const categories = articleCategories.filter((c) => (counts.get(c.slug) ?? 0) > 0);
  const tags = tagCounts(articles);
  const currentPath = pageHref(base, page.page);

  return (
    <div>
      <Breadcrumbs crumbs={crumbs} />
      <h1 className="mt-4 text-3xl font-bold">{title}</h1>
      <div className="mt-2 max-w-3xl text-muted">{intro}</div>
      {aside}

      <nav aria-label="Filter answers" className="no-print mt-6 space-y-3">
        <ul className="flex flex-wrap gap-2" aria-label="Topics">
          <li>
            <Link
              href="/ask"
              className={chip}
              aria-current={!category && !tag ? 'true' : undefined}
            >
              All ({articles.length})
            </Link>
          </li>
          {categories.map((c) => (
            <li key={c.slug}>
              <Link
                href={`/ask/category/${c.slug}`}
                className={chip}
                aria-current={category === c.slug ? 'true' : undefined}
              >
                {c.name} ({counts.get(c.slug)})
              </Link>
            </li>
          ))}
        </ul>
        <details className="group rounded-lg border border-border bg-surface" open={Boolean(tag)}>
          <summary className="cursor-pointer select-none rounded-lg px-4 py-2 text-sm font-medium hover:bg-surface-2">
            Filter by tag{tag ? '' : ` (${tags.length} tags)`}
          </summary>
          <ul className="flex flex-wrap gap-2 px-4 pt-1 pb-4" aria-label="Tags">
            {tags.map((t) => (
              <li key={t.slug}>
                <Link
                  href={`/ask/tag/${t.slug}`}
                  className={chip}
                  aria-current={tag === t.slug ? 'true' : undefined}
                >
                  {t.label} ({t.count})
                </Link>
              </li>
            ))}
          </ul>
        </details>
      </nav>

      <ListingSort
        base={base}
        currentPath={currentPath}
        pageSize={PAGE_SIZE}
        {...(category ? { category } : {})}
        {...(tag ? { tag } : {})}
      >
        <p className="mt-6 text-sm text-muted" data-testid="listing-range">
          {page.total === 0
            ? 'No answers yet.'
            : `Showing ${page.from}–${page.to} of ${page.total}, newest first.`}
        </p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="listing">
          {page.items.map((a) => (
            <li key={a.slug}>
              <ArticleCard article={a} headingLevel={2} />
            </li>
          ))}
        </ul>
        <PaginationNav base={base} page={page.page} pageCount={page.pageCount} />
      </ListingSort>
    </div>
  );
}
