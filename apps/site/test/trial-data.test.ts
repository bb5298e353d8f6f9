import { describe, expect, it } from 'vitest';
import { leads } from '@/db/schema';
import { trialSignup } from '@/lib/trial-schema';
import { passwordFingerprint } from '@/server/auth';
import { dailyVisitor } from '@/server/client-identity';
import { funnelReport, recordStep } from '@/server/funnel';
import { createLead, leadsCsv, listLeads } from '@/server/leads';
import { deleteQuestion, findQuestion, moderate, statusCounts } from '@/server/moderation';
import { answeredQuestions, insertQuestion } from '@/server/questions';
import { createSession, revokeSession, verifySession } from '@/server/session';
import { embeddedDatabaseForFile } from './helpers/embedded-database';

/**
 * The funnel, leads, moderation and session data layer on the embedded database, with the same
 * migrations the site runs.
 */
const database = embeddedDatabaseForFile('trial');

function signup(email: string, source = 'ask/some-article') {
  const parsed = trialSignup.parse({
    email,
    name: 'Robin',
    experience: 'some-options',
    consent: true,
    source,
    utm: { utm_source: 'newsletter', utm_campaign: 'spring' },
  });
  const { consent: _c, website: _w, ...rest } = parsed;
  return rest;
}

describe('trial sign-ups', () => {
  it('stores a new lead with its attribution and counts the sign-up step', async () => {
    const now = new Date('2026-03-02T10:00:00Z');
    const result = await createLead(
      database().db,
      { signup: signup('First@Example.com'), clientHash: 'h1', userAgent: 'ua' },
      now,
    );
    expect(result.created).toBe(true);
    const [row] = await listLeads(database().db);
    expect(row).toMatchObject({
      id: result.id,
      email: 'first@example.com',
      name: 'Robin',
      experience: 'some-options',
      source: 'ask/some-article',
      utmSource: 'newsletter',
      utmCampaign: 'spring',
      utmMedium: null,
    });
    const report = await funnelReport(database().db, { from: '2026-03-01', to: '2026-03-03' });
    expect(report.rows.find((r) => r.source === 'ask/some-article')?.signups).toBe(1);
  });

  it('is idempotent: the same email again (any case) changes nothing and keeps the first source', async () => {
    const again = await createLead(
      database().db,
      { signup: signup('  FIRST@example.COM ', 'calculators/other'), clientHash: 'h2' },
      new Date('2026-03-02T11:00:00Z'),
    );
    expect(again.created).toBe(false);
    const all = await database().db.select().from(leads);
    expect(all).toHaveLength(1);
    expect(all[0]?.source).toBe('ask/some-article');
    expect(all[0]?.id).toBe(again.id);
    const report = await funnelReport(database().db, { from: '2026-03-01', to: '2026-03-03' });
    expect(report.rows.find((r) => r.source === 'calculators/other')).toBeUndefined();
    expect(report.rows.find((r) => r.source === 'ask/some-article')?.signups).toBe(1);
  });

  it('concurrent sign-ups with one email store one lead', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        createLead(database().db, { signup: signup('race@example.com'), clientHash: 'h3' }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
  });

  it('exports leads as CSV with a header and every cell quoted', async () => {
    const csv = leadsCsv(await listLeads(database().db));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"created_at","email","name","experience","source","utm_source","utm_medium","utm_campaign","utm_term","utm_content","consented_at","status","confirmed_at"',
    );
    expect(lines).toHaveLength(3);
    expect(csv).toContain(
      '"first@example.com","Robin","some-options","ask/some-article","newsletter","","spring"',
    );
  });
});

describe('funnel steps', () => {
  it('counts each step once per visitor per source per day', async () => {
    const day1 = new Date('2026-04-10T09:00:00Z');
    const day2 = new Date('2026-04-11T09:00:00Z');
    const v1 = await dailyVisitor(database().db, '10.0.0.1', day1);
    const v1next = await dailyVisitor(database().db, '10.0.0.1', day2);
    const v2 = await dailyVisitor(database().db, '10.0.0.2', day1);
    expect(v1).not.toBe(v1next);
    expect(await recordStep(database().db, 'view', 'ask/x', v1, day1)).toBe(true);
    expect(await recordStep(database().db, 'view', 'ask/x', v1, day1)).toBe(false);
    await recordStep(database().db, 'view', 'ask/x', v2, day1);
    await recordStep(database().db, 'view', 'ask/x', v1next, day2);
    await recordStep(database().db, 'cta_click', 'ask/x', v1, day1);
    await recordStep(database().db, 'trial_view', 'ask/x', v1, day1);
    await recordStep(database().db, 'view', 'calculators/y', v2, day2);

    const report = await funnelReport(database().db, { from: '2026-04-10', to: '2026-04-11' });
    const x = report.rows.find((r) => r.source === 'ask/x');
    expect(x).toMatchObject({ views: 3, clicks: 1, trialViews: 1, signups: 0 });
    expect(x?.clickRate).toBeCloseTo(1 / 3, 12);
    expect(report.daily).toEqual([
      { day: '2026-04-10', views: 2, clicks: 1, trialViews: 1, signups: 0, confirmations: 0 },
      { day: '2026-04-11', views: 2, clicks: 0, trialViews: 0, signups: 0, confirmations: 0 },
    ]);

    const only = await funnelReport(
      database().db,
      { from: '2026-04-10', to: '2026-04-11' },
      'calculators/y',
    );
    expect(only.daily.map((d) => d.views)).toEqual([0, 1]);

    const outside = await funnelReport(database().db, { from: '2026-04-12', to: '2026-04-20' });
    expect(outside.rows).toEqual([]);
  });
});

describe('moderation', () => {
  it('answers, rejects, marks spam, reopens and deletes', async () => {
    const id = await insertQuestion(database().db, {
      question: 'How do I pick the short strikes for a 45 DTE condor?',
      clientHash: 'c',
    });
    expect((await statusCounts(database().db)).new).toBeGreaterThanOrEqual(1);

    expect(
      await moderate(database().db, id, 'answer', {
        slug: 'how-to-layer-iron-condors',
        title: 'How to layer iron condors',
      }),
    ).toBe(true);
    const featured = await answeredQuestions(database().db, 'how-to-layer-iron-condors');
    expect(featured.map((q) => q.id)).toContain(id);

    expect(await moderate(database().db, id, 'reject')).toBe(true);
    expect(await findQuestion(database().db, id)).toMatchObject({
      status: 'rejected',
      answeredBySlug: null,
      answeredAt: null,
    });
    expect(await answeredQuestions(database().db, 'how-to-layer-iron-condors')).toEqual([]);

    await moderate(database().db, id, 'spam');
    expect((await findQuestion(database().db, id))?.status).toBe('spam');
    await moderate(database().db, id, 'reopen');
    expect((await findQuestion(database().db, id))?.status).toBe('new');

    expect(await deleteQuestion(database().db, id)).toBe(true);
    expect(await findQuestion(database().db, id)).toBeUndefined();
    expect(await deleteQuestion(database().db, id)).toBe(false);
    expect(await moderate(database().db, id, 'spam')).toBe(false);
  });
});

describe('admin sessions', () => {
  const key = new TextEncoder().encode('k'.repeat(40));
  const ctx = () => ({
    db: database().db,
    key,
    fingerprint: passwordFingerprint('correct horse battery', key),
    hours: 8,
    idleMinutes: 30,
  });

  it('a fresh token verifies; expired, revoked, tampered or re-keyed ones do not', async () => {
    const now = new Date('2026-05-01T12:00:00Z');
    const session = await createSession(ctx(), now);
    expect(await verifySession(ctx(), session.token, now)).toMatchObject({ id: session.id });

    const later = new Date(now.getTime() + 8 * 3_600_000 + 1000);
    expect(await verifySession(ctx(), session.token, later)).toBeNull();

    const tampered = `${session.token.slice(0, -2)}${session.token.endsWith('A') ? 'B' : 'A'}A`;
    expect(await verifySession(ctx(), tampered, now)).toBeNull();
    expect(await verifySession(ctx(), undefined, now)).toBeNull();
    expect(await verifySession(ctx(), 'not-a-token', now)).toBeNull();

    const otherKey = { ...ctx(), key: new TextEncoder().encode('x'.repeat(40)) };
    expect(await verifySession(otherKey, session.token, now)).toBeNull();

    const newPassword = { ...ctx(), fingerprint: passwordFingerprint('a different password', key) };
    expect(await verifySession(newPassword, session.token, now)).toBeNull();

    await revokeSession(database().db, session.id, now);
    expect(await verifySession(ctx(), session.token, now)).toBeNull();
  });
});
