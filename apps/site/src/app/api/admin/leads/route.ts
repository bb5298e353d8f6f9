import { getDatabase } from '@/db/client';
import { requireAdmin } from '@/server/admin-guard';
import { json, unavailable } from '@/server/http';
import { countLeads, leadsCsv, listLeads } from '@/server/leads';

export const dynamic = 'force-dynamic';

const CSV_LIMIT = 100_000;

/**
 * GET /api/admin/leads → { total, leads } (newest 500); ?format=csv → every lead as a CSV
 * download.
 */
export async function GET(request: Request): Promise<Response> {
  const guard = await requireAdmin(request);
  if (!guard.ok) return guard.response;
  const csv = new URL(request.url).searchParams.get('format') === 'csv';
  try {
    const { db } = await getDatabase();
    if (csv) {
      const rows = await listLeads(db, CSV_LIMIT);
      const day = new Date().toISOString().slice(0, 10);
      return new Response(leadsCsv(rows), {
        status: 200,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="vixshield-leads-${day}.csv"`,
          'cache-control': 'no-store',
        },
      });
    }
    const [total, leads] = await Promise.all([countLeads(db), listLeads(db, 500)]);
    return json(200, { total, leads });
  } catch (error) {
    console.error('admin: could not list leads', error);
    return unavailable();
  }
}
