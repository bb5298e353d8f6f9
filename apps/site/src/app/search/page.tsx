import type { Metadata } from 'next';
import { SearchPage } from '@/components/search/search-page';
import { pageMetadata } from '@/lib/seo';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata(
  {
    title: 'Search',
    description: `Search every ${site.name} answer, glossary term and calculator.`,
    path: '/search',
    noIndex: true,
  },
  site.name,
  site.locale,
);

export default function SearchRoute() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">Search</h1>
      <p className="mt-2 text-muted">
        Answers, glossary terms (by name or abbreviation) and calculators, grouped by kind.
      </p>
      <SearchPage />
      <noscript>
        <p className="mt-6 rounded-lg border border-border bg-surface p-4">
          Search runs in your browser and needs JavaScript. Without it, browse{' '}
          <a href="/ask" className="text-accent underline">
            all answers
          </a>{' '}
          or the{' '}
          <a href="/glossary" className="text-accent underline">
            glossary
          </a>
          .
        </p>
      </noscript>
    </div>
  );
}
