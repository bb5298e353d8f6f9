'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';

/** The editors' sign-in: one password field; the server checks, rate-limits and sets the cookie. */
export function AdminLoginForm({ next }: { next: string }) {
  const id = useId();
  const router = useRouter();
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password) {
      setMessage('Enter the admin password.');
      return;
    }
    setSending(true);
    setMessage(null);
    try {
      const response = await fetch('/api/admin/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ password }),
      });
      if (response.ok) {
        router.replace(next);
        router.refresh();
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      setMessage(body.message ?? `The server answered ${response.status}; please try again.`);
    } catch {
      setMessage('We could not reach the server. Check your connection and try again.');
    } finally {
      setSending(false);
    }
    statusRef.current?.focus();
  }

  return (
    <form onSubmit={submit} noValidate className="mt-6 max-w-sm space-y-4">
      <div>
        <label htmlFor={`${id}-password`} className="block text-sm font-medium">
          Admin password
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-status` : undefined}
          className="mt-1 block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg"
        />
      </div>
      <button
        type="submit"
        disabled={sending}
        className="rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90 disabled:opacity-60"
      >
        {sending ? 'Signing in…' : 'Sign in'}
      </button>
      <p
        id={`${id}-status`}
        ref={statusRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        className="text-sm font-medium text-loss focus:outline-none"
      >
        {message ?? ''}
      </p>
    </form>
  );
}
