'use client';

import type * as React from 'react';
import { useCallback, useEffect, useState } from 'react';
import { formatCount, formatShortDate } from '@/lib/format';

type Sort = 'newest' | 'views';

interface RankedItem {
  slug: string;
  url: string;
  title: string;
  summary: string;
  category: string;
  date: string;
  readingTime: number;
  views: number;
}

interface RankedPage {
  page: number;
  pageCount: number;
  total: number;
  items: RankedItem[];
}

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: RankedPage };

function readLocation(): { sort: Sort; page: number } {
  const params = new URLSearchParams(window.location.search);
  const page = Number(params.get('page') ?? '1');
  return {
    sort: params.get('sort') === 'views' ? 'views' : 'newest',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

const toggle =
  'inline-flex items-center rounded-md px-3 py-1.5 text-sm font-medium aria-[current=true]:bg-accent aria-[current=true]:text-on-accent hover:bg-surface-2 aria-[current=true]:hover:bg-accent';

/**
 * Newest / Most viewed. The listing's pages are static and newest-first (the server-rendered
 * `children`); "Most viewed" is `?sort=views` on the listing's first page, ranked from stored
 * view counts by /api/views/top after the page loads, so the pages stay static and cacheable.
 */
export function ListingSort({
  base,
  currentPath,
  category,
  tag,
  pageSize,
  children,
}: {
  /** URL of the listing's first page. */
  base: string;
  /** URL of the static page being shown (the "Newest" link keeps the reader on it). */
  currentPath: string;
  category?: string;
  tag?: string;
  pageSize: number;
  children: React.ReactNode;
}) {
  const [sort, setSort] = useState<Sort>('newest');
  const [page, setPage] = useState(1);
  const [state, setState] = useState<State>({ status: 'idle' });

  useEffect(() => {
    const sync = () => {
      const location = readLocation();
      setSort(location.sort);
      setPage(location.page);
    };
    sync();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, []);

  useEffect(() => {
    if (sort !== 'views') return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    const query = new URLSearchParams({ page: String(page), size: String(pageSize) });
    if (category) query.set('category', category);
    if (tag) query.set('tag', tag);
    fetch(`/api/views/top?${query}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`status ${response.status}`);
        setState({ status: 'ready', data: (await response.json()) as RankedPage });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn('Most viewed: could not load view counts', error);
        setState({
          status: 'error',
          message: 'View counts cannot be loaded right now. The newest answers are shown instead.',
        });
      });
    return () => controller.abort();
  }, [sort, page, category, tag, pageSize]);

  const go = useCallback((event: React.MouseEvent<HTMLAnchorElement>, next: Sort, nextPage = 1) => {
    const target = new URL(event.currentTarget.href);
    if (target.pathname !== window.location.pathname) return; // another static page: navigate
    event.preventDefault();
    window.history.pushState(null, '', `${target.pathname}${target.search}`);
    setSort(next);
    setPage(nextPage);
  }, []);

  const viewsHref = (p: number) => `${base}?sort=views${p > 1 ? `&page=${p}` : ''}`;
  const showRanked = sort === 'views' && state.status !== 'error';

  return (
    <div>
      <div className="no-print mt-6 flex flex-wrap items-center gap-2">
        <span id="sort-label" className="text-sm text-muted">
          Sort:
        </span>
        <ul aria-labelledby="sort-label" className="flex gap-1 rounded-lg border border-border p-1">
          <li>
            <a
              href={currentPath}
              className={toggle}
              aria-current={sort === 'newest' ? 'true' : undefined}
              onClick={(event) => go(event, 'newest')}
            >
              Newest
            </a>
          </li>
          <li>
            <a
              href={viewsHref(1)}
              className={toggle}
              aria-current={sort === 'views' ? 'true' : undefined}
              onClick={(event) => go(event, 'views')}
            >
              Most viewed
            </a>
          </li>
        </ul>
      </div>
      <p className="sr-only" aria-live="polite">
        {sort === 'views'
          ? state.status === 'ready'
            ? `Sorted by most viewed, page ${state.data.page} of ${state.data.pageCount}.`
            : state.status === 'error'
              ? state.message
              : ''
          : ''}
      </p>
      {state.status === 'error' && sort === 'views' ? (
        <p role="status" className="mt-4 rounded-md border border-border bg-surface p-3 text-sm">
          {state.message}
        </p>
      ) : null}

      {showRanked ? (
        state.status === 'ready' ? (
          <RankedList
            data={state.data}
            pageSize={pageSize}
            href={viewsHref}
            onPage={(e, p) => go(e, 'views', p)}
          />
        ) : (
          <p className="mt-6 text-sm text-muted" data-testid="ranked-loading">
            Loading view counts…
          </p>
        )
      ) : (
        children
      )}
    </div>
  );
}

function RankedList({
  data,
  pageSize,
  href,
  onPage,
}: {
  data: RankedPage;
  pageSize: number;
  href: (page: number) => string;
  onPage: (event: React.MouseEvent<HTMLAnchorElement>, page: number) => void;
}) {
  const first = (data.page - 1) * pageSize;
  return (
    <div data-testid="ranked-list">
      <ol className="mt-6 divide-y divide-border rounded-lg border border-border bg-surface">
        {data.items.map((item, i) => (
          <li key={item.slug} className="flex gap-4 p-4">
            <span
              aria-hidden="true"
              className="w-8 shrink-0 text-right text-lg font-bold text-muted"
            >
              {first + i + 1}
            </span>
            <div className="min-w-0">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">
                {item.category}
              </p>
              <h2 className="mt-1 text-base font-semibold leading-snug">
                <a href={item.url} className="hover:underline">
                  {item.title}
                </a>
              </h2>
              <p className="mt-1 text-sm text-muted">
                <span data-testid="ranked-views">
                  {formatCount(item.views)} {item.views === 1 ? 'view' : 'views'}
                </span>{' '}
                · <time dateTime={item.date.slice(0, 10)}>{formatShortDate(item.date)}</time> ·{' '}
                {item.readingTime} min read
              </p>
            </div>
          </li>
        ))}
      </ol>
      {data.pageCount > 1 ? (
        <nav aria-label="Pages, most viewed" className="mt-8 flex justify-center gap-2">
          {Array.from({ length: data.pageCount }, (_, i) => i + 1).map((p) => (
            <a
              key={p}
              href={href(p)}
              onClick={(event) => onPage(event, p)}
              aria-current={p === data.page ? 'page' : undefined}
              className="inline-flex h-10 min-w-10 items-center justify-center rounded-md border border-border px-3 text-sm hover:bg-surface-2 aria-[current=page]:bg-accent aria-[current=page]:text-on-accent"
            >
              <span className="sr-only">Page </span>
              {p}
            </a>
          ))}
        </nav>
      ) : null}
    </div>
  );
}
