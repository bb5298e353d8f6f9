/**
 * Runs once when a server instance starts, before it handles requests: opening the database
 * applies pending migrations, so the first reader never waits for them and a broken database
 * stops the start with a clear message instead of failing requests later. Then the housekeeping
 * schedule starts (expired rate-limit counters and sessions) and the outbox worker starts
 * delivering emails in the background (src/server/outbox-worker.ts).
 */
export async function register() {
  // Not a read of the environment: Next replaces this expression with a constant when it compiles
  // each runtime's bundle, which is what keeps the database code out of the edge bundle. Every
  // value read at run time comes from lib/env.ts.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { runtime } = await import('./lib/env');
  // Static generation during `next build` needs no database.
  if (runtime.phase === 'phase-production-build') return;
  const { getDatabase } = await import('./db/client');
  const { startHousekeeping } = await import('./server/housekeeping');
  const started = Date.now();
  const handle = await getDatabase();
  console.log(`database: ${handle.kind} ready, migrations applied in ${Date.now() - started} ms`);
  startHousekeeping(handle.db);
  const { startOutboxWorker } = await import('./server/outbox-worker');
  const worker = await startOutboxWorker(handle);
  console.log(
    `outbox: delivering ${worker.transport === 'smtp' ? 'through SMTP_URL' : 'to the database mailbox (no SMTP_URL)'}`,
  );
}
