import type { Database } from '../db/client';
import { clientAddress } from './client-address';
import { isoDay } from './funnel-math';
import { persistentSecret, saltedHash } from './secrets';

/**
 * Who is asking, without storing who they are. Two pseudonyms, each a salted hash whose salt is
 * generated once and kept in the database (so every instance agrees):
 * - `clientHash`: stable, from the address only; keys rate limits and is stored with questions
 *   and sign-ups so abuse can be traced to one client.
 * - `dailyVisitor`: from the address, the user agent and the date; counts a visitor once a day
 *   (views, funnel steps) and cannot be linked from one day to the next.
 */
export async function clientHash(db: Database, headers: Headers): Promise<string> {
  const salt = await persistentSecret(db, 'client-salt');
  return saltedHash(salt, clientAddress(headers));
}

export async function dailyVisitor(
  db: Database,
  address: string,
  userAgent: string,
  now: Date = new Date(),
): Promise<string> {
  const salt = await persistentSecret(db, 'visitor-salt');
  return saltedHash(salt, isoDay(now), address, userAgent);
}
