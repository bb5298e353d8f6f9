import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { jwtVerify, SignJWT } from 'jose';
import type { Database } from '../db/client';
import { adminSessions } from '../db/schema';

/**
 * Editors' sessions: an HS256-signed token (jose) in an HttpOnly, SameSite=Strict cookie, naming
 * a row of admin_sessions. A token is valid only if its signature checks, it carries `sub`,
 * `iat` and `exp` with a lifetime of at most the configured hours, it was issued for the current
 * password, and its row exists, has not been revoked, was created within the absolute lifetime
 * and has been used within the idle timeout (the row's `expires_at` is the idle deadline, moved
 * forward as the editor works, never past the absolute end). Every instance shares the rows and
 * the key, so sessions survive restarts and work behind a load balancer.
 */

const ISSUER = 'vixshield-ask';
const AUDIENCE = 'vixshield-admin';
const DEVICE_AUDIENCE = 'vixshield-admin-device';

export interface SessionContext {
  db: Database;
  /** HMAC key signing the tokens. */
  key: Uint8Array;
  /** passwordFingerprint() of the configured password. */
  fingerprint: string;
  /** Absolute lifetime of a session. */
  hours: number;
  /** A session not used for this long ends. */
  idleMinutes: number;
}

export interface AdminSession {
  id: string;
  /** When the session ends at the latest (the absolute lifetime). */
  expiresAt: Date;
}

export interface IssuedSession extends AdminSession {
  token: string;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

function idleDeadline(createdAt: Date, now: Date, { hours, idleMinutes }: SessionContext): Date {
  return new Date(
    Math.min(createdAt.getTime() + hours * HOUR, now.getTime() + idleMinutes * MINUTE),
  );
}

export async function createSession(
  context: SessionContext,
  now: Date = new Date(),
): Promise<IssuedSession> {
  const { db, key, fingerprint, hours } = context;
  const expiresAt = new Date(now.getTime() + hours * HOUR);
  const rows = await db
    .insert(adminSessions)
    .values({ createdAt: now, expiresAt: idleDeadline(now, now, context) })
    .returning({ id: adminSessions.id });
  const id = rows[0]?.id;
  if (!id) throw new Error('session insert returned no id');
  const token = await new SignJWT({ pwd: fingerprint })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key);
  return { id, expiresAt, token };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Clock difference between instances tolerated on `iat`. */
const SKEW_SECONDS = 60;

/**
 * The `sub` of a token signed with `key` for `audience` whose `iat` and `exp` are present and at
 * most `maxSeconds` apart (a correctly signed token without `exp`, or with a ten-year one, is
 * refused), or null.
 */
async function verifiedSubject(
  token: string | undefined,
  key: Uint8Array,
  audience: string,
  maxSeconds: number,
  now: Date,
): Promise<{ sub: string; payload: Record<string, unknown> } | null> {
  if (!token || token.length > 2048) return null;
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience,
      currentDate: now,
      requiredClaims: ['sub', 'iat', 'exp'],
      maxTokenAge: maxSeconds,
    });
    const { sub, iat, exp } = payload;
    if (typeof sub !== 'string' || !UUID.test(sub)) return null;
    if (typeof iat !== 'number' || typeof exp !== 'number') return null;
    if (exp - iat > maxSeconds || iat > now.getTime() / 1000 + SKEW_SECONDS) return null;
    return { sub, payload };
  } catch {
    return null;
  }
}

/** The session a token stands for, or null for anything invalid, expired, idle or revoked. */
export async function verifySession(
  context: SessionContext,
  token: string | undefined,
  now: Date = new Date(),
): Promise<AdminSession | null> {
  const { db, key, fingerprint, hours, idleMinutes } = context;
  const verified = await verifiedSubject(token, key, AUDIENCE, hours * 3600, now);
  if (!verified || verified.payload.pwd !== fingerprint) return null;
  const rows = await db
    .select({
      id: adminSessions.id,
      createdAt: adminSessions.createdAt,
      idleUntil: adminSessions.expiresAt,
    })
    .from(adminSessions)
    .where(
      and(
        eq(adminSessions.id, verified.sub),
        isNull(adminSessions.revokedAt),
        gt(adminSessions.expiresAt, now),
        gt(adminSessions.createdAt, new Date(now.getTime() - hours * HOUR)),
      ),
    );
  const row = rows[0];
  if (!row) return null;
  // Moving the idle deadline costs a write: at most one a minute per session.
  const next = idleDeadline(row.createdAt, now, context);
  if (next.getTime() - row.idleUntil.getTime() >= Math.min(MINUTE, idleMinutes * MINUTE)) {
    await db.update(adminSessions).set({ expiresAt: next }).where(eq(adminSessions.id, row.id));
  }
  return { id: row.id, expiresAt: new Date(row.createdAt.getTime() + hours * HOUR) };
}

export async function revokeSession(
  db: Database,
  id: string,
  now: Date = new Date(),
): Promise<void> {
  await db.update(adminSessions).set({ revokedAt: now }).where(eq(adminSessions.id, id));
}

/** Drops sessions that ended more than a day ago (idle, expired or revoked). */
export async function pruneSessions(db: Database, now: Date = new Date()): Promise<void> {
  const dayAgo = new Date(now.getTime() - 86_400_000);
  await db
    .delete(adminSessions)
    .where(or(lt(adminSessions.expiresAt, dayAgo), lt(adminSessions.revokedAt, dayAgo)));
}

/* ---- Known browsers ------------------------------------------------------------------------- */

/**
 * A browser that has signed in is given a second, long-lived signed cookie naming it (no row,
 * nothing about the editor). During a password-guessing attack the site-wide cap on wrong
 * passwords does not apply to it; it has its own per-browser limit instead (OWASP's "device
 * cookie" defence against lock-out).
 */
export const DEVICE_DAYS = 90;

export async function issueDeviceToken(key: Uint8Array, now: Date = new Date()): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(crypto.randomUUID())
    .setIssuer(ISSUER)
    .setAudience(DEVICE_AUDIENCE)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(now.getTime() / 1000) + DEVICE_DAYS * 86_400)
    .sign(key);
}

/** The browser's id if `token` is a valid device token, else null. */
export async function verifyDeviceToken(
  key: Uint8Array,
  token: string | undefined,
  now: Date = new Date(),
): Promise<string | null> {
  const verified = await verifiedSubject(token, key, DEVICE_AUDIENCE, DEVICE_DAYS * 86_400, now);
  return verified?.sub ?? null;
}

/* ---- Cookies -------------------------------------------------------------------------------- */

export interface CookiePolicy {
  /**
   * Secure flag, on whenever SITE_URL is https (browsers also accept Secure cookies from
   * http://localhost, so local runs work); with it the names get the `__Host-` prefix, which
   * browsers only accept from a secure origin, for Path=/ and without Domain, so no other site
   * or subdomain can plant or shadow them.
   */
  secure: boolean;
}

const SESSION_NAME = 'vixshield_admin';
const DEVICE_NAME = 'vixshield_admin_device';

export function sessionCookieName({ secure }: CookiePolicy): string {
  return secure ? `__Host-${SESSION_NAME}` : SESSION_NAME;
}

export function deviceCookieName({ secure }: CookiePolicy): string {
  return secure ? `__Host-${DEVICE_NAME}` : DEVICE_NAME;
}

function cookie(name: string, value: string, maxAge: number, { secure }: CookiePolicy): string {
  return [
    `${name}=${value}`,
    'Path=/',
    `Max-Age=${maxAge}`,
    `Expires=${new Date(Date.now() + maxAge * 1000).toUTCString()}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function sessionCookie(session: IssuedSession, policy: CookiePolicy, now = new Date()) {
  const maxAge = Math.max(0, Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000));
  return cookie(sessionCookieName(policy), session.token, maxAge, policy);
}

export function clearedSessionCookie(policy: CookiePolicy): string {
  return cookie(sessionCookieName(policy), '', 0, policy);
}

export function deviceCookie(token: string, policy: CookiePolicy): string {
  return cookie(deviceCookieName(policy), token, DEVICE_DAYS * 86_400, policy);
}

/**
 * A cookie's value from a Cookie request header: the first of that name, as browsers send the
 * most specific one first. The one parser every page, route and guard uses, so they can never
 * disagree about which of two same-named cookies counts.
 */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
