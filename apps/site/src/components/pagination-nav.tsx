import { Link } from '@/components/link';
import { pageHref, pageLinks } from '@/lib/pagination';

const item =
  'inline-flex h-10 min-w-10 items-center justify-center rounded-md border border-border px-3 text-sm';

/**
 * Pager under a listing: previous, numbered pages (current marked with aria-current) and next,
 * as plain links to the static pages, so it works without JavaScript and crawlers follow it.
 */
export function PaginationNav({
  base,
  page,
  pageCount,
  label = 'Pages',
}: {
  /** URL of page 1 of the listing, e.g. /ask or /ask/category/vix-hedging */
  base: string;
  page: number;
  pageCount: number;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="no-print mt-10">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>
          {page > 1 ? (
            <Link
              href={pageHref(base, page - 1)}
              rel="prev"
              className={`${item} hover:bg-surface-2`}
            >
              <span aria-hidden="true">←</span>
              <span className="ml-1.5">Previous</span>
            </Link>
          ) : (
            <span className={`${item} border-dashed text-muted`} aria-disabled="true">
              <span aria-hidden="true">←</span>
              <span className="ml-1.5">Previous</span>
            </span>
          )}
        </li>
        {pageLinks(page, pageCount).map((link) =>
          link.kind === 'gap' ? (
            <li key={link.key} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={link.page}>
              {link.page === page ? (
                <span
                  aria-current="page"
                  className={`${item} border-accent bg-accent font-semibold text-on-accent`}
                >
                  <span className="sr-only">Page </span>
                  {link.page}
                </span>
              ) : (
                <Link href={pageHref(base, link.page)} className={`${item} hover:bg-surface-2`}>
                  <span className="sr-only">Page </span>
                  {link.page}
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link
              href={pageHref(base, page + 1)}
              rel="next"
              className={`${item} hover:bg-surface-2`}
            >
              <span className="mr-1.5">Next</span>
              <span aria-hidden="true">→</span>
            </Link>
          ) : (
            <span className={`${item} border-dashed text-muted`} aria-disabled="true">
              <span className="mr-1.5">Next</span>
              <span aria-hidden="true">→</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
