import { getDatabase } from '@/db/client';
import { json, problem, unavailable } from '@/server/http';
import { unsubscribe } from '@/server/unsubscribe';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 4096;

function token(request: Request): string | undefined {
  return new URL(request.url).searchParams.get('t') ?? undefined;
}

/**
 * POST /api/unsubscribe?t=<signed token> — the List-Unsubscribe target (RFC 8058 one-click): the
 * mailbox provider posts `List-Unsubscribe=One-Click` and the address is unsubscribed at once,
 * with no other step; the signed token is the authority, so no Origin is required. 200
 * { unsubscribed: true }, 400 for a link that is not ours. The page's own button posts here too
 * and is sent back to the page, which then says the address is unsubscribed.
 */
export async function POST(request: Request): Promise<Response> {
  // The body carries nothing we need (RFC 8058 fixes it); read a bounded amount and drop it.
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) {
    return problem(413, 'payload-too-large', 'An unsubscribe request needs no body.');
  }
  await request.body?.cancel().catch(() => {});
  const t = token(request);
  try {
    const { db } = await getDatabase();
    if (!(await unsubscribe(db, t))) {
      return problem(400, 'invalid-link', 'This unsubscribe link is not valid.');
    }
  } catch (error) {
    console.error('unsubscribe: could not store', error);
    return unavailable();
  }
  if (request.headers.get('sec-fetch-mode') === 'navigate') {
    // A person pressed the button on /unsubscribe: show them the page again, now unsubscribed.
    return new Response(null, {
      status: 303,
      headers: { location: `/unsubscribe?t=${encodeURIComponent(t ?? '')}` },
    });
  }
  return json(200, { unsubscribed: true });
}

/** GET shows the page with its confirm button: a link opened (or prefetched) changes nothing. */
export function GET(request: Request): Response {
  return new Response(null, {
    status: 303,
    headers: { location: `/unsubscribe?t=${encodeURIComponent(token(request) ?? '')}` },
  });
}
