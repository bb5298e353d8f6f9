import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { funnelEvents, leads } from '../db/schema';
import { trialOffer } from '../lib/site';
import { isoDay } from './funnel-math';
import { json } from './http';
import { insertLead, type NewLead } from './leads';
import { enqueueEmail } from './outbox';
import { hitRateLimit } from './rate-limit';
import { persistentSecret, saltedHash } from './secrets';

/**
 * Double opt-in for the trial. A sign-up answers the same whatever the address's state, and the
 * difference goes to the inbox only: a new or pending address gets a confirmation link, a
 * confirmed one a short "already signed up" note. Opening the link confirms the lead, counts the
 * `confirmed` funnel step and queues the welcome email, in one transaction.
 */

/** Emails one address can be sent in any 24 hours because of sign-ups (so the form cannot mail-bomb). */
export const SIGNUP_EMAILS_PER_DAY = 3;
const DAY_SECONDS = 86_400;

export type SignupOutcome = 'new' | 'pending' | 'confirmed';

export interface SignupResult {
  leadId: string;
  outcome: SignupOutcome;
  /** false when the address had reached its daily number of sign-up emails. */
  emailed: boolean;
}

export async function requestTrial(
  db: Database,
  lead: NewLead,
  now: Date = new Date(),
): Promise<SignupResult> {
  // Read before the transaction: the embedded database has one connection, which the
  // transaction holds until it ends.
  const salt = await persistentSecret(db, 'email-salt');
  const bucket = `signup-email:${saltedHash(salt, lead.signup.email)}`;
  return db.transaction(async (tx) => {
    const stored = await insertLead(tx, lead, now);
    const outcome: SignupOutcome = stored.created
      ? 'new'
      : stored.status === 'confirmed'
        ? 'confirmed'
        : 'pending';
    const quota = await hitRateLimit(tx, bucket, SIGNUP_EMAILS_PER_DAY, DAY_SECONDS, now);
    if (!quota.allowed) return { leadId: stored.id, outcome, emailed: false };
    const payload: Record<string, string> = { leadId: stored.id };
    if (stored.name) payload.name = stored.name;
    await enqueueEmail(
      tx,
      {
        kind: outcome === 'confirmed' ? 'trial-already' : 'trial-confirm',
        recipient: lead.signup.email,
        payload,
      },
      now,
    );
    return { leadId: stored.id, outcome, emailed: true };
  });
}

export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'unknown';

/**
 * Confirms a lead from a verified link. Only the first opening changes anything (pending →
 * confirmed, the funnel step, the welcome email); any later opening of this or another of the
 * lead's links finds it confirmed and does nothing, so each link works once.
 */
export async function confirmLead(
  db: Database,
  { leadId, email }: { leadId: string; email: string },
  now: Date = new Date(),
): Promise<ConfirmOutcome> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(leads)
      .set({ status: 'confirmed', confirmedAt: now })
      .where(and(eq(leads.id, leadId), eq(leads.email, email), eq(leads.status, 'pending')))
      .returning({ source: leads.source, name: leads.name });
    const lead = updated[0];
    if (!lead) {
      const existing = await tx
        .select({ status: leads.status })
        .from(leads)
        .where(and(eq(leads.id, leadId), eq(leads.email, email)));
      return existing[0] ? 'already-confirmed' : 'unknown';
    }
    await tx
      .insert(funnelEvents)
      .values({
        step: 'confirmed',
        source: lead.source,
        day: isoDay(now),
        visitorHash: leadId,
        createdAt: now,
      })
      .onConflictDoNothing();
    const payload: Record<string, string> = { leadId };
    if (lead.name) payload.name = lead.name;
    await enqueueEmail(
      tx,
      { kind: 'trial-welcome', recipient: email, payload, dedupeKey: `welcome:${leadId}` },
      now,
    );
    return 'confirmed';
  });
}

/** What the form shows after any accepted sign-up (the same for every address). */
export const CHECK_INBOX_MESSAGE = `Check your inbox: we have sent an email to this address. Open the link in it within ${trialOffer.confirmLinkHours} hours to start your trial.`;

/** The one answer to every accepted sign-up, so its bytes cannot tell addresses apart. */
export function signupAccepted(): Response {
  return json(202, { status: 'check-your-inbox', message: CHECK_INBOX_MESSAGE });
}
