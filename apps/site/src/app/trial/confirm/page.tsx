import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { RiskDisclaimer } from '@/components/risk-disclaimer';
import { TrialNextSteps } from '@/components/trial-next-steps';
import { getDatabase } from '@/db/client';
import { trialOffer } from '@/lib/site';
import { emailLinkKey, verifyConfirmToken } from '@/server/email-links';
import { wakeOutbox } from '@/server/outbox';
import { confirmLead } from '@/server/trial-opt-in';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: `Confirm your ${trialOffer.name} trial`,
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<{ t?: string | string[] }> };

type Outcome = 'confirmed' | 'already-confirmed' | 'expired' | 'invalid' | 'unavailable';

const TEXT: Record<Outcome, { heading: string; body: string }> = {
  confirmed: {
    heading: 'Your free trial is confirmed',
    body: 'Thank you for confirming your address. Your trial has started, and a welcome email is on its way with everything below.',
  },
  'already-confirmed': {
    heading: 'Your address is already confirmed',
    body: 'This link was used before, so there is nothing more to do: your trial is running.',
  },
  expired: {
    heading: 'This link has expired',
    body: `Confirmation links work for ${trialOffer.confirmLinkHours} hours. Sign up again with the same address and we will send a fresh one.`,
  },
  invalid: {
    heading: 'This link does not work',
    body: 'It may have been cut short by your email program. Open the link from the email again, or sign up again for a fresh one.',
  },
  unavailable: {
    heading: 'We could not confirm your address just now',
    body: 'Nothing was lost: please open the link again in a minute.',
  },
};

async function confirm(token: string | undefined): Promise<Outcome> {
  try {
    const { db } = await getDatabase();
    const check = await verifyConfirmToken(await emailLinkKey(db), token);
    if (!check.ok) return check.reason;
    const outcome = await confirmLead(db, check);
    if (outcome === 'confirmed') wakeOutbox();
    return outcome === 'unknown' ? 'invalid' : outcome;
  } catch (error) {
    console.error('trial: could not confirm a lead', error);
    return 'unavailable';
  }
}

/**
 * Where the confirmation email's link lands. Opening it confirms the lead (once) and queues the
 * welcome email; the page then says what happens next, or why the link did not work.
 */
export default async function TrialConfirmPage({ searchParams }: Props) {
  const t = (await searchParams).t;
  const outcome = await confirm(Array.isArray(t) ? t[0] : t);
  const text = TEXT[outcome];
  const ok = outcome === 'confirmed' || outcome === 'already-confirmed';
  return (
    <div className="mx-auto max-w-3xl" data-testid="trial-confirm" data-outcome={outcome}>
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">
        {trialOffer.lengthDays}-day free trial
      </p>
      <h1 className="mt-2 text-3xl font-bold leading-tight">{text.heading}</h1>
      <p className="mt-3 text-lg text-muted">{text.body}</p>
      {ok ? (
        <TrialNextSteps />
      ) : (
        <p className="mt-6">
          <Link
            href="/trial"
            className="inline-block rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90"
          >
            Sign up again
          </Link>
        </p>
      )}
      <RiskDisclaimer className="mt-8" />
    </div>
  );
}
