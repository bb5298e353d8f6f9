import { getDatabase } from '@/db/client';
import { byViews, inCategory, withTag } from '@/lib/browse';
import { articles } from '@/lib/content';
import { paginate } from '@/lib/pagination';
import { articleCategory } from '@/lib/site';
import { json, problem } from '@/server/http';
import { viewTotals } from '@/server/view-ranking';

export const dynamic = 'force-dynamic';

/** Listing cards in view order are at most this many per request. */
const MAX_PAGE_SIZE = 48;

/**
 * GET /api/views/top?category=&tag=&page=&size= → the answers of a listing ordered by stored
 * views (most viewed first, never-viewed ones newest first after them), one page at a time, as
 * the cards the listing shows. The listing pages themselves stay static; their "Most viewed"
 * sort asks this. Counts may be a minute old (shared caches may keep the answer that long).
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const category = params.get('category') ?? '';
  const tag = params.get('tag') ?? '';
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? '12');
  if (category && !articleCategory(category))
    return problem(400, 'unknown-category', 'There is no category with that slug.');
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    return problem(400, 'invalid-size', `size must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
  if (!Number.isInteger(page) || page < 1)
    return problem(400, 'invalid-page', 'page must be a whole number from 1.');

  let selected = articles;
  if (category) selected = inCategory(selected, category);
  if (tag) selected = withTag(selected, tag);

  let views: Map<string, number>;
  try {
    const { db } = await getDatabase();
    views = await viewTotals(db);
  } catch (error) {
    console.error('views/top: could not read view counts', error);
    return problem(503, 'unavailable', 'View counts cannot be read right now; try again shortly.', {
      retryAfter: 5,
    });
  }

  const ranked = byViews(selected, views);
  const slice = paginate(ranked, page, size);
  if (!slice) return problem(404, 'no-such-page', 'That page is past the end of the list.');
  return json(
    200,
    {
      page: slice.page,
      pageCount: slice.pageCount,
      total: slice.total,
      items: slice.items.map((a) => ({
        slug: a.slug,
        url: a.url,
        title: a.title,
        summary: a.summary,
        category: articleCategory(a.category)?.name ?? a.category,
        date: a.date,
        readingTime: a.readingTime,
        views: views.get(a.slug) ?? 0,
      })),
    },
    { 'cache-control': 'public, max-age=60, stale-while-revalidate=300' },
  );
}
