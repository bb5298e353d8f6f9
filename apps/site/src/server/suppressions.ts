import { desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { emailSuppressions, type SuppressionReason, type SuppressionRow } from '../db/schema';

/**
 * Addresses that get no email: those that unsubscribed, those whose server refused them for good
 * (a bounce), and those an editor added. The worker checks the list before every send.
 */

const normal = (email: string) => email.trim().toLowerCase();

/** Adds an address; an address already on the list keeps its first reason. */
export async function suppress(
  db: Database,
  email: string,
  reason: SuppressionReason,
  detail?: string,
  now: Date = new Date(),
): Promise<void> {
  await db
    .insert(emailSuppressions)
    .values({ email: normal(email), reason, detail: detail?.slice(0, 500) ?? null, createdAt: now })
    .onConflictDoNothing();
}

export async function isSuppressed(db: Database, email: string): Promise<boolean> {
  const rows = await db
    .select({ email: emailSuppressions.email })
    .from(emailSuppressions)
    .where(eq(emailSuppressions.email, normal(email)));
  return rows.length > 0;
}

/** Takes an address off the list; false when it was not on it. */
export async function unsuppress(db: Database, email: string): Promise<boolean> {
  const rows = await db
    .delete(emailSuppressions)
    .where(eq(emailSuppressions.email, normal(email)))
    .returning({ email: emailSuppressions.email });
  return rows.length > 0;
}

export async function listSuppressions(db: Database, limit = 500): Promise<SuppressionRow[]> {
  return db
    .select()
    .from(emailSuppressions)
    .orderBy(desc(emailSuppressions.createdAt))
    .limit(limit);
}
