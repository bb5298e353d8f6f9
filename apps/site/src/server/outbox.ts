import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { type EmailKind, emailOutbox, type OutboxRow, type OutboxStatus } from '../db/schema';
import { env } from '../lib/env';

/**
 * The transactional outbox in the database. Callers enqueue an email inside the transaction of
 * the event that causes it, so the email exists exactly when the event does. The worker
 * (outbox-worker.ts) claims due rows with a lease and moves each to sent, failed or suppressed.
 *
 * Every write after a claim is fenced by the claim's token: a worker whose lease ran out (it
 * stalled, another took the row over) cannot overwrite the newer claim's outcome.
 */

export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sent', 'failed', 'suppressed'];

export function isOutboxStatus(value: unknown): value is OutboxStatus {
  return typeof value === 'string' && (OUTBOX_STATUSES as readonly string[]).includes(value);
}

export interface NewEmail {
  kind: EmailKind;
  recipient: string;
  payload: Record<string, string>;
  /** At most one email per key, ever (a second enqueue with it is a no-op). */
  dedupeKey?: string;
}

/** A Message-ID on the site's domain, fixed when the row is made and reused by every attempt. */
export function newMessageId(): string {
  const host = new URL(env.SITE_URL).hostname;
  return `<${randomUUID()}@${host}>`;
}

/** Adds an email; returns its id, or null when the dedupe key was used before. */
export async function enqueueEmail(
  db: Database,
  email: NewEmail,
  now: Date = new Date(),
): Promise<string | null> {
  const rows = await db
    .insert(emailOutbox)
    .values({
      kind: email.kind,
      recipient: email.recipient.trim().toLowerCase(),
      payload: email.payload,
      dedupeKey: email.dedupeKey ?? null,
      messageId: newMessageId(),
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: emailOutbox.id });
  return rows[0]?.id ?? null;
}

export interface Claim {
  row: OutboxRow;
  token: string;
}

/**
 * Takes up to `limit` due rows for this worker until `now + leaseMs`: pending, due, and not
 * claimed by a live lease. FOR UPDATE SKIP LOCKED makes concurrent claimers on PostgreSQL pass
 * over each other's rows instead of waiting or taking the same ones; the lease then keeps the
 * row this worker's after the claiming transaction commits. Each claim counts as an attempt.
 */
export async function claimDue(
  db: Database,
  { limit, leaseMs, now = new Date() }: { limit: number; leaseMs: number; now?: Date },
): Promise<Claim[]> {
  const token = randomUUID();
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.status, 'pending'),
        lte(emailOutbox.nextAttemptAt, now),
        or(isNull(emailOutbox.lockedUntil), lt(emailOutbox.lockedUntil, now)),
      ),
    )
    .orderBy(emailOutbox.nextAttemptAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(emailOutbox)
    .set({
      lockedUntil: new Date(now.getTime() + leaseMs),
      claimToken: token,
      attempts: sql`${emailOutbox.attempts} + 1`,
    })
    .where(inArray(emailOutbox.id, due))
    .returning();
  return rows.map((row) => ({ row, token }));
}

const fenced = (claim: Claim) =>
  and(eq(emailOutbox.id, claim.row.id), eq(emailOutbox.claimToken, claim.token));

/** Keeps a claim alive while its SMTP conversation runs; false when it was lost. */
export async function extendClaim(db: Database, claim: Claim, until: Date): Promise<boolean> {
  const rows = await db
    .update(emailOutbox)
    .set({ lockedUntil: until })
    .where(and(fenced(claim), eq(emailOutbox.status, 'pending')))
    .returning({ id: emailOutbox.id });
  return rows.length > 0;
}

/**
 * Frees every claim at once. Only for the embedded database at start-up: one process owns its
 * folder, so a claim found then belongs to a process that died (kill -9, power loss).
 */
export async function releaseAllClaims(db: Database): Promise<number> {
  const rows = await db
    .update(emailOutbox)
    .set({ lockedUntil: null, claimToken: null })
    .where(and(eq(emailOutbox.status, 'pending'), sql`${emailOutbox.lockedUntil} is not null`))
    .returning({ id: emailOutbox.id });
  return rows.length;
}

export interface Rendered {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  raw: string;
}

export async function saveRendered(db: Database, claim: Claim, rendered: Rendered): Promise<void> {
  await db.update(emailOutbox).set(rendered).where(fenced(claim));
}

/** Written before the SMTP conversation starts: a crash after this point is in the window. */
export async function markSendStarted(db: Database, claim: Claim, now = new Date()) {
  await db.update(emailOutbox).set({ sendStartedAt: now }).where(fenced(claim));
}

export async function markSent(
  db: Database,
  claim: Claim,
  { transport, response, now = new Date() }: { transport: string; response: string; now?: Date },
): Promise<boolean> {
  const rows = await db
    .update(emailOutbox)
    .set({
      status: 'sent',
      transport,
      smtpResponse: response.slice(0, 1000),
      sentAt: now,
      lockedUntil: null,
      lastError: null,
    })
    .where(fenced(claim))
    .returning({ id: emailOutbox.id });
  return rows.length > 0;
}

/** A temporary failure: try again at `nextAttemptAt`. */
export async function markRetry(
  db: Database,
  claim: Claim,
  { error, nextAttemptAt }: { error: string; nextAttemptAt: Date },
): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ lastError: error.slice(0, 1000), nextAttemptAt, lockedUntil: null })
    .where(fenced(claim));
}

export async function markFinal(
  db: Database,
  claim: Claim,
  status: 'failed' | 'suppressed',
  reason: string,
): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ status, lastError: reason.slice(0, 1000), lockedUntil: null })
    .where(fenced(claim));
}

/**
 * An editor's retry of a failed or suppressed email: pending again, due now, with a fresh count
 * of attempts. The Message-ID and the rendered message stay the same.
 */
export async function retryEmail(db: Database, id: string, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(emailOutbox)
    .set({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      claimToken: null,
    })
    .where(and(eq(emailOutbox.id, id), inArray(emailOutbox.status, ['failed', 'suppressed'])))
    .returning({ id: emailOutbox.id });
  return rows.length > 0;
}

export async function findEmail(db: Database, id: string): Promise<OutboxRow | undefined> {
  const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return rows[0];
}

export type OutboxListItem = Pick<
  OutboxRow,
  | 'id'
  | 'kind'
  | 'recipient'
  | 'status'
  | 'subject'
  | 'attempts'
  | 'nextAttemptAt'
  | 'lastError'
  | 'transport'
  | 'smtpResponse'
  | 'sentAt'
  | 'createdAt'
>;

/** Emails with a status, newest first (pending: the next due first). */
export async function listOutbox(
  db: Database,
  status: OutboxStatus,
  limit = 200,
): Promise<OutboxListItem[]> {
  return db
    .select({
      id: emailOutbox.id,
      kind: emailOutbox.kind,
      recipient: emailOutbox.recipient,
      status: emailOutbox.status,
      subject: emailOutbox.subject,
      attempts: emailOutbox.attempts,
      nextAttemptAt: emailOutbox.nextAttemptAt,
      lastError: emailOutbox.lastError,
      transport: emailOutbox.transport,
      smtpResponse: emailOutbox.smtpResponse,
      sentAt: emailOutbox.sentAt,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.status, status))
    .orderBy(status === 'pending' ? emailOutbox.nextAttemptAt : desc(emailOutbox.createdAt))
    .limit(limit);
}

export async function outboxCounts(db: Database): Promise<Record<OutboxStatus, number>> {
  const rows = await db
    .select({ status: emailOutbox.status, n: count() })
    .from(emailOutbox)
    .groupBy(emailOutbox.status);
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<
    OutboxStatus,
    number
  >;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

const WAKE = Symbol.for('vixshield.outbox.wake');
type WithWake = typeof globalThis & { [WAKE]?: () => void };

/**
 * Tells this process's worker that an email was just committed, so it goes out now rather than
 * at the next poll. A no-op where no worker runs (scripts, tests); other instances find the row
 * by polling.
 */
export function wakeOutbox(): void {
  (globalThis as WithWake)[WAKE]?.();
}

export function onOutboxWake(listener: (() => void) | undefined): void {
  (globalThis as WithWake)[WAKE] = listener;
}
