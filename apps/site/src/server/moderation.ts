import { count, desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { type QuestionRow, type QuestionStatus, questionStatus, questions } from '../db/schema';
import { enqueueEmail } from './outbox';
import { markAnswered } from './questions';

/** The editors' moderation queue over readers' questions. */

export const QUESTION_STATUSES = questionStatus.enumValues;

export function isQuestionStatus(value: unknown): value is QuestionStatus {
  return typeof value === 'string' && (QUESTION_STATUSES as readonly string[]).includes(value);
}

export type ModerationAction = 'answer' | 'reject' | 'spam' | 'reopen';

/** Questions with a status, oldest first for the `new` queue (first come, first served). */
export async function questionsByStatus(
  db: Database,
  status: QuestionStatus,
  limit = 100,
): Promise<QuestionRow[]> {
  return db
    .select()
    .from(questions)
    .where(eq(questions.status, status))
    .orderBy(status === 'new' ? questions.createdAt : desc(questions.createdAt))
    .limit(limit);
}

export async function statusCounts(db: Database): Promise<Record<QuestionStatus, number>> {
  const rows = await db
    .select({ status: questions.status, n: count() })
    .from(questions)
    .groupBy(questions.status);
  const counts = Object.fromEntries(QUESTION_STATUSES.map((s) => [s, 0])) as Record<
    QuestionStatus,
    number
  >;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

export async function findQuestion(db: Database, id: string): Promise<QuestionRow | undefined> {
  const rows = await db.select().from(questions).where(eq(questions.id, id));
  return rows[0];
}

/** The article an editor links as the answer. */
export interface AnsweringArticle {
  slug: string;
  title: string;
}

/**
 * Applies an editor's decision. Answering links the article (which then shows the question as
 * "Asked by a reader") and, if the reader asked for it, queues one email with the article's link
 * in the same transaction (never a second one, even if the question is answered again); any
 * other decision unlinks it. Returns false for an unknown id.
 */
export async function moderate(
  db: Database,
  id: string,
  action: ModerationAction,
  article?: AnsweringArticle,
  now: Date = new Date(),
): Promise<boolean> {
  if (action === 'answer') {
    if (!article) throw new Error('answering needs an article');
    return db.transaction(async (tx) => {
      const question = await findQuestion(tx, id);
      if (!question) return false;
      await markAnswered(tx, id, article.slug, now);
      if (question.notify && question.email) {
        const payload: Record<string, string> = {
          questionId: id,
          question: question.question,
          articleSlug: article.slug,
          articleTitle: article.title,
        };
        if (question.name) payload.name = question.name;
        await enqueueEmail(
          tx,
          {
            kind: 'question-answered',
            recipient: question.email,
            payload,
            dedupeKey: `answered:${id}`,
          },
          now,
        );
      }
      return true;
    });
  }
  if (!(await findQuestion(db, id))) return false;
  const status: QuestionStatus =
    action === 'reject' ? 'rejected' : action === 'spam' ? 'spam' : 'new';
  await db
    .update(questions)
    .set({ status, answeredBySlug: null, answeredAt: null })
    .where(eq(questions.id, id));
  return true;
}

/** Deletes a question for good; false when there was none with that id. */
export async function deleteQuestion(db: Database, id: string): Promise<boolean> {
  const rows = await db
    .delete(questions)
    .where(eq(questions.id, id))
    .returning({ id: questions.id });
  return rows.length > 0;
}
