import { z } from 'zod';
import { getDatabase } from '@/db/client';
import { getArticle } from '@/lib/content';
import { env } from '@/lib/env';
import { clientAddress } from '@/server/client-address';
import { clientHash } from '@/server/client-identity';
import { json, problem, readJsonBody, sameOrigin, unavailable } from '@/server/http';
import { hitRateLimit } from '@/server/rate-limit';
import { recordView } from '@/server/views';

export const dynamic = 'force-dynamic';

const beacon = z.object({ slug: z.string().max(100) });

/**
 * POST /api/views — { slug } → 200 { views }: the page's beacon after it loads. Counted once per
 * visitor per article per day; unknown articles are refused with 404.
 */
export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request))
    return problem(403, 'cross-origin', 'Views can only be counted from this site.');
  const body = await readJsonBody(request, 1024);
  if (!body.ok) return body.response;
  const parsed = beacon.safeParse(body.value);
  if (!parsed.success) return problem(400, 'invalid', 'Send { "slug": "<article>" }.');
  const article = getArticle(parsed.data.slug);
  if (!article) return problem(404, 'unknown-article', 'There is no article with that slug.');

  try {
    const { db } = await getDatabase();
    const address = clientAddress(request.headers);
    const limit = await hitRateLimit(
      db,
      `views:${await clientHash(db, request.headers)}`,
      env.VIEW_RATE_LIMIT,
      60,
    );
    if (!limit.allowed) {
      return problem(
        429,
        'rate-limited',
        'Too many requests; try again shortly.',
        {},
        { 'retry-after': String(limit.retryAfter) },
      );
    }
    const views = await recordView(
      db,
      article.slug,
      address,
      request.headers.get('user-agent') ?? '',
    );
    return json(200, { views });
  } catch (error) {
    console.error('views: could not record a view', error);
    return unavailable();
  }
}
