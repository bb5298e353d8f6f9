import { count } from 'drizzle-orm';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { rateLimits } from '@/db/schema';
import { questionInput } from '@/lib/question-schema';
import { storableText } from '@/lib/text-rules';
import { trialSignup } from '@/lib/trial-schema';
import { cookiePolicy } from '@/server/admin-guard';
import { passwordFingerprint } from '@/server/auth';
import { CLIENT_ADDRESS_HEADER, networkOf } from '@/server/client-address';
import { buildFunnel } from '@/server/funnel-math';
import { attributedSource, isKnownSource, sourceTitle } from '@/server/funnel-sources';
import { REQUEST_ORIGIN_HEADER, sameOrigin } from '@/server/http';
import { csvCell } from '@/server/leads';
import { enforce, LOGIN_GLOBAL_LIMIT, pruneRateLimits } from '@/server/rate-limit';
import {
  createSession,
  issueDeviceToken,
  readCookie,
  sessionCookie,
  verifyDeviceToken,
  verifySession,
} from '@/server/session';
import { recordView } from '@/server/views';
import { embeddedDatabaseForFile } from './helpers/embedded-database';

/**
 * The rows of issue 15 that can be shown without a running server, each against the code that
 * enforces it (the HTTP-level rows are in scripts/proof/hostile.ts, row 5 in
 * database-timeouts.test.ts).
 */
const database = embeddedDatabaseForFile('hardening');

function from(address: string, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1/api/x', {
    method: 'POST',
    headers: { [CLIENT_ADDRESS_HEADER]: address, ...headers },
  });
}

describe('1: funnel sources are own keys only', () => {
  const inherited = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it('no inherited property name is a known page', () => {
    for (const name of inherited) {
      expect(isKnownSource(name), name).toBe(false);
      expect(sourceTitle(name), name).toBeUndefined();
      expect(attributedSource(name), name).toBe('direct');
    }
    expect(isKnownSource('home')).toBe(true);
  });

  it('the funnel table renders whatever is stored as text', () => {
    const rows = buildFunnel(inherited.map((source) => ({ source, step: 'view', count: 1 })));
    for (const row of rows) expect(typeof (sourceTitle(row.source) ?? row.source)).toBe('string');
  });
});

describe('2: one client is one network, and password guessing is capped site-wide', () => {
  it('normalises every spelling of an address, and keys IPv6 by its /64', () => {
    const same64 = [
      '2001:db8::1',
      '2001:DB8::1',
      '[2001:db8::1]',
      '[2001:db8::1]:443',
      '2001:0db8:0000:0000:0000:0000:0000:0001',
      '2001:db8:0:0:ffff:ffff:ffff:ffff',
      '2001:db8::abcd:1',
    ];
    for (const a of same64) expect(networkOf(a), a).toBe('2001:db8:0:0::/64');
    expect(networkOf('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(networkOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(networkOf('::FFFF:c000:0207')).toBe('192.0.2.7');
    expect(networkOf('192.000.002.007')).toBe('192.0.2.7');
    expect(networkOf('192.0.2.7')).toBe('192.0.2.7');
    expect(networkOf('192.0.2.7:51234')).toBe('192.0.2.7');
    expect(networkOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    for (const junk of ['', 'unknown', '1.2.3', '256.1.1.1', '2001:db8::g', 'a::b::c', ':::'])
      expect(networkOf(junk), junk).toBe('unknown');
  });

  it('40 addresses of one /64 share one sign-in limit', async () => {
    const now = new Date('2026-06-01T10:01:00Z');
    const statuses = [];
    for (let i = 1; i <= 40; i += 1) {
      const address = i % 2 ? `2001:db8:1:2::${i.toString(16)}` : `[2001:DB8:1:2:0:0:0:${i}]`;
      const refused = await enforce(database().db, 'admin-login', from(address), { now });
      statuses.push(refused?.status ?? 200);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.at(-1)).toBe(429);
  });

  it(`caps checks from browsers it does not know at ${LOGIN_GLOBAL_LIMIT} per window, across all addresses; a known browser still gets in`, async () => {
    const now = new Date('2026-06-01T11:01:00Z');
    let allowed = 0;
    let last: Response | null = null;
    for (let i = 0; i < LOGIN_GLOBAL_LIMIT + 20; i += 1) {
      last = await enforce(database().db, 'admin-login-global', from(`198.51.100.${i}`), { now });
      if (!last) allowed += 1;
    }
    expect(allowed).toBe(LOGIN_GLOBAL_LIMIT);
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);

    const key = new TextEncoder().encode('d'.repeat(40));
    const device = await verifyDeviceToken(key, await issueDeviceToken(key, now), now);
    expect(device).toMatch(/^[0-9a-f-]{36}$/);
    const known = await enforce(database().db, 'admin-login-device', from('203.0.113.5'), {
      subject: device ?? '',
      now,
    });
    expect(known).toBeNull();
    expect(await verifyDeviceToken(key, 'forged.token.value', now)).toBeNull();
  });
});

describe('4: CSV cells cannot become formulas', () => {
  it('quotes every cell and defuses leading formula characters', () => {
    expect(csvCell(';=2+5;')).toBe('";=2+5;"');
    expect(csvCell('x;=3+4')).toBe('"x;=3+4"');
    expect(csvCell('=1+1')).toBe('"\'=1+1"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('-1')).toBe('"\'-1"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\tx')).toBe('"\'\tx"');
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('""');
  });
});

describe('6: a visitor is a network per day, whatever it calls itself', () => {
  it('addresses of one /64 count one view; another /64 counts another', async () => {
    const day = new Date('2026-06-02T09:00:00Z');
    for (let i = 1; i <= 20; i += 1)
      await recordView(database().db, 'pushed', `2001:db8:9::${i}`, day);
    expect(await recordView(database().db, 'pushed', '2001:db8:9:0:ffff::1', day)).toBe(1);
    expect(await recordView(database().db, 'pushed', '2001:db8:a::1', day)).toBe(2);
  });
});

describe('7: rate-limit counters are pruned', () => {
  it('keeps the table bounded while new addresses keep arriving for an hour', async () => {
    const start = new Date('2026-06-03T00:00:00Z').getTime();
    const table = async () =>
      Number((await database().db.select({ n: count() }).from(rateLimits))[0]?.n);
    let largest = 0;
    for (let minute = 0; minute < 60; minute += 1) {
      const now = new Date(start + minute * 60_000);
      for (let i = 0; i < 5; i += 1)
        await enforce(database().db, 'views', from(`10.${minute}.0.${i}`), { now });
      if (minute % 5 === 4) await pruneRateLimits(database().db, now);
      largest = Math.max(largest, await table());
    }
    // A view counter expires 64 s after its slice began (the 60 s window and one 4 s slice), and
    // prunes come every 5 minutes: at most 7 minutes of 5 new clients a minute, plus the rows
    // other tests left: well below the 300 clients that passed.
    expect(largest).toBeLessThanOrEqual(5 * 7 + 60);
    // A window still running keeps its count through a prune.
    const now = new Date(start + 130 * 60_000);
    for (let i = 0; i < 3; i += 1)
      await enforce(database().db, 'questions', from('10.9.9.9'), { now });
    await pruneRateLimits(database().db, new Date(now.getTime() + 60_000));
    const rows = await database().db.select().from(rateLimits);
    expect(rows.find((r) => r.bucket.startsWith('questions:'))?.hits).toBe(3);
  }, 120_000);
});

describe('9, 12: sessions', () => {
  const key = new TextEncoder().encode('s'.repeat(40));
  const fingerprint = passwordFingerprint('correct horse battery', key);
  const ctx = () => ({ db: database().db, key, fingerprint, hours: 8, idleMinutes: 30 });

  it('9: the cookie is Secure and __Host- named whenever SITE_URL is https, whatever the Host', async () => {
    expect(cookiePolicy()).toEqual({ secure: true });
    const session = await createSession(ctx());
    const cookie = sessionCookie(session, cookiePolicy());
    expect(cookie).toMatch(/^__Host-vixshield_admin=/);
    expect(cookie).toMatch(/; Secure$/);
    expect(cookie).toContain('Path=/');
  });

  it('9: a session left alone past the idle timeout ends; one in use lasts until the absolute end', async () => {
    const t0 = new Date('2026-06-04T08:00:00Z');
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    const idle = await createSession(ctx(), t0);
    expect(await verifySession(ctx(), idle.token, at(29))).not.toBeNull();
    expect(await verifySession(ctx(), idle.token, at(29 + 31))).toBeNull();

    const busy = await createSession(ctx(), t0);
    for (let m = 20; m < 8 * 60; m += 20)
      expect(await verifySession(ctx(), busy.token, at(m)), `minute ${m}`).not.toBeNull();
    expect(await verifySession(ctx(), busy.token, at(8 * 60 + 1))).toBeNull();
  });

  it('12: a correctly signed token needs sub, iat and exp, and exp at most SESSION_HOURS after iat', async () => {
    const now = new Date('2026-06-05T08:00:00Z');
    const session = await createSession(ctx(), now);
    expect(await verifySession(ctx(), session.token, now)).not.toBeNull();
    const iat = Math.floor(now.getTime() / 1000);
    const forge = (claims: { iat?: number; exp?: number; sub?: string }) => {
      let jwt = new SignJWT({ pwd: fingerprint })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('vixshield-ask')
        .setAudience('vixshield-admin');
      if (claims.sub) jwt = jwt.setSubject(claims.sub);
      if (claims.iat !== undefined) jwt = jwt.setIssuedAt(claims.iat);
      if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
      return jwt.sign(key);
    };
    const sub = session.id;
    const tenYears = iat + 10 * 365 * 86_400;
    expect(await verifySession(ctx(), await forge({ sub, iat }), now)).toBeNull();
    expect(await verifySession(ctx(), await forge({ sub, iat, exp: tenYears }), now)).toBeNull();
    expect(await verifySession(ctx(), await forge({ sub, exp: iat + 3600 }), now)).toBeNull();
    expect(await verifySession(ctx(), await forge({ iat, exp: iat + 3600 }), now)).toBeNull();
    expect(
      await verifySession(ctx(), await forge({ sub, iat: iat + 7200, exp: iat + 9000 }), now),
    ).toBeNull();
    expect(
      await verifySession(ctx(), await forge({ sub, iat, exp: iat + 3600 }), now),
    ).not.toBeNull();
  });
});

describe('10: cross-site checks compare whole origins', () => {
  const write = (origin: string, extra: Record<string, string> = {}) =>
    new Request('http://127.0.0.1:4100/api/questions', {
      method: 'POST',
      headers: { origin, [REQUEST_ORIGIN_HEADER]: 'http://127.0.0.1:4100', ...extra },
    });

  it('accepts the origin the request reached and SITE_URL, nothing else', () => {
    expect(sameOrigin(write('http://127.0.0.1:4100'))).toBe(true);
    expect(sameOrigin(write('https://ask.vixshield.com'))).toBe(true);
    expect(sameOrigin(write('https://127.0.0.1:4100'))).toBe(false);
    expect(sameOrigin(write('http://127.0.0.1:4101'))).toBe(false);
    expect(sameOrigin(write('http://ask.vixshield.com'))).toBe(false);
    expect(sameOrigin(write('https://evil.example', { 'x-forwarded-host': 'evil.example' }))).toBe(
      false,
    );
    expect(sameOrigin(write('null'))).toBe(false);
  });

  it('the admin also refuses a cross-site request without Origin', () => {
    const noOrigin = (site: string) =>
      new Request('http://127.0.0.1/api/admin/logout', {
        method: 'POST',
        headers: { 'sec-fetch-site': site },
      });
    expect(sameOrigin(noOrigin('cross-site'), { strict: true })).toBe(false);
    expect(sameOrigin(noOrigin('same-origin'), { strict: true })).toBe(true);
    expect(sameOrigin(noOrigin('cross-site'))).toBe(true);
  });
});

describe('11: text that reads differently from what it is', () => {
  const deceptive = {
    'right-to-left override': 'Pay to \u202Emoc.live\u202C now',
    'zero-width space': 'Iron\u200Bcondor question here',
    'line separator': 'First line\u2028second line',
    'lone high surrogate': 'broken \uD800 text here',
    'lone low surrogate': 'broken \uDC00 text here',
    'left-to-right isolate': 'a \u2066isolated\u2069 question',
    'byte order mark inside': 'a question\uFEFF with a BOM',
  };

  it('is refused with a message at the field, in questions and names', () => {
    for (const [what, text] of Object.entries(deceptive)) {
      expect(storableText(text), what).toBe(false);
      const question = questionInput.safeParse({ question: text });
      expect(question.success, what).toBe(false);
      const named = questionInput.safeParse({ question: 'A normal question?', name: text });
      expect(named.success, what).toBe(false);
      const signup = trialSignup.safeParse({
        email: 'a@example.com',
        name: text,
        experience: 'some-options',
        consent: true,
      });
      expect(signup.success, what).toBe(false);
      expect(signup.error?.issues[0]?.message, what).toMatch(/cannot be stored/);
    }
  });

  it('leaves ordinary text, accents, other scripts and emoji alone', () => {
    for (const text of [
      'Zoë asks: what is θ?',
      'سؤال عن الخيارات',
      '👨‍👩‍👧 family hedge',
      'line\nbreak',
    ])
      expect(storableText(text), text).toBe(true);
  });
});

describe('13: one cookie parser', () => {
  it('reads the first of two same-named cookies, as browsers send the most specific first', () => {
    const header = '__Host-vixshield_admin=first; other=1; __Host-vixshield_admin=second';
    expect(readCookie(header, '__Host-vixshield_admin')).toBe('first');
  });
});
