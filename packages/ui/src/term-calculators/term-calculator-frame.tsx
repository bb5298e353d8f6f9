'use client';

import type * as React from 'react';
import { useId } from 'react';
import { Button } from '../fields/button';
import { cn } from '../lib/cn';

export interface TermCalculatorFrameProps extends Omit<React.ComponentProps<'section'>, 'title'> {
  title: string;
  /** One sentence under the title. */
  description?: string;
  /** Heading level of the title, default 3 (inside a term page's "How It Works" h2). */
  headingLevel?: 2 | 3 | 4;
  /** Called by the "Reset" button. */
  resetState: () => void;
}

/**
 * The compact frame of a glossary formula calculator: title, one sentence, a "Reset" button
 * that brings back the page's worked example, and the fields and results. It sizes its
 * layout to its own width (container queries), so it fits the article column and a phone.
 */
export function TermCalculatorFrame({
  title,
  description,
  headingLevel = 3,
  resetState,
  className,
  children,
  ...props
}: TermCalculatorFrameProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <section
      aria-labelledby={titleId}
      className={cn(
        'not-prose @container my-6 w-full rounded-xl border border-border bg-surface p-4 text-fg',
        className,
      )}
      {...props}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Heading id={titleId} className="m-0 text-base font-semibold leading-tight text-fg">
            {title}
          </Heading>
          {description ? <p className="mt-1 mb-0 text-sm text-muted">{description}</p> : null}
        </div>
        <Button onClick={resetState}>Reset</Button>
      </div>
      <div className="mt-4 flex flex-col gap-4">{children}</div>
    </section>
  );
}

export interface FormulaReadoutProps extends React.ComponentProps<'p'> {
  /** The formula with the numbers substituted. */
  readout: string;
}

/** Splits a readout at its top-level operators so a narrow screen wraps between terms only. */
export function readoutChunks(readout: string): string[] {
  return readout.split(/( [+\u2212=] )/).filter((chunk) => chunk !== '');
}

/**
 * The formula with the reader's numbers in it: one line where there is room, wrapping between
 * terms (never inside "300 ÷ 1.08²") on a phone. Read politely by screen readers when it changes.
 */
export function FormulaReadout({ readout, className, ...props }: FormulaReadoutProps) {
  return (
    <p
      aria-live="polite"
      data-testid="formula-readout"
      className={cn(
        'm-0 rounded-md border border-border bg-bg px-3 py-2 font-mono text-sm text-fg tabular-nums',
        className,
      )}
      {...props}
    >
      {readoutChunks(readout).map((chunk, index) =>
        / [+\u2212=] /.test(chunk) ? (
          chunk
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: chunks are positional pieces of one string.
          <span key={index} className="whitespace-nowrap">
            {chunk}
          </span>
        ),
      )}
    </p>
  );
}
