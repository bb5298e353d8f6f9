import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermAnswers, termAnswersMetadata, termAnswersPage } from '@/components/term-answers';
import { getTerm } from '@/lib/content';
import { parsePageParam } from '@/lib/pagination';

// Rendered on first request and kept, not at build time; the proxy answers 404 for a page that
// does not exist before Next renders it (lib/listing-pages.ts).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const term = getTerm(slug);
  const n = parsePageParam(page);
  return term && n ? termAnswersMetadata(term, n) : {};
}

export default async function TermAnswersPagedPage({ params }: Props) {
  const { slug, page: raw } = await params;
  const term = getTerm(slug);
  const n = parsePageParam(raw);
  const page = term && n ? termAnswersPage(term, n) : undefined;
  if (!term || !page) notFound();
  return <TermAnswers term={term} page={page} />;
}
