'use client';

import type * as React from 'react';

/**
 * Pieces every reader form shares: the honeypot that catches form-filling bots, and the submit
 * row whose status line is announced to screen readers and takes focus after a send.
 */

/** Invisible to people and to assistive technology, tempting to form-filling bots. */
export function Honeypot({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={`${id}-website`}>Website</label>
      <input
        id={`${id}-website`}
        name="website"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function SubmitRow({
  sending,
  label,
  sendingLabel,
  statusRef,
  children,
}: {
  sending: boolean;
  label: string;
  sendingLabel: string;
  statusRef: React.Ref<HTMLDivElement>;
  /** The status message, if any. */
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <button
        type="submit"
        disabled={sending}
        className="rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90 disabled:opacity-60"
      >
        {sending ? sendingLabel : label}
      </button>
      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        className="text-sm focus:outline-none"
      >
        {children}
      </div>
    </div>
  );
}
