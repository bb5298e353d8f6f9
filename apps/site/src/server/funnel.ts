import { and, count, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '../db/client';
import { funnelEvents } from '../db/schema';
import {
  buildFunnel,
  type DateRange,
  type DayCount,
  type DayPoint,
  dailySeries,
  type FunnelRow,
  isoDay,
  type Step,
  type StepCount,
} from './funnel-math';

/**
 * The trial funnel in the database: article or page view → call-to-action click → trial page
 * view → sign-up, each tied to the page (source) that led there and counted once per visitor per
 * source per day. Visitors are daily-salted hashes of address and user agent: no cookie, no
 * third-party tracker, nothing that links a visitor across days.
 */

/** Records one step; a repeat by the same visitor on the same day changes nothing. */
export async function recordStep(
  db: Database,
  step: Step,
  source: string,
  visitor: string,
  now: Date = new Date(),
): Promise<boolean> {
  const rows = await db
    .insert(funnelEvents)
    .values({ step, source, day: isoDay(now), visitorHash: visitor, createdAt: now })
    .onConflictDoNothing()
    .returning({ step: funnelEvents.step });
  return rows.length > 0;
}

export interface FunnelReport {
  range: DateRange;
  rows: FunnelRow[];
  daily: DayPoint[];
}

/** Counts per source and per day over the range; `source` narrows the daily series to one page. */
export async function funnelReport(
  db: Database,
  range: DateRange,
  source?: string,
): Promise<FunnelReport> {
  const inRange = and(gte(funnelEvents.day, range.from), lte(funnelEvents.day, range.to));
  const perSource = await db
    .select({ source: funnelEvents.source, step: funnelEvents.step, count: count() })
    .from(funnelEvents)
    .where(inRange)
    .groupBy(funnelEvents.source, funnelEvents.step);
  const perDay = await db
    .select({ day: funnelEvents.day, step: funnelEvents.step, count: count() })
    .from(funnelEvents)
    .where(source ? and(inRange, eq(funnelEvents.source, source)) : inRange)
    .groupBy(funnelEvents.day, funnelEvents.step);
  const stepCounts: StepCount[] = perSource.map((r) => ({ ...r, count: Number(r.count) }));
  const dayCounts: DayCount[] = perDay.map((r) => ({ ...r, count: Number(r.count) }));
  return { range, rows: buildFunnel(stepCounts), daily: dailySeries(dayCounts, range) };
}
