import { getDatabase } from '@/db/client';
import { requireAdmin } from '@/server/admin-guard';
import { funnelReport } from '@/server/funnel';
import { parseRange, totalOf } from '@/server/funnel-math';
import { json, unavailable } from '@/server/http';

export const dynamic = 'force-dynamic';

/**
 * GET /api/admin/funnel?from=YYYY-MM-DD&to=YYYY-MM-DD[&source=…] → { range, total, rows, daily }:
 * views, call-to-action clicks, trial-page views and sign-ups per source with conversion rates.
 */
export async function GET(request: Request): Promise<Response> {
  const guard = await requireAdmin(request);
  if (!guard.ok) return guard.response;
  const params = new URL(request.url).searchParams;
  const range = parseRange(params.get('from'), params.get('to'));
  const source = params.get('source') ?? undefined;
  try {
    const { db } = await getDatabase();
    const report = await funnelReport(db, range, source);
    return json(200, { ...report, total: totalOf(report.rows) });
  } catch (error) {
    console.error('admin: could not build the funnel', error);
    return unavailable();
  }
}
