import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { jwtVerify, SignJWT } from 'jose';
import type { Database } from '../db/client';
import { adminSessions } from '../db/schema';

/**
 * Editors' sessions: an HS256-signed token (jose) in an HttpOnly, SameSite=Strict cookie that
 * expires, naming a row of admin_sessions. A token is valid only if its signature checks, it has
 * not expired, it was issued for the current password, and its row exists, is unexpired and has
 * not been revoked (signing out revokes it). Every instance shares the rows and the key, so
 * sessions survive restarts and work behind a load balancer.
 */

export const SESSION_COOKIE = 'vixshield_admin';
const ISSUER = 'vixshield-ask';
const AUDIENCE = 'vixshield-admin';

export interface SessionContext {
  db: Database;
  /** HMAC key signing the tokens. */
  key: Uint8Array;
  /** passwordFingerprint() of the configured password. */
  fingerprint: string;
}

export interface AdminSession {
  id: string;
  expiresAt: Date;
}

export interface IssuedSession extends AdminSession {
  token: string;
}

export async function createSession(
  { db, key, fingerprint }: SessionContext,
  hours: number,
  now: Date = new Date(),
): Promise<IssuedSession> {
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  const rows = await db
    .insert(adminSessions)
    .values({ createdAt: now, expiresAt })
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

/** The session a token stands for, or null for anything invalid, expired or revoked. */
export async function verifySession(
  { db, key, fingerprint }: SessionContext,
  token: string | undefined,
  now: Date = new Date(),
): Promise<AdminSession | null> {
  if (!token || token.length > 2048) return null;
  let sessionId: string;
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
    });
    if (payload.pwd !== fingerprint || typeof payload.sub !== 'string' || !UUID.test(payload.sub))
      return null;
    sessionId = payload.sub;
  } catch {
    return null;
  }
  const rows = await db
    .select({ id: adminSessions.id, expiresAt: adminSessions.expiresAt })
    .from(adminSessions)
    .where(
      and(
        eq(adminSessions.id, sessionId),
        isNull(adminSessions.revokedAt),
        gt(adminSessions.expiresAt, now),
      ),
    );
  return rows[0] ?? null;
}

export async function revokeSession(
  db: Database,
  id: string,
  now: Date = new Date(),
): Promise<void> {
  await db.update(adminSessions).set({ revokedAt: now }).where(eq(adminSessions.id, id));
}

/** Drops sessions that ended more than a day ago (expired or revoked). */
export async function pruneSessions(db: Database, now: Date = new Date()): Promise<void> {
  const dayAgo = new Date(now.getTime() - 86_400_000);
  await db
    .delete(adminSessions)
    .where(or(lt(adminSessions.expiresAt, dayAgo), lt(adminSessions.revokedAt, dayAgo)));
}

export interface CookieOptions {
  /** Secure flag: on in production (HTTPS); off only for plain-HTTP local runs. */
  secure: boolean;
}

export function sessionCookie(session: IssuedSession, { secure }: CookieOptions, now = new Date()) {
  const maxAge = Math.max(0, Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000));
  return [
    `${SESSION_COOKIE}=${session.token}`,
    'Path=/',
    `Max-Age=${maxAge}`,
    `Expires=${session.expiresAt.toUTCString()}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie({ secure }: CookieOptions): string {
  return [
    `${SESSION_COOKIE}=`,
    'Path=/',
    'Max-Age=0',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** A cookie's value from a Cookie request header. */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
