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
