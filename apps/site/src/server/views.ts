import { count, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { articleViews } from '../db/schema';
import { dailyVisitor } from './client-identity';
import { isoDay } from './funnel-math';

/**
 * A view is one visitor, one article, one day. The visitor is the client's network (address, or
 * IPv6 /64) hashed with a secret salt and the date, so it cannot be linked across days and no
 * cookie is set.
 */
export async function recordView(
  db: Database,
  articleSlug: string,
  address: string,
  now: Date = new Date(),
): Promise<number> {
  const day = isoDay(now);
  const visitorHash = await dailyVisitor(db, address, now);
  await db.insert(articleViews).values({ articleSlug, day, visitorHash }).onConflictDoNothing();
  return viewCount(db, articleSlug);
}

export async function viewCount(db: Database, articleSlug: string): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(articleViews)
    .where(eq(articleViews.articleSlug, articleSlug));
  return Number(rows[0]?.n ?? 0);
}
