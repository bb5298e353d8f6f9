'use client';

import type * as React from 'react';
import { Fragment } from 'react';
import { cn } from '../lib/cn';

export interface ResultsProps extends React.ComponentProps<'div'> {
  /** True while an input is invalid: the last valid result is shown dimmed. */
  stale: boolean;
  /** True when no valid result exists yet. */
  empty?: boolean;
}

/** The results area: dimmed, with a note, while the inputs are invalid. */
export function Results({ stale, empty, className, children, ...props }: ResultsProps) {
  if (empty) {
    return (
      <div
        className={cn(
          'rounded-lg border border-dashed border-border p-4 text-sm text-muted',
          className,
        )}
        {...props}
      >
        Fix the highlighted fields to see the results.
      </div>
    );
  }
  return (
    <div className={cn('flex flex-col gap-4', className)} {...props}>
      {stale ? (
        <p className="m-0 rounded-md bg-surface-2 px-3 py-2 text-sm text-fg">
          An input needs fixing. The figures below are from the last valid inputs.
        </p>
      ) : null}
      <div
        className={cn('flex flex-col gap-4 transition-opacity', stale && 'opacity-50')}
        aria-disabled={stale || undefined}
        data-stale={stale ? 'true' : undefined}
      >
        {children}
      </div>
    </div>
  );
}

export interface StatProps extends React.ComponentProps<'div'> {
  label: string;
  value: string;
  /** Colours a P&L figure's marker; the text stays high-contrast. */
  tone?: 'profit' | 'loss' | 'neutral';
  /** Small print under the value. */
  note?: string;
}

/** One figure in the results grid. */
export function Stat({ label, value, tone = 'neutral', note, className, ...props }: StatProps) {
  return (
    <div
      className={cn(
        'min-w-0 rounded-lg border border-border bg-bg px-3 py-2',
        tone === 'profit' && 'border-l-4 border-l-[var(--color-profit)]',
        tone === 'loss' && 'border-l-4 border-l-[var(--color-loss)]',
        className,
      )}
      {...props}
    >
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="m-0 text-lg font-semibold text-fg tabular-nums">
        <UnbrokenFigures text={value} />
      </dd>
      {note ? <dd className="m-0 text-xs text-muted">{note}</dd> : null}
    </div>
  );
}

/** A responsive grid of Stats. */
export function StatGrid({ className, ...props }: React.ComponentProps<'dl'>) {
  return (
    <dl
      className={cn('m-0 grid grid-cols-2 gap-2 @xl:grid-cols-3 @3xl:grid-cols-4', className)}
      {...props}
    />
  );
}

/** An engine error for inputs that passed the field checks (rare: e.g. extreme values). */
export function ComputeError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="m-0 border-l-4 border-[var(--color-loss)] pl-2 text-sm text-fg">
      The model could not compute this setup: {message}
    </p>
  );
}

/**
 * A figure's text with each word kept whole: a line may break between "5,650.70", "and" and
 * "6,349.30", never inside one (a minus sign and "$" both allow a break after them, which would
 * leave "−" alone on a line above the amount). The text itself is unchanged.
 */
function UnbrokenFigures({ text }: { text: string }) {
  const words = text.split(' ');
  if (words.length === 1) return <span className="whitespace-nowrap">{text}</span>;
  // The spaces stay outside the unbreakable spans: they are where a line may break.
  return words.map((word, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the words of one fixed text, in order
    <Fragment key={i}>
      {i > 0 ? ' ' : null}
      <span className="whitespace-nowrap">{word}</span>
    </Fragment>
  ));
}
