import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { type QuestionStatus, questions } from '../db/schema';
import type { ValidQuestion } from '../lib/question-schema';

export interface NewQuestion {
  question: ValidQuestion['question'];
  name?: string | undefined;
  email?: string | undefined;
  articleSlug?: string | undefined;
  /** Email the reader once the question is answered (only with an email). */
  notify?: boolean | undefined;
  clientHash: string;
  userAgent?: string | undefined;
  status?: QuestionStatus;
}

/** Stores a question and returns its id once the database has committed it. */
export async function insertQuestion(db: Database, input: NewQuestion): Promise<string> {
  const rows = await db
    .insert(questions)
    .values({
      question: input.question,
      name: input.name ?? null,
      email: input.email ?? null,
      articleSlug: input.articleSlug ?? null,
      notify: Boolean(input.notify && input.email),
      status: input.status ?? 'new',
      clientHash: input.clientHash,
      userAgent: input.userAgent?.slice(0, 400) ?? null,
    })
    .returning({ id: questions.id });
  const id = rows[0]?.id;
  if (!id) throw new Error('insert returned no id');
  return id;
}

export interface FeaturedQuestion {
  id: string;
  question: string;
  name: string | null;
  answeredBySlug: string;
  answeredAt: string | null;
}

/**
 * Answered questions linked to an article, to any of several articles (a category), or to any
 * article at all when none is given; newest answer first.
 */
export async function answeredQuestions(
  db: Database,
  articleSlug?: string | readonly string[],
  limit = 5,
): Promise<FeaturedQuestion[]> {
  const answeredBy =
    articleSlug === undefined
      ? isNotNull(questions.answeredBySlug)
      : typeof articleSlug === 'string'
        ? eq(questions.answeredBySlug, articleSlug)
        : inArray(questions.answeredBySlug, [...articleSlug]);
  const rows = await db
    .select({
      id: questions.id,
      question: questions.question,
      name: questions.name,
      answeredBySlug: questions.answeredBySlug,
      answeredAt: questions.answeredAt,
    })
    .from(questions)
    .where(and(eq(questions.status, 'answered'), answeredBy))
    .orderBy(desc(questions.answeredAt), desc(questions.createdAt))
    .limit(limit);
  return rows.map((r) => ({
    ...r,
    answeredBySlug: r.answeredBySlug ?? '',
    answeredAt: r.answeredAt ? r.answeredAt.toISOString() : null,
  }));
}

/** Marks a question answered by an article (the moderation screens build on this). */
export async function markAnswered(
  db: Database,
  id: string,
  articleSlug: string,
  at: Date = new Date(),
): Promise<void> {
  await db
    .update(questions)
    .set({ status: 'answered', answeredBySlug: articleSlug, answeredAt: at })
    .where(eq(questions.id, id));
}
