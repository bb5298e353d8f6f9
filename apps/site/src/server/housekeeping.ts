import type { Database } from '../db/client';
import { pruneRateLimits } from './rate-limit';
import { pruneSessions } from './session';

/** How often expired rows are deleted. */
export const HOUSEKEEPING_INTERVAL_MS = 5 * 60_000;

/**
 * Deletes what has expired, now and then on a timer of its own, never on a reader's request:
 * rate-limit counters of ended windows (so the table stays bounded however many addresses pass
 * by) and sessions that ended a day ago. Every instance runs it; the deletes are idempotent.
 */
export function startHousekeeping(db: Database): () => void {
  const run = async () => {
    try {
      await pruneRateLimits(db);
      await pruneSessions(db);
    } catch (error) {
      console.error('housekeeping: could not prune expired rows', error);
    }
  };
  void run();
  const timer = setInterval(run, HOUSEKEEPING_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
