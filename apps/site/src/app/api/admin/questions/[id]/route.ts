import { z } from 'zod';
import { getDatabase } from '@/db/client';
import { getArticle } from '@/lib/content';
import { requireAdmin } from '@/server/admin-guard';
import { json, parseJsonWrite, problem, unavailable } from '@/server/http';
import { deleteQuestion, moderate } from '@/server/moderation';
import { wakeOutbox } from '@/server/outbox';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const decision = z.discriminatedUnion('action', [
  z.object({ action: z.literal('answer'), articleSlug: z.string().max(100) }),
  z.object({ action: z.enum(['reject', 'spam', 'reopen']) }),
]);

const notFound = () => problem(404, 'not-found', 'There is no question with that id.');

/**
 * POST /api/admin/questions/:id — { action: "answer", articleSlug } | { action: "reject" |
 * "spam" | "reopen" } → 200 { id, status }. Answering needs an article that exists.
 */
export async function POST(request: Request, { params }: Props): Promise<Response> {
  const guard = await requireAdmin(request, { write: true });
  if (!guard.ok) return guard.response;
  const { id } = await params;
  if (!UUID.test(id)) return notFound();
  const parsed = await parseJsonWrite(request, decision, {
    crossOrigin: 'Admin actions can only be sent from this site.',
    strictOrigin: true,
    expected:
      'Send { "action": "answer", "articleSlug": "…" } or { "action": "reject" | "spam" | "reopen" }.',
  });
  if (!parsed.ok) return parsed.response;
  const input = parsed.data;
  const article = input.action === 'answer' ? getArticle(input.articleSlug) : undefined;
  if (input.action === 'answer' && !article) {
    return problem(400, 'invalid', 'Choose the article that answers the question.', {
      fields: { articleSlug: 'Unknown article' },
    });
  }
  try {
    const { db } = await getDatabase();
    const found = await moderate(
      db,
      id,
      input.action,
      article ? { slug: article.slug, title: article.title } : undefined,
    );
    if (!found) return notFound();
    wakeOutbox();
    const status = { answer: 'answered', reject: 'rejected', spam: 'spam', reopen: 'new' }[
      input.action
    ];
    return json(200, { id, status });
  } catch (error) {
    console.error('admin: could not moderate a question', error);
    return unavailable();
  }
}

/** DELETE /api/admin/questions/:id → 200 { id, deleted: true }. */
export async function DELETE(request: Request, { params }: Props): Promise<Response> {
  const guard = await requireAdmin(request, { write: true });
  if (!guard.ok) return guard.response;
  const { id } = await params;
  if (!UUID.test(id)) return notFound();
  try {
    const { db } = await getDatabase();
    if (!(await deleteQuestion(db, id))) return notFound();
    return json(200, { id, deleted: true });
  } catch (error) {
    console.error('admin: could not delete a question', error);
    return unavailable();
  }
}
