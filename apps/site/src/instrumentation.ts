/**
 * Runs once when a server instance starts, before it handles requests: opening the database
 * applies pending migrations, so the first reader never waits for them and a broken database
 * stops the start with a clear message instead of failing requests later. Then the outbox worker
 * starts delivering emails in the background (src/server/outbox-worker.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Static generation during `next build` needs no database.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDatabase } = await import('./db/client');
  const started = Date.now();
  const handle = await getDatabase();
  console.log(`database: ${handle.kind} ready, migrations applied in ${Date.now() - started} ms`);
  const { startOutboxWorker } = await import('./server/outbox-worker');
  const worker = await startOutboxWorker(handle);
  console.log(
    `outbox: delivering ${worker.transport === 'smtp' ? 'through SMTP_URL' : 'to the database mailbox (no SMTP_URL)'}`,
  );
}
