import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListing } from '@/components/article-listing';
import { allListing, listingMetadata, listingPage, pageCrumbs } from '@/lib/listings';
import { parsePageParam } from '@/lib/pagination';

const listing = allListing();

// Rendered on first request and kept, not at build time; the proxy answers 404 for a page that
// does not exist before Next renders it (lib/listing-pages.ts).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = parsePageParam((await params).page);
  return n ? listingMetadata(listing, n) : {};
}

export default async function AskPagedPage({ params }: Props) {
  const n = parsePageParam((await params).page);
  const page = n ? listingPage(listing, n) : undefined;
  if (!n || !page) notFound();
  return (
    <ArticleListing
      title={`${listing.title}, page ${n}`}
      intro={<p>{listing.description}</p>}
      crumbs={pageCrumbs(listing, n)}
      base={listing.base}
      page={page}
    />
  );
}
