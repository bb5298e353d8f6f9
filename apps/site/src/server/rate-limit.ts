import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { rateLimits } from '../db/schema';
import { env } from '../lib/env';
import { clientHash } from './client-identity';
import { json, problem } from './http';

/**
 * Every rate limit of the site, in one table: what is counted, how many per window, whose
 * counter it is, and what a client past the limit is told. Routes call `enforce()` with a kind
 * and never name a bucket, a window or a 429 themselves.
 */
export type LimitKind = keyof typeof POLICIES;

interface Policy {
  /** Hits allowed per window. */
  limit: () => number;
  windowSeconds: number;
  /**
   * Whose counter: the client's network (see client-address.ts), one counter for everybody,
   * or a subject the route names (a signed-in browser).
   */
  key: 'client' | 'global' | 'subject';
  /** The answer past the limit. */
  answer: (retryAfter: number, limit: number) => Response;
}

const minutes = (seconds: number) => Math.ceil(seconds / 60);

function refuse(message: (wait: number, limit: number) => string) {
  return (retryAfter: number, limit: number) =>
    problem(429, 'rate-limited', message(minutes(retryAfter), limit), { retryAfter });
}

/** Wrong-password checks the whole site makes per window for browsers it does not know. */
export const LOGIN_GLOBAL_LIMIT = 50;

const POLICIES = {
  questions: {
    limit: () => env.QUESTION_RATE_LIMIT,
    windowSeconds: 600,
    key: 'client',
    answer: refuse(
      (wait, limit) =>
        `You have sent ${limit} questions in the last few minutes. Please wait ${wait} minute(s) and send it again; your text is still in the box.`,
    ),
  },
  trial: {
    limit: () => env.SIGNUP_RATE_LIMIT,
    windowSeconds: 600,
    key: 'client',
    answer: refuse(
      (wait) =>
        `Too many sign-ups from your connection in the last few minutes. Please wait ${wait} minute(s) and try again; your details are still in the form.`,
    ),
  },
  views: {
    limit: () => env.VIEW_RATE_LIMIT,
    windowSeconds: 60,
    key: 'client',
    answer: refuse(() => 'Too many requests; try again shortly.'),
  },
  // Beacons past the limit are dropped, not refused: a reader's browser never shows an error.
  events: {
    limit: () => env.EVENT_RATE_LIMIT,
    windowSeconds: 60,
    key: 'client',
    answer: () => json(202, { recorded: false }),
  },
  'admin-login': {
    limit: () => env.LOGIN_RATE_LIMIT,
    windowSeconds: 900,
    key: 'client',
    answer: refuse((wait) => `Too many sign-in attempts. Wait ${wait} minute(s) and try again.`),
  },
  // Caps password guessing from many addresses at once; browsers that signed in before are
  // counted by `admin-login-device` instead, so an attack does not lock editors out.
  'admin-login-global': {
    limit: () => LOGIN_GLOBAL_LIMIT,
    windowSeconds: 900,
    key: 'global',
    answer: refuse(
      (wait) =>
        `Sign-in is paused for everyone for ${wait} minute(s) after too many wrong passwords. A browser that has signed in here before can still sign in.`,
    ),
  },
  'admin-login-device': {
    limit: () => env.LOGIN_RATE_LIMIT,
    windowSeconds: 900,
    key: 'subject',
    answer: refuse((wait) => `Too many sign-in attempts. Wait ${wait} minute(s) and try again.`),
  },
} satisfies Record<string, Policy>;

/**
 * Counts one hit of `kind` and answers null when it is within the limit, or the policy's answer
 * when it is not. `subject` names the counter of `key: 'subject'` policies.
 */
export async function enforce(
  db: Database,
  kind: LimitKind,
  request: Request,
  { subject, now = new Date() }: { subject?: string; now?: Date } = {},
): Promise<Response | null> {
  const policy: Policy = POLICIES[kind];
  const who =
    policy.key === 'client'
      ? await clientHash(db, request.headers)
      : policy.key === 'global'
        ? 'all'
        : subject;
  if (who === undefined) throw new Error(`rate limit ${kind} needs a subject`);
  const limit = policy.limit();
  const result = await hitRateLimit(db, `${kind}:${who}`, limit, policy.windowSeconds, now);
  return result.allowed ? null : policy.answer(result.retryAfter, limit);
}

export interface RateLimitResult {
  allowed: boolean;
  /** Hits counted in the sliding window, this one included. */
  hits: number;
  /** Seconds until a next hit would be allowed, if no other arrives meanwhile (Retry-After). */
  retryAfter: number;
}

/**
 * Slices per window. A window of W seconds is counted as the current slice plus the SLICES
 * before it, so the count never misses a hit of the last W seconds (it may hold hits up to W/SLICES
 * older): no W-long stretch of time ever lets more than `limit` hits through, where a fixed window
 * lets twice as many through around its boundary. A refused client waits at most W + W/SLICES.
 */
const SLICES = 15;

/**
 * Sliding-window rate limit kept in the database, so it holds across app instances and restarts.
 * The hit is one atomic upsert on the current slice (concurrent hits are counted exactly); the
 * earlier slices of the window have ended and are only read.
 */
export async function hitRateLimit(
  db: Database,
  bucket: string,
  limit: number,
  windowSeconds: number,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const sliceMs = (windowSeconds * 1000) / SLICES;
  const sliceStart = Math.floor(now.getTime() / sliceMs) * sliceMs;
  const firstCounted = new Date(sliceStart - SLICES * sliceMs);
  /** When the slice starting at `start` has left every window that counts it. */
  const leavesAt = (start: number) => start + (SLICES + 1) * sliceMs;
  const current = await db
    .insert(rateLimits)
    .values({
      bucket,
      windowStart: new Date(sliceStart),
      hits: 1,
      expiresAt: new Date(leavesAt(sliceStart)),
    })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.windowStart],
      set: { hits: sql`${rateLimits.hits} + 1` },
    })
    .returning({ windowStart: rateLimits.windowStart, hits: rateLimits.hits });
  const earlier = await db
    .select({ windowStart: rateLimits.windowStart, hits: rateLimits.hits })
    .from(rateLimits)
    .where(
      and(
        eq(rateLimits.bucket, bucket),
        gte(rateLimits.windowStart, firstCounted),
        lt(rateLimits.windowStart, new Date(sliceStart)),
      ),
    )
    .orderBy(asc(rateLimits.windowStart));
  const slices = [...earlier, ...current];
  const hits = slices.reduce((sum, slice) => sum + slice.hits, 0);
  if (hits <= limit) return { allowed: true, hits, retryAfter: 0 };
  // The oldest slices leave the window first; a next hit is allowed once what remains, plus
  // that hit, is within the limit.
  let remaining = hits;
  let freeAt = leavesAt(sliceStart);
  for (const slice of slices) {
    remaining -= slice.hits;
    if (remaining + 1 <= limit) {
      freeAt = leavesAt(slice.windowStart.getTime());
      break;
    }
  }
  return {
    allowed: false,
    hits,
    retryAfter: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)),
  };
}

/**
 * Deletes the counters whose slice can no longer fall in any window, so the table holds at most
 * the clients of the current windows however many addresses pass by. Returns how many rows went.
 */
export async function pruneRateLimits(db: Database, now: Date = new Date()): Promise<number> {
  const gone = await db
    .delete(rateLimits)
    .where(lt(rateLimits.expiresAt, now))
    .returning({ bucket: rateLimits.bucket });
  return gone.length;
}
