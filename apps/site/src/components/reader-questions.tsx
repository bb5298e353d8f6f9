'use client';

import { useEffect, useState } from 'react';
import { Link } from '@/components/link';
import { whenIdle } from '@/lib/when-idle';

interface ReaderQuestion {
  id: string;
  question: string;
  name: string | null;
  answeredBySlug: string;
}

/**
 * "Asked by a reader": questions readers sent that an editor marked as answered by this article
 * (or, without an article, the latest ones across the site). Reader text is rendered as text.
 */
export function ReaderQuestions({
  articleSlug,
  titles,
}: {
  articleSlug?: string;
  titles?: Record<string, string>;
}) {
  const [questions, setQuestions] = useState<ReaderQuestion[]>([]);

  useEffect(() => {
    const url = articleSlug
      ? `/api/reader-questions?article=${encodeURIComponent(articleSlug)}`
      : '/api/reader-questions';
    let cancelled = false;
    // Below the fold: asked for once the page is idle, not while it is becoming interactive.
    const cancel = whenIdle(() => {
      fetch(url)
        .then((r) =>
          r.ok ? (r.json() as Promise<{ questions: ReaderQuestion[] }>) : { questions: [] },
        )
        .then((body) => {
          if (!cancelled) setQuestions(body.questions);
        })
        .catch(() => {
          if (!cancelled) setQuestions([]);
        });
    });
    return () => {
      cancelled = true;
      cancel();
    };
  }, [articleSlug]);

  if (questions.length === 0) return null;
  return (
    <section
      aria-labelledby="reader-questions-heading"
      className="rounded-lg border border-border p-5"
      data-testid="reader-questions"
    >
      <h2 id="reader-questions-heading" className="text-base font-semibold">
        {articleSlug ? 'Asked by a reader' : 'Recently answered reader questions'}
      </h2>
      <ul className="mt-3 space-y-3">
        {questions.map((q) => (
          <li key={q.id}>
            <blockquote className="border-l-2 border-accent pl-3 italic">{q.question}</blockquote>
            <p className="mt-1 text-sm text-muted">
              — {q.name ?? 'A reader'}
              {!articleSlug && titles?.[q.answeredBySlug] ? (
                <>
                  , answered in{' '}
                  <Link href={`/ask/${q.answeredBySlug}`} className="text-accent hover:underline">
                    {titles[q.answeredBySlug]}
                  </Link>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
