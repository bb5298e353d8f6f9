import { z } from 'zod';
import { getDatabase } from '@/db/client';
import { getArticle } from '@/lib/content';
import { clientAddress } from '@/server/client-address';
import { json, parseJsonWrite, problem, unavailable } from '@/server/http';
import { enforce } from '@/server/rate-limit';
import { recordView } from '@/server/views';

export const dynamic = 'force-dynamic';

const beacon = z.object({ slug: z.string().max(100) });

/**
 * POST /api/views — { slug } → 200 { views }: the page's beacon after it loads. Counted once per
 * visitor (network) per article per day; unknown articles are refused with 404.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = await parseJsonWrite(request, beacon, {
    crossOrigin: 'Views can only be counted from this site.',
    expected: 'Send { "slug": "<article>" }.',
  });
  if (!parsed.ok) return parsed.response;
  const article = getArticle(parsed.data.slug);
  if (!article) return problem(404, 'unknown-article', 'There is no article with that slug.');

  try {
    const { db } = await getDatabase();
    const limited = await enforce(db, 'views', request);
    if (limited) return limited;
    const views = await recordView(db, article.slug, clientAddress(request.headers));
    return json(200, { views });
  } catch (error) {
    console.error('views: could not record a view', error);
    return unavailable();
  }
}
