import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { QuestionBox } from '@/components/question-box';

export const metadata: Metadata = {
  title: 'Ask a question',
  description:
    'Ask the VixShield research team a question about SPX options, iron condors, VIX hedging or risk.',
  alternates: { canonical: '/ask/new' },
};

export default function AskNewPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">Ask a question</h1>
      <p className="mt-3 text-muted">
        Ask about anything in the knowledge base: strikes, layers, hedges, Greeks, the calendar. We
        read every question; the ones we answer become articles, and yours may be featured on the
        answer. Before asking, it may already be in{' '}
        <Link href="/ask" className="text-accent underline underline-offset-2">
          the answers
        </Link>
        .
      </p>
      <div className="mt-8">
        <QuestionBox
          heading="Your question"
          intro="Between 10 and 1,000 characters. Name and email are optional."
        />
      </div>
    </div>
  );
}
