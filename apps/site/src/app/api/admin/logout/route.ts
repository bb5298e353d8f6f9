import { cookiePolicy, requireAdmin, sessionContext } from '@/server/admin-guard';
import { json, problem, sameOrigin, unavailable } from '@/server/http';
import { clearedSessionCookie, revokeSession } from '@/server/session';

export const dynamic = 'force-dynamic';

/** POST /api/admin/logout → 200: revokes the session and clears the cookie. */
export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request, { strict: true })) {
    return problem(403, 'cross-site', 'Admin actions can only be sent from this site.');
  }
  const guard = await requireAdmin(request, { write: true });
  const response = guard.ok ? null : guard.response;
  if (guard.ok) {
    try {
      await revokeSession((await sessionContext()).db, guard.session.id);
    } catch (error) {
      console.error('admin: could not revoke a session', error);
      return unavailable();
    }
  }
  const out = response ?? json(200, { signedOut: true });
  out.headers.append('set-cookie', clearedSessionCookie(cookiePolicy()));
  return out;
}
