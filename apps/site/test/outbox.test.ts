import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { emailOutbox, funnelEvents, leads } from '@/db/schema';
import { trialSignup } from '@/lib/trial-schema';
import {
  emailLinkKey,
  unsubscribeToken,
  verifyConfirmToken,
  verifyUnsubscribeToken,
} from '@/server/email-links';
import { createMailer } from '@/server/mail-transport';
import { moderate } from '@/server/moderation';
import { claimDue, enqueueEmail, findEmail, outboxCounts, retryEmail } from '@/server/outbox';
import { backoffMs, OutboxWorker } from '@/server/outbox-worker';
import { insertQuestion } from '@/server/questions';
import { isSuppressed, suppress, unsuppress } from '@/server/suppressions';
import { confirmLead, requestTrial, SIGNUP_EMAILS_PER_DAY } from '@/server/trial-opt-in';
import { unsubscribe } from '@/server/unsubscribe';
import { linksOf, type SmtpSink, startSmtpSink } from '../scripts/proof/smtp-sink';
import { backends } from './helpers/backends';

/**
 * The email outbox end to end on the data layer: rows written with their events, a worker that
 * delivers them to a real SMTP server (smtp-server, in this process), messages parsed with
 * mailparser and their links followed. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is
 * set, where two instances also share one outbox.
 */
// Each test talks to a real SMTP server and database; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 });

function signup(email: string, source = 'ask/how-to-layer-iron-condors') {
  const {
    consent: _c,
    website: _w,
    ...rest
  } = trialSignup.parse({
    email,
    name: 'Robin',
    experience: 'some-options',
    consent: true,
    source,
  });
  return { signup: rest, clientHash: 'test-client' };
}

/** The path and query of one of our absolute links, to follow it against the data layer. */
function param(link: string, name: string): string {
  const url = new URL(link);
  expect(url.origin).toBe('https://ask.vixshield.com');
  return url.searchParams.get(name) ?? '';
}

describe.each(backends('outbox'))('email outbox on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let another: () => Promise<DatabaseHandle>;
  let cleanup: () => Promise<void>;
  let sink: SmtpSink;
  const workers: OutboxWorker[] = [];

  const worker = (h: DatabaseHandle = handle, options = {}) => {
    const w = new OutboxWorker({
      handle: h,
      mailer: createMailer(sink.url),
      pollMs: 50,
      retryBaseMs: 60_000,
      log: () => {},
      ...options,
    });
    workers.push(w);
    return w;
  };

  /** Delivers everything due now, as the running worker would. */
  const drain = async (w = worker()) => {
    while ((await w.runOnce()) > 0) {}
  };

  beforeAll(async () => {
    ({ handle, another, cleanup } = await open());
    await handle.migrate();
    sink = await startSmtpSink();
  }, 60_000);

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    sink.behaviour = {};
  });

  afterAll(async () => {
    await sink?.stop();
    await cleanup?.();
  });

  const inbox = (to: string) => sink.received.filter((m) => m.to.includes(to));

  it('sign-up → confirmation email → its link confirms → welcome email, all parsed from SMTP', async () => {
    const email = 'reader@example.com';
    const result = await requestTrial(handle.db, signup(email));
    expect(result).toMatchObject({ outcome: 'new', emailed: true });
    await drain();

    const [confirmation] = inbox(email);
    expect(confirmation).toBeDefined();
    if (!confirmation) return;
    const mail = confirmation.parsed;
    expect(mail.subject).toBe('Confirm your email to start your VixShield Signals trial');
    expect(mail.from?.value).toEqual([
      { name: 'VixShield Ask', address: 'no-reply@ask.vixshield.com' },
    ]);
    expect(mail.text).toContain('Risk disclaimer');
    expect(mail.text).toContain('Options involve substantial risk');
    expect(mail.html).toContain('Options involve substantial risk');
    expect(mail.html).toContain('prefers-color-scheme: dark');
    const row = (
      await handle.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, email))
    )[0];
    expect(confirmation.messageId).toBe(row?.messageId);
    expect(row).toMatchObject({ status: 'sent', transport: 'smtp', attempts: 1 });
    expect(row?.smtpResponse).toMatch(/^250 /);

    // RFC 8058 one-click unsubscribe: an HTTPS link, and the POST marker.
    const list = mail.headerLines.map((h) => h.line);
    const header = list.find((l) => /^List-Unsubscribe:/i.test(l)) ?? '';
    expect(header).toMatch(
      /^List-Unsubscribe: <https:\/\/ask\.vixshield\.com\/api\/unsubscribe\?t=[\w.-]+>$/,
    );
    expect(list).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    const confirmLink = linksOf(confirmation).find((l) => l.includes('/trial/confirm?'));
    expect(confirmLink).toBeDefined();
    const key = await emailLinkKey(handle.db);
    const check = await verifyConfirmToken(key, param(confirmLink ?? '', 't'));
    expect(check).toMatchObject({ ok: true, leadId: result.leadId, email });
    if (!check.ok) return;
    expect(await confirmLead(handle.db, check)).toBe('confirmed');
    // Single use: the same link again changes nothing and sends nothing.
    expect(await confirmLead(handle.db, check)).toBe('already-confirmed');
    const [lead] = await handle.db.select().from(leads).where(eq(leads.id, result.leadId));
    expect(lead).toMatchObject({ status: 'confirmed' });
    const steps = await handle.db
      .select()
      .from(funnelEvents)
      .where(eq(funnelEvents.visitorHash, result.leadId));
    expect(steps.map((s) => s.step).sort()).toEqual(['confirmed', 'signup']);

    await drain();
    const welcome = inbox(email).filter((m) => m.parsed.subject?.startsWith('Welcome'));
    expect(welcome).toHaveLength(1);
    expect(welcome[0]?.parsed.text).toContain('Hello Robin');
    expect(linksOf(welcome[0] as never)).toContain('https://ask.vixshield.com/ask');
  });

  it('the link expires after 48 hours and a forged or edited one is refused', async () => {
    const key = await emailLinkKey(handle.db);
    const result = await requestTrial(
      handle.db,
      signup('late@example.com'),
      new Date('2026-01-01T10:00:00Z'),
    );
    await drain();
    const link =
      linksOf(inbox('late@example.com')[0] as never).find((l) => l.includes('/trial/confirm?')) ??
      '';
    const token = param(link, 't');
    expect(await verifyConfirmToken(key, token, new Date('2026-01-03T09:59:00Z'))).toMatchObject({
      ok: true,
      leadId: result.leadId,
    });
    expect(await verifyConfirmToken(key, token, new Date('2026-01-03T10:00:01Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
    const edited = `${token.slice(0, -3)}${token.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect(await verifyConfirmToken(key, edited, new Date('2026-01-02T00:00:00Z'))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const other = new TextEncoder().encode('another key, not ours, 32+ chars long');
    expect(await verifyConfirmToken(other, token, new Date('2026-01-02T00:00:00Z'))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    // An unsubscribe token is not a confirmation token, nor the other way round.
    expect(
      (await verifyConfirmToken(key, await unsubscribeToken(key, 'late@example.com'))).ok,
    ).toBe(false);
    expect(await verifyUnsubscribeToken(key, token)).toBeNull();
  });

  it('repeat sign-ups: pending gets a new link, confirmed a short note, and at most 3 a day', async () => {
    const email = 'again@example.com';
    const day = new Date('2026-02-10T08:00:00Z');
    const first = await requestTrial(handle.db, signup(email), day);
    const second = await requestTrial(handle.db, signup(email, 'home'), day);
    expect(second).toMatchObject({ leadId: first.leadId, outcome: 'pending', emailed: true });
    await drain();
    expect(inbox(email).map((m) => m.parsed.subject)).toEqual([
      'Confirm your email to start your VixShield Signals trial',
      'Confirm your email to start your VixShield Signals trial',
    ]);
    const link = linksOf(inbox(email)[1] as never).find((l) => l.includes('/trial/confirm?')) ?? '';
    const check = await verifyConfirmToken(await emailLinkKey(handle.db), param(link, 't'), day);
    if (!check.ok) throw new Error('link should verify');
    expect(await confirmLead(handle.db, check, day)).toBe('confirmed');

    const third = await requestTrial(handle.db, signup(email), day);
    expect(third).toMatchObject({ outcome: 'confirmed', emailed: true });
    const fourth = await requestTrial(handle.db, signup(email), day);
    expect(fourth).toMatchObject({ outcome: 'confirmed', emailed: false });
    await drain();
    const subjects = inbox(email).map((m) => m.parsed.subject);
    expect(subjects.filter((s) => s?.startsWith('Confirm'))).toHaveLength(2);
    expect(
      subjects.filter((s) => s === 'You are already signed up for VixShield Signals'),
    ).toHaveLength(1);
    expect(subjects.filter((s) => s?.startsWith('Welcome'))).toHaveLength(1);
    expect(SIGNUP_EMAILS_PER_DAY).toBe(3);
    // The quota is per 24 hours, not per calendar day: just before 24 hours have passed the
    // address still gets nothing; two hours later it may be written to again.
    const almostADay = await requestTrial(
      handle.db,
      signup(email),
      new Date('2026-02-11T07:59:00Z'),
    );
    expect(almostADay.emailed).toBe(false);
    const nextDay = await requestTrial(handle.db, signup(email), new Date('2026-02-11T10:00:00Z'));
    expect(nextDay.emailed).toBe(true);
  });

  it('an answered question with notify sends one email with the absolute article link, once', async () => {
    const id = await insertQuestion(handle.db, {
      question: 'How far apart should my two condor layers be?',
      name: 'Dana',
      email: 'dana@example.com',
      notify: true,
      clientHash: 'q',
    });
    const silent = await insertQuestion(handle.db, {
      question: 'A question whose reader did not ask for an email.',
      email: 'quiet@example.com',
      clientHash: 'q',
    });
    const article = { slug: 'how-to-layer-iron-condors', title: 'How to layer iron condors' };
    expect(await moderate(handle.db, id, 'answer', article)).toBe(true);
    expect(await moderate(handle.db, silent, 'answer', article)).toBe(true);
    await moderate(handle.db, id, 'reopen');
    await moderate(handle.db, id, 'answer', article);
    await drain();
    const mails = inbox('dana@example.com');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.parsed.subject).toBe('Your question is answered: How to layer iron condors');
    expect(linksOf(mails[0] as never)).toContain(
      'https://ask.vixshield.com/ask/how-to-layer-iron-condors',
    );
    expect(mails[0]?.parsed.text).toContain('How far apart should my two condor layers be?');
    expect(inbox('quiet@example.com')).toHaveLength(0);
  });

  it('one-click unsubscribe suppresses the address: later emails are not sent', async () => {
    const email = 'leaver@example.com';
    await requestTrial(handle.db, signup(email));
    await drain();
    const header = inbox(email)[0]?.parsed.headerLines.find((h) =>
      /^list-unsubscribe$/i.test(h.key),
    );
    const link = /<([^>]+)>/.exec(header?.line ?? '')?.[1] ?? '';
    expect(await unsubscribe(handle.db, param(link, 't'))).toBe(true);
    expect(await isSuppressed(handle.db, 'LEAVER@example.com')).toBe(true);
    expect(await unsubscribe(handle.db, 'not-a-token')).toBe(false);

    await requestTrial(handle.db, signup(email));
    await drain();
    expect(inbox(email)).toHaveLength(1);
    const rows = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, email));
    expect(rows.map((r) => r.status).sort()).toEqual(['sent', 'suppressed']);

    // Off the list and retried by an editor, the held email goes out.
    const held = rows.find((r) => r.status === 'suppressed');
    expect(await unsuppress(handle.db, email)).toBe(true);
    expect(await retryEmail(handle.db, held?.id ?? '')).toBe(true);
    await drain();
    expect(inbox(email)).toHaveLength(2);
  });

  it('a temporary SMTP failure is retried with backoff; the retry sends the same message', async () => {
    sink.behaviour = { failData: () => ({ code: 451, message: 'try again later' }) };
    const id = await enqueueEmail(handle.db, {
      kind: 'trial-already',
      recipient: 'retry@example.com',
      payload: { leadId: '00000000-0000-4000-8000-000000000000' },
    });
    const before = Date.now();
    await worker().runOnce();
    const failed = await findEmail(handle.db, id ?? '');
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed?.lastError).toMatch(/451/);
    const wait = (failed?.nextAttemptAt.getTime() ?? 0) - before;
    expect(wait).toBeGreaterThanOrEqual(0.8 * 60_000);
    expect(wait).toBeLessThanOrEqual(1.2 * 60_000 + 5_000);
    // Not due yet: nothing is claimed now.
    expect(await worker().runOnce()).toBe(0);

    sink.behaviour = {};
    await worker().runOnce(new Date(Date.now() + 2 * 60_000));
    const sent = await findEmail(handle.db, id ?? '');
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
    const got = inbox('retry@example.com');
    expect(got).toHaveLength(1);
    const lines = (s = '') => s.replace(/\r\n/g, '\n').trimEnd();
    expect(lines(got[0]?.raw)).toBe(lines(failed?.raw ?? ''));
  });

  it('backoff doubles from the base up to the cap', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 12].map((n) => backoffMs(n, 30_000, 3_600_000, mid))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 3_600_000,
    ]);
    expect(backoffMs(1, 1000, 60_000, () => 0)).toBe(800);
    expect(backoffMs(1, 1000, 60_000, () => 0.999999)).toBe(1200);
  });

  it('a recipient refused for good (550 at RCPT) fails at once and is suppressed as bounced', async () => {
    sink.behaviour = {
      refuseRecipient: (a) =>
        a === 'gone@example.com' ? { code: 550, message: 'no such user' } : undefined,
    };
    const id = await enqueueEmail(handle.db, {
      kind: 'trial-already',
      recipient: 'gone@example.com',
      payload: { leadId: '00000000-0000-4000-8000-000000000000' },
    });
    await worker().runOnce();
    const row = await findEmail(handle.db, id ?? '');
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row?.lastError).toMatch(/550/);
    expect(await isSuppressed(handle.db, 'gone@example.com')).toBe(true);
  });

  it('gives up after MAIL_MAX_ATTEMPTS temporary failures', async () => {
    sink.behaviour = { failData: () => ({ code: 421, message: 'closing' }) };
    const id = await enqueueEmail(handle.db, {
      kind: 'trial-already',
      recipient: 'flaky@example.com',
      payload: { leadId: '00000000-0000-4000-8000-000000000000' },
    });
    const w = worker(handle, { maxAttempts: 3 });
    for (let i = 0; i < 3; i += 1) await w.runOnce(new Date(Date.now() + i * 3_600_000 * 2));
    expect(await findEmail(handle.db, id ?? '')).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('a claim is one worker’s until its lease ends; after a crash the row goes out once, same Message-ID', async () => {
    const id = await enqueueEmail(handle.db, {
      kind: 'trial-already',
      recipient: 'crash@example.com',
      payload: { leadId: '00000000-0000-4000-8000-000000000000' },
    });
    // A worker claims the row and dies before sending (nothing renews or finishes its claim).
    const now = new Date();
    const dead = await claimDue(handle.db, { limit: 100, leaseMs: 60_000, now });
    expect(dead.map((c) => c.row.id)).toContain(id);
    // While the lease holds, nobody else takes it.
    expect(await worker().runOnce(new Date(now.getTime() + 30_000))).toBe(0);
    // After it, another worker does, and the reader gets one email.
    await worker().runOnce(new Date(now.getTime() + 61_000));
    const row = await findEmail(handle.db, id ?? '');
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    const got = inbox('crash@example.com');
    expect(got).toHaveLength(1);
    expect(got[0]?.messageId).toBe(row?.messageId);
  });

  it('two instances working one outbox send each of 40 emails exactly once', async () => {
    const other = await another();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        const id = await enqueueEmail(handle.db, {
          kind: 'trial-already',
          recipient: `many-${i}@example.com`,
          payload: { leadId: '00000000-0000-4000-8000-000000000000' },
        });
        if (id) ids.push(id);
      }
      sink.behaviour = { delayMs: 20 };
      const a = worker(handle);
      const b = worker(other);
      await Promise.all([a.start(), b.start()]);
      await sink.waitFor(
        (all) => all.filter((m) => m.to[0]?.startsWith('many-')).length >= 40,
        90_000,
      );
      await new Promise((r) => setTimeout(r, 300));
      const got = sink.received.filter((m) => m.to[0]?.startsWith('many-'));
      expect(got).toHaveLength(40);
      expect(new Set(got.map((m) => m.messageId)).size).toBe(40);
      expect(a.delivered + b.delivered).toBe(40);
      expect((await outboxCounts(handle.db)).pending).toBe(0);
    } finally {
      if (other !== handle) {
        await Promise.all(workers.splice(0).map((w) => w.stop()));
        await other.close();
      }
    }
  }, 120_000);

  it('an address on the suppression list gets nothing; the row says why', async () => {
    await suppress(handle.db, 'blocked@example.com', 'manual', 'asked by phone');
    const id = await enqueueEmail(handle.db, {
      kind: 'trial-already',
      recipient: 'Blocked@Example.com',
      payload: { leadId: '00000000-0000-4000-8000-000000000000' },
    });
    await drain();
    expect(await findEmail(handle.db, id ?? '')).toMatchObject({ status: 'suppressed' });
    expect(inbox('blocked@example.com')).toHaveLength(0);
  });
});
