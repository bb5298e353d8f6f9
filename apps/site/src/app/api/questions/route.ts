import { getDatabase } from '@/db/client';
import { getArticle } from '@/lib/content';
import { fieldErrors, questionInput } from '@/lib/question-schema';
import { clientHash } from '@/server/client-identity';
import { json, parseJsonWrite, problem, unavailable } from '@/server/http';
import { insertQuestion } from '@/server/questions';
import { enforce } from '@/server/rate-limit';

export const dynamic = 'force-dynamic';

/**
 * POST /api/questions — { question, name?, email?, articleSlug? } → 201 { id }.
 * Answers 400 (with per-field reasons), 403, 413, 415 or 429 for requests it refuses, 503 if the
 * database cannot take the write; a question is acknowledged only once it is committed.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = await parseJsonWrite(request, questionInput, {
    crossOrigin: 'Questions can only be sent from this site.',
    expected: 'Send a JSON object with a "question" field.',
    fields: { first: { name: 'question', message: 'Type your question' }, errors: fieldErrors },
  });
  if (!parsed.ok) return parsed.response;
  const { website, ...question } = parsed.data;
  if (question.articleSlug && !getArticle(question.articleSlug)) {
    return problem(400, 'invalid', 'Some fields need attention.', {
      fields: { articleSlug: 'Unknown article' },
    });
  }

  try {
    const { db } = await getDatabase();
    const client = await clientHash(db, request.headers);
    const limited = await enforce(db, 'questions', request);
    if (limited) return limited;
    const id = await insertQuestion(db, {
      ...question,
      clientHash: client,
      userAgent: request.headers.get('user-agent') ?? undefined,
      // A filled honeypot is a bot: keep it for the record, out of the queue, and do not tell it.
      status: website ? 'spam' : 'new',
    });
    return json(201, { id });
  } catch (error) {
    console.error('questions: could not store a question', error);
    return unavailable();
  }
}

export function GET(): Response {
  return problem(405, 'method-not-allowed', 'Send questions with POST.', {
    headers: { allow: 'POST' },
  });
}
