import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListing } from '@/components/article-listing';
import { categoryListing, categoryParams, listingMetadata, listingPage } from '@/lib/listings';

export const dynamicParams = false;

export function generateStaticParams() {
  return categoryParams();
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = categoryListing((await params).slug);
  return listing ? listingMetadata(listing, 1) : {};
}

export default async function CategoryPage({ params }: Props) {
  const listing = categoryListing((await params).slug);
  const page = listing ? listingPage(listing, 1) : undefined;
  if (!listing || !page) notFound();
  return (
    <ArticleListing
      title={listing.title}
      intro={<p>{listing.description}</p>}
      crumbs={listing.crumbs}
      base={listing.base}
      page={page}
      category={listing.slug}
    />
  );
}
