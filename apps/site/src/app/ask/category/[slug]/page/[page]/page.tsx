import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListing } from '@/components/article-listing';
import { categoryListing, listingMetadata, listingPage, pageCrumbs } from '@/lib/listings';
import { parsePageParam } from '@/lib/pagination';

// Rendered on first request and kept, not at build time; the proxy answers 404 for a page that
// does not exist before Next renders it (lib/listing-pages.ts).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const listing = categoryListing(slug);
  const n = parsePageParam(page);
  return listing && n ? listingMetadata(listing, n) : {};
}

export default async function CategoryPagedPage({ params }: Props) {
  const { slug, page: raw } = await params;
  const listing = categoryListing(slug);
  const n = parsePageParam(raw);
  const page = listing && n ? listingPage(listing, n) : undefined;
  if (!listing || !n || !page) notFound();
  return (
    <ArticleListing
      title={`${listing.title}, page ${n}`}
      intro={<p>{listing.description}</p>}
      crumbs={pageCrumbs(listing, n)}
      base={listing.base}
      page={page}
      category={listing.slug}
    />
  );
}
