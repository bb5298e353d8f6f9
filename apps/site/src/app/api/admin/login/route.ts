import { z } from 'zod';
import { getDatabase } from '@/db/client';
import { env } from '@/lib/env';
import {
  ADMIN_DISABLED_MESSAGE,
  adminEnabled,
  sameSiteRequest,
  secureCookies,
  sessionContext,
} from '@/server/admin-guard';
import { PASSWORD_MAX, verifyAdminPassword } from '@/server/auth';
import { clientHash } from '@/server/client-identity';
import { json, problem, readJsonBody, unavailable } from '@/server/http';
import { hitRateLimit } from '@/server/rate-limit';
import { createSession, pruneSessions, sessionCookie } from '@/server/session';

export const dynamic = 'force-dynamic';

const WINDOW_SECONDS = 900;
const credentials = z.object({ password: z.string().max(PASSWORD_MAX) });

/**
 * POST /api/admin/login — { password } → 204 with the session cookie. 401 for a wrong password,
 * 429 past the per-client limit of attempts, 503 when the admin is disabled (no ADMIN_PASSWORD).
 */
export async function POST(request: Request): Promise<Response> {
  if (!adminEnabled()) return problem(503, 'admin-disabled', ADMIN_DISABLED_MESSAGE);
  if (!sameSiteRequest(request)) {
    return problem(403, 'cross-site', 'Sign in from this site’s sign-in page.');
  }
  const body = await readJsonBody(request, 4096);
  if (!body.ok) return body.response;
  const parsed = credentials.safeParse(body.value);
  if (!parsed.success) {
    return problem(400, 'invalid', 'Send { "password": "…" }.', {
      fields: { password: 'Enter the admin password' },
    });
  }

  try {
    const { db } = await getDatabase();
    const limit = await hitRateLimit(
      db,
      `admin-login:${await clientHash(db, request.headers)}`,
      env.LOGIN_RATE_LIMIT,
      WINDOW_SECONDS,
    );
    if (!limit.allowed) {
      return problem(
        429,
        'rate-limited',
        `Too many sign-in attempts. Wait ${Math.ceil(limit.retryAfter / 60)} minute(s) and try again.`,
        { retryAfter: limit.retryAfter },
        { 'retry-after': String(limit.retryAfter) },
      );
    }
    if (!(await verifyAdminPassword(env.ADMIN_PASSWORD, parsed.data.password))) {
      return problem(401, 'wrong-password', 'That password is not right.', {
        fields: { password: 'That password is not right' },
      });
    }
    const session = await createSession(await sessionContext(), env.SESSION_HOURS);
    pruneSessions(db).catch(() => {});
    const response = json(200, { expiresAt: session.expiresAt.toISOString() });
    response.headers.append(
      'set-cookie',
      sessionCookie(session, { secure: secureCookies(request.headers) }),
    );
    return response;
  } catch (error) {
    console.error('admin: sign-in failed', error);
    return unavailable();
  }
}
