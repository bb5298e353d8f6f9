'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

export interface QueueQuestion {
  id: string;
  question: string;
  name: string | null;
  email: string | null;
  articleSlug: string | null;
  answeredBySlug: string | null;
  status: 'new' | 'answered' | 'rejected' | 'spam';
  createdAt: string;
}

export interface ArticleOption {
  slug: string;
  title: string;
}

type Action = 'answer' | 'reject' | 'spam' | 'reopen' | 'delete';

/**
 * The moderation queue. Reader text is always rendered as text (React escapes it), never as HTML.
 * Each decision goes to the admin API, which checks the session again; the list then reloads.
 */
export function AdminQuestionQueue({
  questions,
  articles,
}: {
  questions: QueueQuestion[];
  articles: ArticleOption[];
}) {
  const titles = new Map(articles.map((a) => [a.slug, a.title]));
  if (questions.length === 0) {
    return <p className="mt-6 text-muted">No questions with this status.</p>;
  }
  return (
    <ul className="mt-6 space-y-4" data-testid="question-queue">
      {questions.map((q) => (
        <QuestionItem key={q.id} question={q} articles={articles} titles={titles} />
      ))}
    </ul>
  );
}

function QuestionItem({
  question: q,
  articles,
  titles,
}: {
  question: QueueQuestion;
  articles: ArticleOption[];
  titles: Map<string, string>;
}) {
  const router = useRouter();
  const [article, setArticle] = useState(q.answeredBySlug ?? q.articleSlug ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function act(action: Action) {
    if (action === 'answer' && !article) {
      setMessage('Choose the article that answers this question.');
      return;
    }
    if (action === 'delete' && !window.confirm('Delete this question for good?')) return;
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch(`/api/admin/questions/${q.id}`, {
        method: action === 'delete' ? 'DELETE' : 'POST',
        headers: action === 'delete' ? undefined : { 'content-type': 'application/json' },
        body:
          action === 'delete'
            ? undefined
            : JSON.stringify(action === 'answer' ? { action, articleSlug: article } : { action }),
      });
      if (response.ok) {
        router.refresh();
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      setMessage(body.message ?? `The server answered ${response.status}.`);
    } catch {
      setMessage('We could not reach the server; nothing changed.');
    } finally {
      setBusy(false);
    }
  }

  const button =
    'rounded-md border border-border px-3 py-1.5 text-sm hover:bg-surface-2 disabled:opacity-60';
  return (
    <li className="rounded-lg border border-border bg-surface p-4" data-testid="queue-item">
      <p className="whitespace-pre-wrap break-words" data-testid="queue-question">
        {q.question}
      </p>
      <p className="mt-2 text-sm text-muted">
        {q.name ?? 'Anonymous'}
        {q.email ? ` · ${q.email}` : ''} · {q.createdAt}
        {q.articleSlug ? ` · asked on “${titles.get(q.articleSlug) ?? q.articleSlug}”` : ''}
        {q.answeredBySlug
          ? ` · answered by “${titles.get(q.answeredBySlug) ?? q.answeredBySlug}”`
          : ''}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`article-${q.id}`}>
          Answering article
        </label>
        <select
          id={`article-${q.id}`}
          value={article}
          onChange={(e) => setArticle(e.target.value)}
          className="max-w-xs rounded-md border border-border bg-bg px-2 py-1.5 text-sm text-fg"
        >
          <option value="">Answering article…</option>
          {articles.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.title}
            </option>
          ))}
        </select>
        <button type="button" className={button} disabled={busy} onClick={() => act('answer')}>
          Mark answered
        </button>
        {q.status !== 'rejected' ? (
          <button type="button" className={button} disabled={busy} onClick={() => act('reject')}>
            Reject
          </button>
        ) : null}
        {q.status !== 'spam' ? (
          <button type="button" className={button} disabled={busy} onClick={() => act('spam')}>
            Spam
          </button>
        ) : null}
        {q.status !== 'new' ? (
          <button type="button" className={button} disabled={busy} onClick={() => act('reopen')}>
            Back to new
          </button>
        ) : null}
        <button
          type="button"
          className={`${button} text-loss`}
          disabled={busy}
          onClick={() => act('delete')}
        >
          Delete
        </button>
      </div>
      {message ? (
        <p role="alert" className="mt-2 text-sm text-loss">
          {message}
        </p>
      ) : null}
    </li>
  );
}
