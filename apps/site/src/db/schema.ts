import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
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

/** Fixed-window counters, shared by every app instance through the database. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text('bucket').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] })],
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
  },
  (t) => [
    uniqueIndex('leads_email_idx').on(t.email),
    index('leads_created_idx').on(t.createdAt),
    index('leads_source_idx').on(t.source),
  ],
);

export const funnelStep = pgEnum('funnel_step', ['view', 'cta_click', 'trial_view', 'signup']);

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
