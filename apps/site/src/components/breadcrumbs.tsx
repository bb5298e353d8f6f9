import { Link } from '@/components/link';
import { env } from '@/lib/env';
import { breadcrumbLd, type Crumb, graphLd } from '@/lib/seo';
import { JsonLd } from './json-ld';

/**
 * "Home › Answers › Iron Condors › this page": a visible trail (the last item is the current
 * page, not a link) and the same trail as a schema.org BreadcrumbList.
 */
export function Breadcrumbs({
  crumbs,
  className,
}: {
  /** From the home page down to the current page, which comes last. */
  crumbs: readonly Crumb[];
  className?: string;
}) {
  return (
    <>
      <nav
        aria-label="Breadcrumb"
        className={`no-print text-sm text-muted ${className ?? ''}`}
        data-pagefind-ignore="all"
      >
        <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
          {crumbs.map((crumb, i) => {
            const last = i === crumbs.length - 1;
            return (
              <li key={crumb.path} className="flex items-center gap-1.5">
                {i > 0 ? (
                  <span aria-hidden="true" className="text-muted">
                    ›
                  </span>
                ) : null}
                {last ? (
                  <span aria-current="page" className="line-clamp-1 text-fg">
                    {crumb.name}
                  </span>
                ) : (
                  <Link
                    href={crumb.path}
                    className="underline-offset-2 hover:text-fg hover:underline"
                  >
                    {crumb.name}
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      <JsonLd data={graphLd(breadcrumbLd(env.SITE_URL, crumbs))} />
    </>
  );
}
