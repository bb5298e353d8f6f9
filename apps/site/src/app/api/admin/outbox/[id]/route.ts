import { z } from 'zod';
import { getDatabase } from '@/db/client';
import { requireAdmin } from '@/server/admin-guard';
import { json, problem, readJsonBody, unavailable } from '@/server/http';
import { retryEmail, wakeOutbox } from '@/server/outbox';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const decision = z.object({ action: z.literal('retry') });

/**
 * POST /api/admin/outbox/:id — { action: "retry" } → 200 { id, status: "pending" }: a failed or
 * suppressed email is queued again, due now (409 when it is pending or sent already).
 */
export async function POST(request: Request, { params }: Props): Promise<Response> {
  const guard = await requireAdmin(request, { write: true });
  if (!guard.ok) return guard.response;
  const { id } = await params;
  if (!UUID.test(id)) return problem(404, 'not-found', 'There is no email with that id.');
  const body = await readJsonBody(request, 1024);
  if (!body.ok) return body.response;
  if (!decision.safeParse(body.value).success) {
    return problem(400, 'invalid', 'Send { "action": "retry" }.');
  }
  try {
    const { db } = await getDatabase();
    if (!(await retryEmail(db, id))) {
      return problem(409, 'not-retryable', 'Only a failed or suppressed email can be retried.');
    }
    wakeOutbox();
    return json(200, { id, status: 'pending' });
  } catch (error) {
    console.error('admin: could not retry an email', error);
    return unavailable();
  }
}
