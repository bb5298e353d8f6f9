'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { fieldErrors, QUESTION_MAX, questionInput } from '@/lib/question-schema';
import { Honeypot, SubmitRow } from './form-parts';

type Status =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'sent'; id: string; notify: boolean }
  | { state: 'error'; message: string };

interface Draft {
  question: string;
  name: string;
  email: string;
  /** "Email me when it's answered". */
  notify: boolean;
}

const EMPTY: Draft = { question: '', name: '', email: '', notify: false };

/**
 * "Have a question about this?": validates with the same schema as the API, keeps a draft in
 * session storage so a reload or a failed send never loses the text, and clears it only once the
 * server has confirmed the question is stored.
 */
export function QuestionBox({
  articleSlug,
  heading = 'Have a question about this?',
  intro = 'Ask below — answered questions may be featured in our knowledge base.',
  sectionId,
}: {
  articleSlug?: string;
  heading?: string;
  intro?: string;
  /** An id for the section, so other parts of the page can link to the box. Default: none. */
  sectionId?: string;
}) {
  const id = useId();
  const storageKey = `vixshield:question-draft:${articleSlug ?? 'general'}`;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const questionRef = useRef<HTMLTextAreaElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    try {
      const saved = window.sessionStorage.getItem(storageKey);
      if (saved) setDraft({ ...EMPTY, ...(JSON.parse(saved) as Partial<Draft>) });
    } catch {
      // Storage can be unavailable (private mode); the form still works without drafts.
    }
  }, [storageKey]);

  function update<K extends keyof Draft>(field: K, value: Draft[K]) {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (errors[field]) setErrors(({ [field]: _removed, ...rest }) => rest);
    if (status.state === 'sent' || status.state === 'error') setStatus({ state: 'idle' });
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify(next));
    } catch {
      // See above.
    }
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const payload = { ...draft, articleSlug, website };
    const checked = questionInput.safeParse(payload);
    if (!checked.success) {
      const found = fieldErrors(checked.error);
      setErrors(found);
      if (found.question) questionRef.current?.focus();
      else document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setErrors({});
    setStatus({ state: 'sending' });
    try {
      const response = await fetch('/api/questions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      const body = (await response.json().catch(() => ({}))) as {
        id?: string;
        message?: string;
        fields?: Record<string, string>;
      };
      if (response.status === 201 && body.id) {
        setStatus({ state: 'sent', id: body.id, notify: draft.notify });
        setDraft(EMPTY);
        try {
          window.sessionStorage.removeItem(storageKey);
        } catch {
          // See above.
        }
      } else {
        if (body.fields) setErrors(body.fields);
        setStatus({
          state: 'error',
          message:
            body.message ??
            `The server answered ${response.status}. Your text is still here; please try again.`,
        });
      }
    } catch {
      setStatus({
        state: 'error',
        message:
          'We could not reach the server. Check your connection and send again; your text is still here.',
      });
    }
    statusRef.current?.focus();
  }

  const length = draft.question.length;
  const over = length > QUESTION_MAX;
  const field = (name: string) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
  });
  const sending = status.state === 'sending';

  return (
    <section
      id={sectionId}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-20 rounded-xl border border-border bg-surface p-6"
      data-testid="question-box"
    >
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {heading}
      </h2>
      <p className="mt-1 text-muted">{intro}</p>
      <form onSubmit={submit} noValidate className="mt-4 space-y-4">
        <div>
          <label htmlFor={`${id}-question`} className="block text-sm font-medium">
            Your question
          </label>
          <textarea
            {...field('question')}
            ref={questionRef}
            name="question"
            rows={4}
            value={draft.question}
            onChange={(e) => update('question', e.target.value)}
            className="mt-1 block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg"
            aria-describedby={[`${id}-counter`, errors.question ? `${id}-question-error` : '']
              .filter(Boolean)
              .join(' ')}
          />
          <div className="mt-1 flex justify-between gap-4 text-sm">
            <span
              id={`${id}-question-error`}
              className="text-loss"
              role={errors.question ? 'alert' : undefined}
            >
              {errors.question ?? ''}
            </span>
            <span
              id={`${id}-counter`}
              className={over ? 'font-semibold text-loss' : 'text-muted'}
              data-testid="question-counter"
            >
              {length} / {QUESTION_MAX}
            </span>
          </div>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-name`} className="block text-sm font-medium">
              Name <span className="font-normal text-muted">(optional, shown if featured)</span>
            </label>
            <input
              {...field('name')}
              name="name"
              type="text"
              autoComplete="name"
              value={draft.name}
              onChange={(e) => update('name', e.target.value)}
              className="mt-1 block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg"
            />
            {errors.name ? (
              <p id={`${id}-name-error`} className="mt-1 text-sm text-loss">
                {errors.name}
              </p>
            ) : null}
          </div>
          <div>
            <label htmlFor={`${id}-email`} className="block text-sm font-medium">
              Email <span className="font-normal text-muted">(optional, never shown)</span>
            </label>
            <input
              {...field('email')}
              name="email"
              type="email"
              autoComplete="email"
              value={draft.email}
              onChange={(e) => update('email', e.target.value)}
              className="mt-1 block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg"
            />
            {errors.email ? (
              <p id={`${id}-email-error`} className="mt-1 text-sm text-loss">
                {errors.email}
              </p>
            ) : null}
          </div>
        </div>
        <label className="flex items-start gap-3 text-sm">
          <input
            id={`${id}-notify`}
            name="notify"
            type="checkbox"
            checked={draft.notify}
            onChange={(e) => update('notify', e.target.checked)}
            className="mt-1"
            aria-describedby={`${id}-notify-hint`}
          />
          <span>
            Email me when it’s answered{' '}
            <span id={`${id}-notify-hint`} className="text-muted">
              (needs your email; one email, with a link to the answer)
            </span>
          </span>
        </label>
        <Honeypot id={id} value={website} onChange={setWebsite} />
        <SubmitRow
          sending={sending}
          label="Send question"
          sendingLabel="Sending…"
          statusRef={statusRef}
        >
          {status.state === 'sent' ? (
            <span className="font-medium text-profit">
              {status.notify
                ? 'Thank you — your question is saved. We will email you once it is answered.'
                : 'Thank you — your question is saved. If we answer it in the knowledge base, it may be featured here.'}
            </span>
          ) : status.state === 'error' ? (
            <span className="font-medium text-loss">{status.message}</span>
          ) : null}
        </SubmitRow>
      </form>
    </section>
  );
}
