import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Everything readers create. One schema for the embedded database (PGlite) and for PostgreSQL;
 * `npm run db:generate -w @vixshield/site` turns a change here into a migration in ./migrations.
 */

export const questionStatus = pgEnum('question_status', ['new', 'answered', 'rejected', 'spam']);

export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    question: text('question').notNull(),
    name: text('name'),
    email: text('email'),
    /** The article the question was asked from, if any. */
    articleSlug: text('article_slug'),
    status: questionStatus('status').notNull().default('new'),
    /** The article that answers the question, once an editor links one. */
    answeredBySlug: text('answered_by_slug'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** The reader asked to be emailed when the question is answered (needs an email). */
    notify: boolean('notify').notNull().default(false),
    /** Salted hash of the client address; the address itself is never stored. */
    clientHash: text('client_hash').notNull(),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('questions_status_created_idx').on(t.status, t.createdAt),
    index('questions_answered_by_idx').on(t.answeredBySlug),
  ],
);

/**
 * Sliding-window counters, shared by every app instance through the database: one row per
 * bucket per slice of its window (`windowStart` is the slice's start), deletable once
 * `expiresAt` has passed.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text('bucket').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.windowStart] }),
    index('rate_limits_expires_idx').on(t.expiresAt),
  ],
);

/** One row per visitor per article per day; the visitor is a daily-salted hash, no cookie. */
export const articleViews = pgTable(
  'article_views',
  {
    articleSlug: text('article_slug').notNull(),
    day: date('day').notNull(),
    visitorHash: text('visitor_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleSlug, t.day, t.visitorHash] })],
);

/** Server-generated values that must survive restarts and be shared by instances (hash salts). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type QuestionRow = typeof questions.$inferSelect;
export type QuestionStatus = (typeof questionStatus.enumValues)[number];

/* ---- Trial funnel and editors' admin (issue 8) ---------------------------------------------- */

export const experienceLevel = pgEnum('experience_level', [
  'new-to-options',
  'some-options',
  'spreads-regularly',
  'professional',
]);

/** Double opt-in: a lead is pending until its address is confirmed from the email. */
export const leadStatus = pgEnum('lead_status', ['pending', 'confirmed']);

/**
 * Trial sign-ups. One row per email (stored trimmed and lower-cased): signing up again with the
 * same address finds this row instead of adding one, so the first attribution is kept.
 */
export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    email: text('email').notNull(),
    name: text('name'),
    experience: experienceLevel('experience').notNull(),
    /** When the reader ticked the consent box; a sign-up without it is refused. */
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    /** The page whose call to action led here (`ask/<slug>`, `calculators/<slug>`, `home`…). */
    source: text('source').notNull().default('direct'),
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    utmTerm: text('utm_term'),
    utmContent: text('utm_content'),
    /** Salted hash of the client address; the address itself is never stored. */
    clientHash: text('client_hash').notNull(),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Double opt-in: `pending` until the reader opens the link in the confirmation email. */
    status: leadStatus('status').notNull().default('pending'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('leads_email_idx').on(t.email),
    index('leads_created_idx').on(t.createdAt),
    index('leads_source_idx').on(t.source),
  ],
);

export const funnelStep = pgEnum('funnel_step', [
  'view',
  'cta_click',
  'trial_view',
  'signup',
  'confirmed',
]);

/**
 * Funnel steps, each counted once per visitor per source per day (the visitor is a daily-salted
 * hash as for article views; a sign-up's visitor is the lead's id). No cookie, no third party.
 */
export const funnelEvents = pgTable(
  'funnel_events',
  {
    step: funnelStep('step').notNull(),
    source: text('source').notNull(),
    day: date('day').notNull(),
    visitorHash: text('visitor_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.step, t.source, t.day, t.visitorHash] }),
    index('funnel_events_day_idx').on(t.day),
  ],
);

/**
 * Editors' sessions. The cookie carries a signed token naming one of these rows; signing out
 * revokes the row, so a copied cookie stops working too.
 */
export const adminSessions = pgTable('admin_sessions', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export type LeadRow = typeof leads.$inferSelect;
export type ExperienceLevel = (typeof experienceLevel.enumValues)[number];
export type FunnelStep = (typeof funnelStep.enumValues)[number];

/* ---- Email: double opt-in, the outbox and the suppression list (issue 13) ------------------- */

export const emailKind = pgEnum('email_kind', [
  'trial-confirm',
  'trial-welcome',
  'trial-already',
  'question-answered',
]);

export const outboxStatus = pgEnum('outbox_status', ['pending', 'sent', 'failed', 'suppressed']);

export const suppressionReason = pgEnum('suppression_reason', [
  'unsubscribed',
  'bounced',
  'manual',
]);

/**
 * The transactional outbox: one row per email, inserted in the same transaction as the event
 * that causes it. A worker in the server process claims due rows (a lease, FOR UPDATE SKIP LOCKED
 * on PostgreSQL), renders them once (the rendered message and its Message-ID are kept, so a
 * retry sends the same bytes), sends them and records the SMTP server's answer.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    kind: emailKind('kind').notNull(),
    /** Lower-cased address. */
    recipient: text('recipient').notNull(),
    /** What the template needs (names, slugs, the lead or question id). */
    payload: jsonb('payload').notNull().$type<Record<string, string>>(),
    status: outboxStatus('status').notNull().default('pending'),
    /** At most one row per key (e.g. one welcome per lead, one answer email per question). */
    dedupeKey: text('dedupe_key'),
    /** Stable for the row: a resend after a crash carries the same Message-ID. */
    messageId: text('message_id').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** A worker's claim: no other worker takes the row before this time. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** Which claim holds the row (fences a late write from an expired claim). */
    claimToken: text('claim_token'),
    /** When an SMTP conversation for this row last started (the crash window is after it). */
    sendStartedAt: timestamp('send_started_at', { withTimezone: true }),
    lastError: text('last_error'),
    subject: text('subject'),
    html: text('html'),
    text: text('text'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    /** The whole message as sent (RFC 5322 source), kept for the mailbox and for audits. */
    raw: text('raw'),
    /** `smtp` or `mailbox` (no SMTP_URL: kept in the database for /admin/outbox). */
    transport: text('transport'),
    /** The SMTP server's acknowledgement of the message (e.g. `250 2.0.0 queued as …`). */
    smtpResponse: text('smtp_response'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('email_outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('email_outbox_recipient_idx').on(t.recipient, t.createdAt),
    uniqueIndex('email_outbox_dedupe_idx').on(t.dedupeKey),
    uniqueIndex('email_outbox_message_id_idx').on(t.messageId),
  ],
);

/** Addresses no email goes to: unsubscribed, bounced, or added by an editor. */
export const emailSuppressions = pgTable('email_suppressions', {
  email: text('email').primaryKey(),
  reason: suppressionReason('reason').notNull(),
  detail: text('detail'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type OutboxRow = typeof emailOutbox.$inferSelect;
export type EmailKind = (typeof emailKind.enumValues)[number];
export type OutboxStatus = (typeof outboxStatus.enumValues)[number];
export type SuppressionRow = typeof emailSuppressions.$inferSelect;
export type SuppressionReason = (typeof suppressionReason.enumValues)[number];
export type LeadStatus = (typeof leadStatus.enumValues)[number];
