'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

/**
 * Sends one admin JSON request; resolves with null when it worked, or with the reason it did
 * not, for the editor to read.
 */
async function send(url: string, method: 'POST' | 'DELETE', body: unknown): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.ok) return null;
    const answer = (await response.json().catch(() => ({}))) as { message?: string };
    return answer.message ?? `The server answered ${response.status}.`;
  } catch {
    return 'We could not reach the server; nothing changed.';
  }
}

/**
 * An admin button that sends one JSON request and reloads the page's data when it succeeds, or
 * says why it did not (the API checks the session and the origin again).
 */
export function AdminActionButton({
  url,
  method = 'POST',
  body,
  label,
  busyLabel,
  confirm,
}: {
  url: string;
  method?: 'POST' | 'DELETE';
  body: unknown;
  label: string;
  busyLabel: string;
  /** A question to confirm before acting, if any. */
  confirm?: string;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function act() {
    if (confirm && !window.confirm(confirm)) return;
    setBusy(true);
    setMessage(null);
    const failure = await send(url, method, body);
    setBusy(false);
    if (failure) setMessage(failure);
    else router.refresh();
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={act}
        disabled={busy}
        className="rounded-md border border-border px-3 py-1.5 text-sm hover:bg-surface-2 disabled:opacity-60"
      >
        {busy ? busyLabel : label}
      </button>
      {message ? (
        <span role="alert" className="text-sm text-loss">
          {message}
        </span>
      ) : null}
    </span>
  );
}

/** Adds an address to the suppression list by hand. */
export function AdminSuppressForm() {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    const failure = await send('/api/admin/suppressions', 'POST', { email });
    setBusy(false);
    if (failure) {
      setMessage(failure);
      return;
    }
    setEmail('');
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3" noValidate>
      <label className="text-sm">
        <span className="block font-medium">Add an address</span>
        <input
          type="email"
          name="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
          className="mt-1 rounded-md border border-border bg-bg px-3 py-1.5 text-fg"
        />
      </label>
      <button
        type="submit"
        disabled={busy}
        className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-on-accent hover:opacity-90 disabled:opacity-60"
      >
        {busy ? 'Adding…' : 'Suppress'}
      </button>
      <span role="status" className="text-sm text-loss">
        {message ?? ''}
      </span>
    </form>
  );
}
