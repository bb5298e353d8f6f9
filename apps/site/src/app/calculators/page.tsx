import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { TrialCta } from '@/components/trial-cta';
import { articlesEmbedding, calculatorGuides } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Options calculators',
  description:
    'Iron condor, layered condor, break-even, expected move, VIX hedge, option pricer and put-call parity calculators, exact to the cent and explained.',
  alternates: { canonical: '/calculators' },
};

export default function CalculatorsPage() {
  return (
    <div>
      <h1 className="text-3xl font-bold">Calculators</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Every calculator runs in your browser on the same engine that checks the numbers in our
        answers. Change any input and the chart, figures and probabilities update at once; copy a
        link to share the exact setup.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {calculatorGuides.map((guide) => {
          const used = articlesEmbedding(guide.component).length;
          return (
            <li key={guide.slug} className="rounded-lg border border-border bg-surface p-5">
              <h2 className="text-lg font-semibold">
                <Link href={guide.url} className="hover:underline">
                  {guide.title}
                </Link>
              </h2>
              <p className="mt-1.5 text-sm text-muted">{guide.summary}</p>
              {used > 0 ? (
                <p className="mt-2 text-xs text-muted">
                  Used in {used} {used === 1 ? 'answer' : 'answers'}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="mt-12">
        <TrialCta from="calculators" />
      </div>
    </div>
  );
}
