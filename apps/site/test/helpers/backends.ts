import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '@/db/client';

/**
 * The databases the data tests run on: the embedded one always, and the PostgreSQL server in
 * TEST_DATABASE_URL when it is set (CI starts one). Test files run in parallel and each resets
 * the PostgreSQL schema, so a file holds an advisory lock on its own connection from reset to
 * cleanup: files take turns on the server instead of dropping each other's tables.
 */

export interface Backend {
  name: string;
  open(): Promise<OpenBackend>;
}

export interface OpenBackend {
  handle: DatabaseHandle;
  /** A second, independent connection to the same database, as another instance would have. */
  another(): Promise<DatabaseHandle>;
  cleanup(): Promise<void>;
}

const TEST_SCHEMA_LOCK = 4_242_013;

export function backends(label: string): Backend[] {
  const list: Backend[] = [
    {
      name: 'PGlite',
      async open() {
        const dir = mkdtempSync(join(tmpdir(), `vixshield-${label}-`));
        const handle = await openDatabase({ dataDir: dir });
        return {
          handle,
          // One process owns an embedded database: another "instance" shares its handle.
          another: async () => handle,
          async cleanup() {
            await handle.close();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    list.push({
      name: 'PostgreSQL',
      async open() {
        const lock = new pg.Client({ connectionString: url });
        await lock.connect();
        await lock.query('SELECT pg_advisory_lock($1)', [TEST_SCHEMA_LOCK]);
        const handle = await openDatabase({ databaseUrl: url });
        await handle.db.execute(sql`drop schema if exists public cascade`);
        await handle.db.execute(sql`drop schema if exists drizzle cascade`);
        await handle.db.execute(sql`create schema public`);
        return {
          handle,
          another: () => openDatabase({ databaseUrl: url }),
          async cleanup() {
            await handle.close();
            await lock.end();
          },
        };
      },
    });
  }
  return list;
}
