'use client';

import { useState } from 'react';

/** Copies text to the clipboard and says so in a polite live region. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2500);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-border px-3 py-1 text-sm font-medium hover:bg-surface-2"
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {status === 'copied'
          ? 'Copied to clipboard'
          : status === 'failed'
            ? 'Copy failed: select the text instead'
            : ''}
      </span>
    </span>
  );
}
