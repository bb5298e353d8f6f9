import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type DatabaseHandle, openDatabase } from '@/db/client';

/**
 * A fresh embedded database, migrated, for the tests of one file, removed afterwards. Returns a
 * getter: the handle exists once beforeAll has run.
 */
export function embeddedDatabaseForFile(label: string): () => DatabaseHandle {
  let handle: DatabaseHandle | undefined;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `vixshield-${label}-`));
    handle = await openDatabase({ dataDir: dir });
    await handle.migrate();
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!handle) throw new Error('the database opens in beforeAll');
    return handle;
  };
}
