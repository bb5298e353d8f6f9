import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { RiskDisclaimer } from '@/components/risk-disclaimer';
import { TrialForm } from '@/components/trial-form';
import { site, trialOffer } from '@/lib/site';

export const metadata: Metadata = {
  title: `Free trial of ${trialOffer.name}`,
  description: trialOffer.pitch,
  alternates: { canonical: '/trial' },
};

export default function TrialPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">
        {trialOffer.lengthDays}-day free trial
      </p>
      <h1 className="mt-2 text-3xl font-bold leading-tight">{trialOffer.name}</h1>
      <p className="mt-3 text-lg text-muted">{trialOffer.pitch}</p>

      <section aria-labelledby="includes-heading" className="mt-8">
        <h2 id="includes-heading" className="text-xl font-bold">
          What the trial includes
        </h2>
        <ul className="mt-3 space-y-3">
          {trialOffer.includes.map((item) => (
            <li key={item} className="flex gap-3">
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="mt-1 h-4 w-4 flex-none text-profit"
                fill="currentColor"
              >
                <path d="M7.6 14.2 3.4 10l1.4-1.4 2.8 2.8 7.6-7.6 1.4 1.4z" />
              </svg>
              <span>{item}</span>
            </li>
          ))}
        </ul>
        <ul className="mt-6 space-y-1 text-sm text-muted">
          {trialOffer.terms.map((term) => (
            <li key={term}>{term}</li>
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="signup-heading"
        className="mt-8 rounded-xl border border-border bg-surface p-6"
      >
        <h2 id="signup-heading" className="text-xl font-bold">
          Start your {trialOffer.lengthDays}-day free trial
        </h2>
        <p className="mt-2 text-muted">
          One email address is all it takes. Every idea the signals rest on is explained in the{' '}
          <Link href="/ask" className="text-accent underline underline-offset-2">
            {site.name} answers
          </Link>{' '}
          and the{' '}
          <Link href="/glossary" className="text-accent underline underline-offset-2">
            glossary
          </Link>
          .
        </p>
        <TrialForm />
      </section>

      <RiskDisclaimer className="mt-8" />
    </div>
  );
}
