import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { RiskDisclaimer } from '@/components/risk-disclaimer';
import { trialOffer } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Check your inbox',
  description: `Confirm your address to start your ${trialOffer.lengthDays}-day free trial of ${trialOffer.name}.`,
  robots: { index: false },
};

/**
 * Where every accepted sign-up lands, whatever the address's state: the page, like the API's
 * answer, is the same for everyone; the email says the rest.
 */
export default function TrialCheckInboxPage() {
  return (
    <div className="mx-auto max-w-3xl" data-testid="trial-check-inbox">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">
        {trialOffer.lengthDays}-day free trial
      </p>
      <h1 className="mt-2 text-3xl font-bold leading-tight">Check your inbox</h1>
      <p className="mt-3 text-lg text-muted" role="status">
        We have sent an email to the address you gave. Open the link in it within{' '}
        {trialOffer.confirmLinkHours} hours to confirm your address and start your trial.
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-5">
        <li>Nothing starts until you confirm: that keeps anyone else from signing you up.</li>
        <li>
          If this address was already signed up, the email says so instead, and nothing changes.
        </li>
        <li>
          No email after a few minutes? Look in your spam or promotions folder, or{' '}
          <Link href="/trial" className="text-accent underline underline-offset-2">
            sign up again
          </Link>{' '}
          (at most three emails a day go to one address).
        </li>
      </ul>
      <RiskDisclaimer className="mt-8" />
    </div>
  );
}
