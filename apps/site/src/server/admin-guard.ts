import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDatabase } from '../db/client';
import { env } from '../lib/env';
import { passwordFingerprint } from './auth';
import { problem, sameOrigin } from './http';
import { persistentSecret } from './secrets';
import {
  type AdminSession,
  type CookiePolicy,
  readCookie,
  type SessionContext,
  sessionCookieName,
  verifySession,
} from './session';

/**
 * The server-side check every admin page, route and action goes through. Nothing under /admin or
 * /api/admin answers with data unless this finds a valid session; with no ADMIN_PASSWORD
 * configured there is no valid session at all.
 */

export function adminEnabled(): boolean {
  return env.ADMIN_PASSWORD !== undefined;
}

export const ADMIN_DISABLED_MESSAGE =
  'The admin is disabled: no ADMIN_PASSWORD is configured on this server. Set ADMIN_PASSWORD (at least 12 characters) and restart the site to enable it.';

/** The database, signing key and password fingerprint sessions are checked against. */
export async function sessionContext(): Promise<SessionContext> {
  const configured = env.ADMIN_PASSWORD;
  if (!configured) throw new Error('admin disabled');
  const { db } = await getDatabase();
  const secret = env.SESSION_SECRET ?? (await persistentSecret(db, 'session-secret'));
  const key = new TextEncoder().encode(secret);
  return {
    db,
    key,
    fingerprint: passwordFingerprint(configured, key),
    hours: env.SESSION_HOURS,
    idleMinutes: env.SESSION_IDLE_MINUTES,
  };
}

/** How the admin's cookies are set: Secure (and `__Host-` named) whenever SITE_URL is https. */
export function cookiePolicy(): CookiePolicy {
  return { secure: new URL(env.SITE_URL).protocol === 'https:' };
}

/** The cookie of `name` in the request, by the one cookie parser (see readCookie). */
export function requestCookie(headers: Headers, name: string): string | undefined {
  return readCookie(headers.get('cookie'), name);
}

export type GuardResult = { ok: true; session: AdminSession } | { ok: false; response: Response };

/**
 * For route handlers: 503 when the admin is disabled, 403 for a cross-site write, 401 without a
 * valid session (and 503 if the database cannot be reached, never an open door).
 */
export async function requireAdmin(
  request: Request,
  { write = false }: { write?: boolean } = {},
): Promise<GuardResult> {
  if (!adminEnabled()) {
    return { ok: false, response: problem(503, 'admin-disabled', ADMIN_DISABLED_MESSAGE) };
  }
  if (write && !sameOrigin(request, { strict: true })) {
    return {
      ok: false,
      response: problem(403, 'cross-site', 'Admin actions can only be sent from this site.'),
    };
  }
  try {
    const token = requestCookie(request.headers, sessionCookieName(cookiePolicy()));
    const session = await verifySession(await sessionContext(), token);
    if (!session) {
      return {
        ok: false,
        response: problem(401, 'unauthorized', 'Sign in at /admin/login to use the admin.'),
      };
    }
    return { ok: true, session };
  } catch (error) {
    console.error('admin: could not check the session', error);
    return {
      ok: false,
      response: problem(503, 'unavailable', 'The admin cannot check sessions right now.'),
    };
  }
}

/** For server components: the current editor's session, or null. */
export async function currentAdmin(): Promise<AdminSession | null> {
  if (!adminEnabled()) return null;
  const token = requestCookie(await headers(), sessionCookieName(cookiePolicy()));
  if (!token) return null;
  try {
    return await verifySession(await sessionContext(), token);
  } catch (error) {
    console.error('admin: could not check the session', error);
    return null;
  }
}

/** For admin pages: the session, or a redirect to the sign-in page (which explains a disabled admin). */
export async function requireAdminPage(path: string): Promise<AdminSession> {
  const session = await currentAdmin();
  if (!session) redirect(`/admin/login?next=${encodeURIComponent(path)}`);
  return session;
}
