import { getDatabase } from '@/db/client';
import { requireAdmin } from '@/server/admin-guard';
import { json, problem, unavailable } from '@/server/http';
import { isQuestionStatus, questionsByStatus, statusCounts } from '@/server/moderation';

export const dynamic = 'force-dynamic';

/** GET /api/admin/questions?status=new|answered|rejected|spam → { status, counts, questions }. */
export async function GET(request: Request): Promise<Response> {
  const guard = await requireAdmin(request);
  if (!guard.ok) return guard.response;
  const status = new URL(request.url).searchParams.get('status') ?? 'new';
  if (!isQuestionStatus(status)) {
    return problem(400, 'invalid', 'status must be new, answered, rejected or spam.');
  }
  try {
    const { db } = await getDatabase();
    const [counts, questions] = await Promise.all([
      statusCounts(db),
      questionsByStatus(db, status),
    ]);
    return json(200, { status, counts, questions });
  } catch (error) {
    console.error('admin: could not list questions', error);
    return unavailable();
  }
}
