import type * as React from 'react';
import { Link } from '@/components/link';
import { getTerm } from '@/lib/content';

/**
 * `<Term slug="iron-condor">iron condors</Term>` in MDX: a link to the term's one canonical page.
 * The content check guarantees the slug exists; the fallback keeps a bad slug readable in dev.
 */
export function TermLink({ slug, children }: { slug: string; children?: React.ReactNode }) {
  const term = getTerm(slug);
  if (!term) return <span>{children}</span>;
  return (
    <Link href={term.url} className="term-link" data-term={slug}>
      {children ?? term.name}
    </Link>
  );
}
