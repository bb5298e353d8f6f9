import { count, desc } from 'drizzle-orm';
import type { Database } from '../db/client';
import { articleViews } from '../db/schema';

/**
 * Stored view counts of every article that has at least one, as a map from slug to count.
 * One grouped query over article_views (its primary key starts with the slug, so Postgres
 * reads it in index order); articles never viewed are simply absent.
 */
export async function viewTotals(db: Database): Promise<Map<string, number>> {
  const rows = await db
    .select({ slug: articleViews.articleSlug, views: count() })
    .from(articleViews)
    .groupBy(articleViews.articleSlug)
    .orderBy(desc(count()));
  return new Map(rows.map((row) => [row.slug, Number(row.views)]));
}
