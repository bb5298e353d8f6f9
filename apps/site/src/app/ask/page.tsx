import type { Metadata } from 'next';
import { ArticleListing } from '@/components/article-listing';
import { Link } from '@/components/link';
import { ReaderQuestions } from '@/components/reader-questions';
import { articles } from '@/lib/content';
import { allListing, listingMetadata, listingPage } from '@/lib/listings';

const listing = allListing();

export const metadata: Metadata = listingMetadata(listing, 1);

export default function AskIndexPage() {
  const page = listingPage(listing, 1);
  if (!page) throw new Error('The first page of a listing always exists');
  return (
    <ArticleListing
      title={listing.title}
      intro={
        <>
          <p>
            {articles.length} answers to traders’ questions. Filter by topic or tag, or sort by what
            other readers read most.
          </p>
          <p className="mt-2">
            <Link
              href="/ask/new"
              className="font-semibold text-accent underline underline-offset-2"
            >
              Ask your own question
            </Link>
          </p>
        </>
      }
      aside={
        <div className="mt-6">
          <ReaderQuestions titles={Object.fromEntries(articles.map((a) => [a.slug, a.title]))} />
        </div>
      }
      crumbs={listing.crumbs}
      base={listing.base}
      page={page}
    />
  );
}
