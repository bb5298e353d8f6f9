import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { settings } from '../db/schema';

/**
 * A random value generated on first use and kept in the database, so every instance and every
 * restart hashes the same way, and no secret lives in the repository or the environment.
 */
export async function persistentSecret(db: Database, key: string): Promise<string> {
  // A stored secret never changes, so every instance may keep the value it read.
  const cached = known.get(key);
  if (cached) return cached;
  const value = await readOrCreate(db, key);
  known.set(key, value);
  return value;
}

const known = new Map<string, string>();

async function readOrCreate(db: Database, key: string): Promise<string> {
  const existing = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key));
  if (existing[0]) return existing[0].value;
  await db
    .insert(settings)
    .values({ key, value: randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  // Another instance may have won the race: read back whichever value was stored.
  const stored = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key));
  if (!stored[0]) throw new Error(`secret ${key} could not be stored`);
  return stored[0].value;
}

export function saltedHash(salt: string, ...parts: string[]): string {
  const hash = createHash('sha256');
  hash.update(salt);
  for (const part of parts) hash.update(`\u0000${part}`);
  return hash.digest('base64url');
}
