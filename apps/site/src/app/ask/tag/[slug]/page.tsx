import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListing } from '@/components/article-listing';
import { Link } from '@/components/link';
import { listingMetadata, listingPage, tagListing, tagParams } from '@/lib/listings';

export const dynamicParams = false;

export function generateStaticParams() {
  return tagParams();
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = tagListing((await params).slug);
  return listing ? listingMetadata(listing, 1) : {};
}

export default async function TagPage({ params }: Props) {
  const listing = tagListing((await params).slug);
  const page = listing ? listingPage(listing, 1) : undefined;
  if (!listing || !page) notFound();
  return (
    <ArticleListing
      title={listing.title}
      intro={<p>{listing.description}</p>}
      aside={
        listing.term ? (
          <p className="mt-3 text-sm">
            New to the idea? Read the glossary entry{' '}
            <Link
              href={listing.term.url}
              className="font-semibold text-accent underline underline-offset-2"
            >
              {listing.term.name}
            </Link>
            .
          </p>
        ) : null
      }
      crumbs={listing.crumbs}
      base={listing.base}
      page={page}
      tag={listing.slug}
    />
  );
}
