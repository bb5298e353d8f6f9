import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { questions } from '@/db/schema';
import { answeredQuestions, insertQuestion, markAnswered } from '@/server/questions';
import { hitRateLimit, pruneRateLimits } from '@/server/rate-limit';
import { persistentSecret } from '@/server/secrets';
import { recordView, viewCount } from '@/server/views';
import { backends } from './helpers/backends';

/**
 * The data layer against the embedded database, and against a PostgreSQL server as well when
 * TEST_DATABASE_URL is set (CI starts one). Same schema, same migrations, same assertions.
 */
describe.each(backends('db'))('data layer on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ handle, cleanup } = await open());
    await handle.migrate();
  }, 60_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it('migrate() is idempotent: a second run applies nothing and keeps the data', async () => {
    const applied = async () => {
      const result = await handle.db.execute(
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      return Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n);
    };
    const before = await applied();
    expect(before).toBeGreaterThan(0);
    await insertQuestion(handle.db, {
      question: 'Does a second migrate keep my question?',
      clientHash: 'm',
    });
    await handle.migrate();
    expect(await applied()).toBe(before);
    const kept = await handle.db.select().from(questions).where(sql`${questions.clientHash} = 'm'`);
    expect(kept).toHaveLength(1);
  });

  it('insertQuestion stores every field and returns the new id', async () => {
    const id = await insertQuestion(handle.db, {
      question: 'How wide should my wings be at 45 DTE?',
      name: 'Dana',
      email: 'dana@example.com',
      articleSlug: 'iron-condor-wing-width',
      clientHash: 'hash-1',
      userAgent: 'test',
    });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [row] = await handle.db.select().from(questions).where(sql`${questions.id} = ${id}`);
    expect(row).toMatchObject({
      question: 'How wide should my wings be at 45 DTE?',
      name: 'Dana',
      email: 'dana@example.com',
      articleSlug: 'iron-condor-wing-width',
      status: 'new',
      clientHash: 'hash-1',
      userAgent: 'test',
    });
    expect(row?.createdAt).toBeInstanceOf(Date);
  });

  it('hitRateLimit allows `limit` hits per window, then refuses with the seconds left', async () => {
    const now = new Date('2026-11-24T10:03:20Z');
    const at = (time: string) => new Date(`2026-11-24T${time}Z`);
    const results = [];
    for (let i = 0; i < 4; i += 1)
      results.push(await hitRateLimit(handle.db, 'test:a', 3, 600, now));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.hits).toBe(4);
    // The hits fall in the 40-second slice from 10:03:20, which stays in the 600-second window
    // until 10:14:00: 640 s from now.
    expect(results[3]?.retryAfter).toBe(640);
    const stillCounted = await hitRateLimit(handle.db, 'test:a', 3, 600, at('10:13:59'));
    expect(stillCounted).toMatchObject({ allowed: false, retryAfter: 1 });
    const later = await hitRateLimit(handle.db, 'test:a', 3, 600, at('10:14:00'));
    // Refused hits count too (10:13:59 is one), so hammering a limit does not wear it down.
    expect(later).toMatchObject({ allowed: true, hits: 2 });
    const otherClient = await hitRateLimit(handle.db, 'test:b', 3, 600, now);
    expect(otherClient.hits).toBe(1);
  });

  it('hitRateLimit never lets more than `limit` through in any window-long stretch', async () => {
    const at = (time: string) => new Date(`2026-11-24T${time}Z`);
    // Three hits just before 10:10:00 and one just after: a fixed window starting at 10:10:00
    // would have let the fourth through.
    for (const time of ['10:09:50', '10:09:55', '10:09:59'])
      expect((await hitRateLimit(handle.db, 'test:edge', 3, 600, at(time))).allowed).toBe(true);
    const across = await hitRateLimit(handle.db, 'test:edge', 3, 600, at('10:10:05'));
    expect(across.allowed).toBe(false);
    // The first three hits' slice (10:09:20-10:10:00) leaves the window at 10:20:00.
    expect(across.retryAfter).toBe(595);
    expect((await hitRateLimit(handle.db, 'test:edge', 3, 600, at('10:20:00'))).allowed).toBe(true);
  });

  it('pruneRateLimits keeps a counter as long as its window can still count it', async () => {
    const day = 86_400;
    const now = new Date('2026-11-25T09:00:00Z');
    for (let i = 0; i < 3; i += 1) await hitRateLimit(handle.db, 'test:day', 3, day, now);
    await pruneRateLimits(handle.db, new Date('2026-11-25T12:00:00Z'));
    const later = new Date('2026-11-25T20:00:00Z');
    expect((await hitRateLimit(handle.db, 'test:day', 3, day, later)).allowed).toBe(false);
    // Once the slice has left every window, the prune takes its row.
    await pruneRateLimits(handle.db, new Date('2026-11-26T12:00:00Z'));
    const fresh = await hitRateLimit(
      handle.db,
      'test:day',
      3,
      day,
      new Date('2026-11-26T12:00:00Z'),
    );
    expect(fresh.hits).toBe(2);
  });

  it('hitRateLimit counts concurrent hits exactly', async () => {
    const now = new Date('2026-11-24T11:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => hitRateLimit(handle.db, 'test:c', 5, 60, now)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.map((r) => r.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it('recordView counts a visitor once per article per day', async () => {
    const day1 = new Date('2026-11-24T09:00:00Z');
    expect(await recordView(handle.db, 'flagship', '10.0.0.1', day1)).toBe(1);
    expect(
      await recordView(handle.db, 'flagship', '10.0.0.1', new Date('2026-11-24T18:00:00Z')),
    ).toBe(1);
    expect(await recordView(handle.db, 'flagship', '10.0.0.2', day1)).toBe(2);
    expect(
      await recordView(handle.db, 'flagship', '10.0.0.1', new Date('2026-11-25T09:00:00Z')),
    ).toBe(3);
    expect(await recordView(handle.db, 'other', '10.0.0.1', day1)).toBe(1);
    expect(await viewCount(handle.db, 'flagship')).toBe(3);
  });

  it('persistentSecret is generated once and then stable', async () => {
    const first = await persistentSecret(handle.db, 'test-secret');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await persistentSecret(handle.db, 'test-secret')).toBe(first);
  });

  it('answeredQuestions lists only answered questions linked to the article', async () => {
    const asked = await insertQuestion(handle.db, {
      question: 'Why 45 DTE for the first layer?',
      clientHash: 'h',
    });
    await insertQuestion(handle.db, { question: 'An unanswered question here', clientHash: 'h' });
    expect(await answeredQuestions(handle.db, '45-dte-vs-15-dte-layers')).toEqual([]);
    await markAnswered(
      handle.db,
      asked,
      '45-dte-vs-15-dte-layers',
      new Date('2026-11-20T00:00:00Z'),
    );
    const featured = await answeredQuestions(handle.db, '45-dte-vs-15-dte-layers');
    expect(featured).toEqual([
      {
        id: asked,
        question: 'Why 45 DTE for the first layer?',
        name: null,
        answeredBySlug: '45-dte-vs-15-dte-layers',
        answeredAt: '2026-11-20T00:00:00.000Z',
      },
    ]);
    expect((await answeredQuestions(handle.db)).map((q) => q.id)).toContain(asked);
  });
});
