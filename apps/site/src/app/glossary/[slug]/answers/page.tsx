import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermAnswers, termAnswersMetadata, termAnswersPage } from '@/components/term-answers';
import { articlesUsingTerm, getTerm, terms } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return terms.filter((t) => articlesUsingTerm(t.slug).length > 0).map((t) => ({ slug: t.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const term = getTerm((await params).slug);
  return term ? termAnswersMetadata(term, 1) : {};
}

export default async function TermAnswersPage({ params }: Props) {
  const term = getTerm((await params).slug);
  const page = term ? termAnswersPage(term, 1) : undefined;
  if (!term || !page || page.total === 0) notFound();
  return <TermAnswers term={term} page={page} />;
}
