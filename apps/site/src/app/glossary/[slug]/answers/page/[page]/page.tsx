import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermAnswers, termAnswersMetadata, termAnswersPage } from '@/components/term-answers';
import { articlesUsingTerm, getTerm, terms } from '@/lib/content';
import { TERM_ANSWERS_PAGE_SIZE } from '@/lib/listings';
import { laterPageParams, parsePageParam } from '@/lib/pagination';

export const dynamicParams = false;

export function generateStaticParams() {
  return terms.flatMap((t) =>
    laterPageParams(articlesUsingTerm(t.slug).length, TERM_ANSWERS_PAGE_SIZE).map(({ page }) => ({
      slug: t.slug,
      page,
    })),
  );
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
