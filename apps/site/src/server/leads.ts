import { count, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { funnelEvents, type LeadRow, type LeadStatus, leads } from '../db/schema';
import type { ValidTrialSignup } from '../lib/trial-schema';
import { isoDay } from './funnel-math';

/**
 * Trial sign-ups ("leads"). Signing up is idempotent: the email is unique, a repeat finds the
 * first row and changes nothing, so attribution stays with the page that first led there.
 */

export interface NewLead {
  signup: Omit<ValidTrialSignup, 'consent' | 'website'>;
  clientHash: string;
  userAgent?: string | undefined;
}

export interface LeadResult {
  id: string;
  /** false when the email had signed up before. */
  created: boolean;
  status: LeadStatus;
  name: string | null;
}

/**
 * Stores a sign-up and its funnel step in one transaction, so a lead is never counted without
 * being stored, nor stored without being counted. Resolves once committed.
 */
export async function createLead(
  db: Database,
  lead: NewLead,
  now: Date = new Date(),
): Promise<LeadResult> {
  return db.transaction((tx) => insertLead(tx, lead, now));
}

/**
 * The sign-up's writes, for a caller's transaction: a new email gets a row and a `signup` step;
 * a known one changes nothing and comes back with its current status.
 */
export async function insertLead(
  tx: Database,
  { signup, clientHash, userAgent }: NewLead,
  now: Date = new Date(),
): Promise<LeadResult> {
  const inserted = await tx
    .insert(leads)
    .values({
      email: signup.email,
      name: signup.name ?? null,
      experience: signup.experience,
      consentedAt: now,
      source: signup.source,
      utmSource: signup.utm.utm_source ?? null,
      utmMedium: signup.utm.utm_medium ?? null,
      utmCampaign: signup.utm.utm_campaign ?? null,
      utmTerm: signup.utm.utm_term ?? null,
      utmContent: signup.utm.utm_content ?? null,
      clientHash,
      userAgent: userAgent?.slice(0, 400) ?? null,
      createdAt: now,
    })
    .onConflictDoNothing({ target: leads.email })
    .returning({ id: leads.id, name: leads.name });
  const created = inserted[0];
  if (created) {
    await tx
      .insert(funnelEvents)
      .values({
        step: 'signup',
        source: signup.source,
        day: isoDay(now),
        visitorHash: created.id,
        createdAt: now,
      })
      .onConflictDoNothing();
    return { id: created.id, created: true, status: 'pending', name: created.name };
  }
  const existing = await tx
    .select({ id: leads.id, status: leads.status, name: leads.name })
    .from(leads)
    .where(eq(leads.email, signup.email));
  const found = existing[0];
  if (!found) throw new Error('lead neither inserted nor found');
  return { ...found, created: false };
}

export async function listLeads(db: Database, limit = 200, offset = 0): Promise<LeadRow[]> {
  return db.select().from(leads).orderBy(desc(leads.createdAt)).limit(limit).offset(offset);
}

export interface SourceConfirmation {
  source: string;
  signups: number;
  confirmed: number;
  /** Confirmed per sign-up; null without sign-ups. */
  rate: number | null;
}

/** Every lead ever, per source: how many signed up and how many confirmed their address. */
export async function confirmationBySource(db: Database): Promise<SourceConfirmation[]> {
  const rows = await db
    .select({
      source: leads.source,
      signups: count(),
      confirmed: sql<number>`count(*) filter (where ${leads.status} = 'confirmed')`,
    })
    .from(leads)
    .groupBy(leads.source)
    .orderBy(desc(count()), leads.source);
  return rows.map((r) => {
    const signups = Number(r.signups);
    const confirmed = Number(r.confirmed);
    return { source: r.source, signups, confirmed, rate: signups > 0 ? confirmed / signups : null };
  });
}

export async function countLeads(db: Database): Promise<number> {
  const rows = await db.select({ n: count() }).from(leads);
  return Number(rows[0]?.n ?? 0);
}

export const CSV_COLUMNS = [
  'created_at',
  'email',
  'name',
  'experience',
  'source',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'consented_at',
  'status',
  'confirmed_at',
] as const;

/**
 * One CSV cell, always quoted: a spreadsheet that splits on `;` (or tabs) would otherwise cut an
 * unquoted `;=2+5;` into cells and run `=2+5` as a formula. A value starting with = + - @, tab or
 * carriage return is prefixed with an apostrophe so it is shown as text (OWASP's CSV injection
 * guidance).
 */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV (CRLF line ends) of the leads, header first. */
export function leadsCsv(rows: readonly LeadRow[]): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.createdAt.toISOString(),
        r.email,
        r.name,
        r.experience,
        r.source,
        r.utmSource,
        r.utmMedium,
        r.utmCampaign,
        r.utmTerm,
        r.utmContent,
        r.consentedAt.toISOString(),
        r.status,
        r.confirmedAt?.toISOString(),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
