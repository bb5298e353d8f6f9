import { getDatabase } from '@/db/client';
import { articles, getArticle } from '@/lib/content';
import { articleCategory } from '@/lib/site';
import { json, problem } from '@/server/http';
import { communityPulse } from '@/server/pulse';

export const dynamic = 'force-dynamic';

/**
 * GET /api/pulse?article=<slug> → the answer's Community Pulse: reader questions on it and its
 * category in the last 90 days, the latest answered ones, and its views by week, with `thin` set
 * when there is too little to say. The answer page stays static and asks this after it loads.
 * Figures may be five minutes old (shared caches may keep the answer that long).
 */
export async function GET(request: Request): Promise<Response> {
  const slug = new URL(request.url).searchParams.get('article');
  if (!slug) return problem(400, 'missing-article', 'Name the answer: /api/pulse?article=<slug>.');
  const article = getArticle(slug);
  if (!article) return problem(404, 'unknown-article', 'There is no article with that slug.');
  const category = {
    slug: article.category,
    name: articleCategory(article.category)?.name ?? article.category,
  };
  const categoryArticles = articles
    .filter((a) => a.category === article.category)
    .map((a) => ({ slug: a.slug, title: a.title, url: a.url }));

  try {
    const { db } = await getDatabase();
    const pulse = await communityPulse(db, { slug: article.slug, category, categoryArticles });
    return json(200, pulse, { 'cache-control': 'public, max-age=300, stale-while-revalidate=600' });
  } catch (error) {
    console.error('pulse: could not read reader activity', error);
    return problem(
      503,
      'unavailable',
      'Reader activity cannot be read right now; try again shortly.',
      {
        retryAfter: 5,
      },
    );
  }
}
