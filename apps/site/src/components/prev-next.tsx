import { Link } from '@/components/link';

interface Neighbour {
  url: string;
  title: string;
}

/** Previous (older) and next (newer) answer in the same category, as a labelled pair of links. */
export function PrevNext({
  categoryName,
  previous,
  next,
}: {
  categoryName: string;
  previous?: Neighbour | undefined;
  next?: Neighbour | undefined;
}) {
  if (!previous && !next) return null;
  return (
    <nav
      aria-label={`More in ${categoryName}`}
      className="no-print grid gap-3 sm:grid-cols-2"
      data-testid="prev-next"
      data-pagefind-ignore="all"
    >
      {previous ? (
        <Link
          href={previous.url}
          rel="prev"
          className="group rounded-lg border border-border p-4 hover:border-accent"
        >
          <span className="text-xs font-semibold uppercase tracking-wide text-muted">
            <span aria-hidden="true">← </span>Previous in {categoryName}
          </span>
          <span className="mt-1 block font-semibold leading-snug group-hover:underline">
            {previous.title}
          </span>
        </Link>
      ) : (
        <span className="hidden sm:block" />
      )}
      {next ? (
        <Link
          href={next.url}
          rel="next"
          className="group rounded-lg border border-border p-4 text-right hover:border-accent"
        >
          <span className="text-xs font-semibold uppercase tracking-wide text-muted">
            Next in {categoryName}
            <span aria-hidden="true"> →</span>
          </span>
          <span className="mt-1 block font-semibold leading-snug group-hover:underline">
            {next.title}
          </span>
        </Link>
      ) : null}
    </nav>
  );
}
