/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
import { openDatabase } from '../src/db/client';
import { env } from '../src/lib/env';

const started = Date.now();
const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  await handle.migrate();
  console.log(`migrations applied to the ${handle.kind} database in ${Date.now() - started} ms`);
} finally {
  await handle.close();
}
