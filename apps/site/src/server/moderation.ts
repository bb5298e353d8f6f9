import { count, desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { type QuestionRow, type QuestionStatus, questionStatus, questions } from '../db/schema';
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

/**
 * Applies an editor's decision. Answering links the article (which then shows the question as
 * "Asked by a reader"); any other decision unlinks it. Returns false for an unknown id.
 */
export async function moderate(
  db: Database,
  id: string,
  action: ModerationAction,
  articleSlug?: string,
  now: Date = new Date(),
): Promise<boolean> {
  if (!(await findQuestion(db, id))) return false;
  if (action === 'answer') {
    if (!articleSlug) throw new Error('answering needs an article');
    await markAnswered(db, id, articleSlug, now);
    return true;
  }
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
