import { z } from 'zod';
import { env } from '@/lib/env';
import {
  ADMIN_DISABLED_MESSAGE,
  adminEnabled,
  cookiePolicy,
  requestCookie,
  sessionContext,
} from '@/server/admin-guard';
import { PASSWORD_MAX, verifyAdminPassword } from '@/server/auth';
import { json, parseJsonWrite, problem, unavailable } from '@/server/http';
import { enforce } from '@/server/rate-limit';
import {
  createSession,
  deviceCookie,
  deviceCookieName,
  issueDeviceToken,
  sessionCookie,
  verifyDeviceToken,
} from '@/server/session';

export const dynamic = 'force-dynamic';

const credentials = z.object({ password: z.string().max(PASSWORD_MAX) });
const PASSWORD_FIELD = { name: 'password', message: 'Enter the admin password' };

/**
 * POST /api/admin/login — { password } → 200 { expiresAt } with the session cookie (and the
 * known-browser cookie). 401 for a wrong password; 429 past the per-client limit of attempts, or
 * past the site-wide cap on checks from browsers that never signed in (a browser that did has
 * its own limit instead, so an attack does not lock editors out); 503 when the admin is disabled.
 */
export async function POST(request: Request): Promise<Response> {
  if (!adminEnabled()) return problem(503, 'admin-disabled', ADMIN_DISABLED_MESSAGE);
  const parsed = await parseJsonWrite(request, credentials, {
    crossOrigin: 'Sign in from this site’s sign-in page.',
    strictOrigin: true,
    expected: 'Send { "password": "…" }.',
    fields: { first: PASSWORD_FIELD, errors: () => ({ password: PASSWORD_FIELD.message }) },
  });
  if (!parsed.ok) return parsed.response;

  try {
    const context = await sessionContext();
    const { db, key } = context;
    const policy = cookiePolicy();
    const device = await verifyDeviceToken(
      key,
      requestCookie(request.headers, deviceCookieName(policy)),
    );
    const limited =
      (await enforce(db, 'admin-login', request)) ??
      (device
        ? await enforce(db, 'admin-login-device', request, { subject: device })
        : await enforce(db, 'admin-login-global', request));
    if (limited) return limited;
    if (!(await verifyAdminPassword(env.ADMIN_PASSWORD, parsed.data.password))) {
      return problem(401, 'wrong-password', 'That password is not right.', {
        fields: { password: 'That password is not right' },
      });
    }
    const session = await createSession(context);
    const response = json(200, { expiresAt: session.expiresAt.toISOString() });
    response.headers.append('set-cookie', sessionCookie(session, policy));
    response.headers.append('set-cookie', deviceCookie(await issueDeviceToken(key), policy));
    return response;
  } catch (error) {
    console.error('admin: sign-in failed', error);
    return unavailable();
  }
}
