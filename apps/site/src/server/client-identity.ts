import type { Database } from '../db/client';
import { clientNetwork, networkOf } from './client-address';
import { isoDay } from './funnel-math';
import { persistentSecret, saltedHash } from './secrets';

/**
 * Who is asking, without storing who they are. Two pseudonyms of the client's network (its
 * address, or its IPv6 /64: see client-address.ts), each a salted hash whose salt is generated
 * once and kept in the database (so every instance agrees):
 * - `clientHash`: stable; keys rate limits and is stored with questions and sign-ups so abuse
 *   can be traced to one client.
 * - `dailyVisitor`: from the network and the date; counts a visitor once a day (views, funnel
 *   steps) and cannot be linked from one day to the next. The user agent is deliberately not
 *   part of it: a client sending a new one with every beacon would otherwise count as many
 *   visitors.
 */
export async function clientHash(db: Database, headers: Headers): Promise<string> {
  const salt = await persistentSecret(db, 'client-salt');
  return saltedHash(salt, clientNetwork(headers));
}

/** The day's pseudonym of the client at `address` (any spelling; see networkOf). */
export async function dailyVisitor(
  db: Database,
  address: string,
  now: Date = new Date(),
): Promise<string> {
  const salt = await persistentSecret(db, 'visitor-salt');
  return saltedHash(salt, isoDay(now), networkOf(address));
}
