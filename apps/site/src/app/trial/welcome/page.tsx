import type { Metadata } from 'next';
import Link from 'next/link';
import { RiskDisclaimer } from '@/components/risk-disclaimer';
import { TrialWelcomeHeading } from '@/components/trial-form';
import { site, trialOffer } from '@/lib/site';

export const metadata: Metadata = {
  title: `Your ${trialOffer.name} trial`,
  description: `Confirmation of your ${trialOffer.lengthDays}-day free trial of ${trialOffer.name}.`,
  robots: { index: false },
};

/** Where a sign-up lands: static, with the heading adjusted in the browser for a repeat sign-up. */
export default function TrialWelcomePage() {
  return (
    <div className="mx-auto max-w-3xl" data-testid="trial-welcome">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">
        {trialOffer.lengthDays}-day free trial
      </p>
      <TrialWelcomeHeading />
      <section aria-labelledby="next-heading" className="mt-8">
        <h2 id="next-heading" className="text-xl font-bold">
          What happens next
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {trialOffer.includes.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <ul className="mt-6 space-y-1 text-sm text-muted">
          {trialOffer.terms.map((term) => (
            <li key={term}>{term}</li>
          ))}
        </ul>
      </section>
      <p className="mt-8">
        While you wait, the{' '}
        <Link href="/ask" className="text-accent underline underline-offset-2">
          {site.name} answers
        </Link>{' '}
        explain the methodology behind every signal, and the{' '}
        <Link href="/calculators" className="text-accent underline underline-offset-2">
          calculators
        </Link>{' '}
        let you check any position yourself.
      </p>
      <RiskDisclaimer className="mt-8" />
    </div>
  );
}
