import { getDatabase, ping } from '@/db/client';
import { json } from '@/server/http';

export const dynamic = 'force-dynamic';

/**
 * GET /api/health → 200 { status: "ok", database: "<kind>", ms } after a database round trip, or
 * 503 { status: "unavailable" } when the database does not answer (within the pool's timeouts):
 * what a load balancer polls to take an instance out of rotation.
 */
export async function GET(): Promise<Response> {
  const started = Date.now();
  try {
    const handle = await getDatabase();
    await ping(handle.db);
    return json(200, { status: 'ok', database: handle.kind, ms: Date.now() - started });
  } catch (error) {
    console.error('health: the database did not answer', error);
    return json(503, { status: 'unavailable', database: 'unreachable' }, { 'retry-after': '5' });
  }
}
