import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, openDatabase } from '@/db/client';

/**
 * The databases the data tests run on: the embedded one always, and a PostgreSQL server as well
 * when TEST_DATABASE_URL is set (CI starts one). Same schema, same migrations, same assertions.
 * `open` gives an empty, unmigrated database and a cleanup for afterwards.
 */
export interface DatabaseBackend {
  name: string;
  open: () => Promise<{ handle: DatabaseHandle; cleanup: () => void }>;
}

export function databaseBackends(label: string): DatabaseBackend[] {
  const backends: DatabaseBackend[] = [
    {
      name: 'PGlite',
      open: async () => {
        const dir = mkdtempSync(join(tmpdir(), `vixshield-${label}-`));
        const handle = await openDatabase({ dataDir: dir });
        return { handle, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
      },
    },
  ];
  if (process.env.TEST_DATABASE_URL) {
    backends.push({
      name: 'PostgreSQL',
      open: async () => {
        const handle = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL });
        await handle.db.execute(sql`drop schema if exists public cascade`);
        await handle.db.execute(sql`drop schema if exists drizzle cascade`);
        await handle.db.execute(sql`create schema public`);
        return { handle, cleanup: () => {} };
      },
    });
  }
  return backends;
}
