import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { articlesUsingTerm, type Question, type Term } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { TERM_ANSWERS_PAGE_SIZE, termAnswersBase } from '@/lib/listings';
import { type Page, pageHref, paginate } from '@/lib/pagination';
import { type Crumb, pageMetadata } from '@/lib/seo';
import { site } from '@/lib/site';
import { Breadcrumbs } from './breadcrumbs';
import { PaginationNav } from './pagination-nav';

/**
 * Every answer that uses a glossary term, newest first, as a compact list of titles in static
 * pages of a hundred: the full list behind the term page's short "Answers that use this term",
 * which stays the same size however many answers the site grows to. (Pages of cards would need
 * eight times as many pages: at 2,000 answers, terms are used about 20,000 times.)
 */

export function termAnswersPage(term: Term, n: number): Page<Question> | undefined {
  return paginate(articlesUsingTerm(term.slug), n, TERM_ANSWERS_PAGE_SIZE);
}

function crumbs(term: Term, n: number): Crumb[] {
  const base = termAnswersBase(term);
  const trail: Crumb[] = [
    { name: 'Home', path: '/' },
    { name: 'Glossary', path: '/glossary' },
    { name: term.name, path: term.url },
    { name: 'Answers', path: base },
  ];
  return n > 1 ? [...trail, { name: `Page ${n}`, path: pageHref(base, n) }] : trail;
}

export function termAnswersMetadata(term: Term, n: number): Metadata {
  return pageMetadata(
    {
      title: `Answers that use “${term.name}”${n > 1 ? ` (page ${n})` : ''}`,
      description: `Every ${site.name} answer that uses ${term.name}, newest first.`,
      path: pageHref(termAnswersBase(term), n),
    },
    site.name,
    site.locale,
  );
}

export function TermAnswers({ term, page }: { term: Term; page: Page<Question> }) {
  return (
    <div>
      <Breadcrumbs crumbs={crumbs(term, page.page)} />
      <h1 className="mt-4 text-3xl font-bold">
        Answers that use “{term.name}”{page.page > 1 ? `, page ${page.page}` : ''}
      </h1>
      <p className="mt-2 max-w-3xl text-muted" data-testid="listing-range">
        {page.total} {page.total === 1 ? 'answer' : 'answers'} use this term; showing {page.from}–
        {page.to}, newest first.
      </p>
      <ol className="mt-6 space-y-2" start={page.from} data-testid="listing">
        {page.items.map((a) => (
          <li key={a.slug}>
            <Link href={a.url} className="text-accent underline-offset-2 hover:underline">
              {a.title}
            </Link>{' '}
            <span className="text-sm text-muted">
              · <time dateTime={a.date.slice(0, 10)}>{formatDate(a.date)}</time>
            </span>
          </li>
        ))}
      </ol>
      <PaginationNav base={termAnswersBase(term)} page={page.page} pageCount={page.pageCount} />
    </div>
  );
}
