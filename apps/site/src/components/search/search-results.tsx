'use client';

import { Link } from '@/components/link';
import { groupHits, type SearchHit } from '@/lib/search-results';

/**
 * Hits grouped as answers, glossary terms and calculators, each with its highlighted excerpt.
 * Group headings use the level that fits where the list is shown.
 */
export function SearchResults({
  hits,
  perGroup,
  headingLevel = 2,
  onNavigate,
}: {
  hits: readonly SearchHit[];
  /** At most this many hits per group (the dialog shows a few, the page all). */
  perGroup?: number;
  headingLevel?: 2 | 3;
  onNavigate?: () => void;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="space-y-6" data-testid="search-results">
      {groupHits(hits, perGroup).map((group) => (
        <section key={group.kind} aria-labelledby={`results-${group.kind}`} data-kind={group.kind}>
          <Heading
            id={`results-${group.kind}`}
            className="text-xs font-semibold uppercase tracking-wide text-muted"
          >
            {group.label}
          </Heading>
          <ul className="mt-2 space-y-1">
            {group.hits.map((hit) => (
              <li key={hit.url}>
                <Link
                  href={hit.url}
                  onClick={onNavigate}
                  className="search-hit block rounded-md px-3 py-2 hover:bg-surface-2 focus-visible:bg-surface-2"
                  data-search-hit
                >
                  <span className="block font-semibold leading-snug text-fg">{hit.title}</span>
                  <span
                    className="search-excerpt mt-0.5 block text-sm text-muted"
                    // biome-ignore lint/security/noDangerouslySetInnerHtml: Pagefind's escaped excerpt, reduced to text and <mark> by sanitizeExcerpt
                    dangerouslySetInnerHTML={{ __html: hit.excerpt }}
                  />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Arrow keys move between hits (and back up to the search field). */
export function moveBetweenHits(
  event: React.KeyboardEvent,
  container: HTMLElement | null,
  input: HTMLInputElement | null,
): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (!container) return;
  const hits = [...container.querySelectorAll<HTMLAnchorElement>('a[data-search-hit]')];
  if (hits.length === 0) return;
  const index = hits.indexOf(document.activeElement as HTMLAnchorElement);
  event.preventDefault();
  if (event.key === 'ArrowDown') {
    (hits[Math.min(hits.length - 1, index + 1)] ?? hits[0])?.focus();
  } else if (index <= 0) {
    input?.focus();
  } else {
    hits[index - 1]?.focus();
  }
}
