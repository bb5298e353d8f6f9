'use client';

import type * as React from 'react';
import { useId } from 'react';
import { cn } from '../lib/cn';
import type { CopyStatus } from '../lib/use-calculator-state';

export interface CalculatorShellProps extends Omit<React.ComponentProps<'section'>, 'title'> {
  title: string;
  /** One sentence under the title. */
  description?: string;
  /** Called by the "Copy link" button. */
  copyLink: () => void;
  /** Called by the "Reset" button. */
  resetState: () => void;
  copyStatus: CopyStatus;
  /** Heading level of the title, default 2 (right after a page h1 or inside an article h2 section). */
  headingLevel?: 2 | 3 | 4;
}

const buttonClass =
  'inline-flex h-9 items-center rounded-md border border-border bg-surface px-3 text-sm font-medium text-fg hover:bg-surface-2 outline-none focus-visible:ring-2 focus-visible:ring-focus';

/**
 * The frame every calculator shares: title, "Copy link" and "Reset" buttons, a status line
 * announced to screen readers, and the calculator's content. It sizes its layout to its own
 * width (container queries), so it fits a 360 px phone, an article column and a full page.
 */
export function CalculatorShell({
  title,
  description,
  copyLink,
  resetState,
  copyStatus,
  headingLevel = 2,
  className,
  children,
  ...props
}: CalculatorShellProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <section
      aria-labelledby={titleId}
      className={cn(
        'not-prose @container my-6 w-full rounded-xl border border-border bg-surface p-4 text-fg sm:p-5',
        className,
      )}
      {...props}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Heading id={titleId} className="m-0 text-lg font-semibold leading-tight text-fg">
            {title}
          </Heading>
          {description ? <p className="mt-1 mb-0 text-sm text-muted">{description}</p> : null}
        </div>
        <div className="flex shrink-0 gap-2">
          <button type="button" className={buttonClass} onClick={copyLink}>
            Copy link
          </button>
          <button type="button" className={buttonClass} onClick={resetState}>
            Reset
          </button>
        </div>
      </div>
      <div role="status" className="mt-1 min-h-5 text-sm text-muted">
        {copyStatus.state === 'copied' ? 'Link copied: it reopens this exact setup.' : null}
        {copyStatus.state === 'failed' ? (
          <span className="flex flex-col gap-1">
            <span>Copying was blocked. Select the link below and copy it:</span>
            <input
              readOnly
              value={copyStatus.link}
              aria-label="Link to this setup"
              onFocus={(event) => event.currentTarget.select()}
              className="h-8 w-full rounded-md border border-border bg-bg px-2 text-sm text-fg outline-none focus-visible:ring-2 focus-visible:ring-focus"
            />
          </span>
        ) : null}
      </div>
      <div className="mt-3 flex flex-col gap-5">{children}</div>
    </section>
  );
}

export interface FieldGridProps extends React.ComponentProps<'fieldset'> {
  legend: string;
}

/** A group of fields with a visible legend, laid out in 1–4 columns by available width. */
export function FieldGrid({ legend, className, children, ...props }: FieldGridProps) {
  return (
    <fieldset className={cn('m-0 min-w-0 border-0 p-0', className)} {...props}>
      <legend className="mb-2 p-0 text-sm font-semibold text-muted">{legend}</legend>
      <div className="grid grid-cols-1 gap-4 @sm:grid-cols-2 @2xl:grid-cols-4">{children}</div>
    </fieldset>
  );
}

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
      <dd className="m-0 text-lg font-semibold text-fg tabular-nums">{value}</dd>
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
