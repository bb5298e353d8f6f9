import { getDatabase } from '@/db/client';
import { getArticle } from '@/lib/content';
import { json, problem, unavailable } from '@/server/http';
import { answeredQuestions } from '@/server/questions';

export const dynamic = 'force-dynamic';

/**
 * GET /api/reader-questions[?article=slug] → { questions }: readers' questions an editor marked
 * answered, for "Asked by a reader" on the answering article and the list on /ask. Only the
 * question and the reader's chosen name are public; email and client data never leave the server.
 */
export async function GET(request: Request): Promise<Response> {
  const slug = new URL(request.url).searchParams.get('article') ?? undefined;
  if (slug !== undefined && !getArticle(slug)) {
    return problem(404, 'unknown-article', 'There is no article with that slug.');
  }
  try {
    const { db } = await getDatabase();
    const questions = await answeredQuestions(db, slug, slug ? 5 : 8);
    return json(200, { questions }, { 'cache-control': 'public, max-age=30' });
  } catch (error) {
    console.error('reader-questions: could not read', error);
    return unavailable();
  }
}
