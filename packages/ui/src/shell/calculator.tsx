'use client';

import type * as React from 'react';
import { useId, useMemo } from 'react';
import { PayoffChart } from '../chart/payoff-chart';
import { Button } from '../fields/button';
import { ComputeError, Results, Stat, StatGrid } from '../fields/calculator-shell';
import { CalculatorHeadingLevel } from '../fields/scroll-table';
import { cn } from '../lib/cn';
import type { CalculatorModel, FieldTexts } from '../lib/use-calculator-state';
import type { FieldDecl, FieldGroupDecl, HeadlineDecl, ResultView } from './calculator-spec';
import { DeclaredField, FieldGroups } from './field-groups';

export interface CalculatorProps<T extends FieldTexts, R>
  extends Omit<React.ComponentProps<'section'>, 'title' | 'children'> {
  // biome-ignore lint/suspicious/noExplicitAny: the shell never reads the parsed inputs or the field keys' union.
  model: CalculatorModel<T, any, R, any>;
  title: string;
  /** One sentence under the title. */
  description: string;
  /** Heading level of the title, default 2 (right after a page h1 or inside an article h2). */
  headingLevel?: 2 | 3 | 4;
  /** The input fields, grouped. */
  groups: readonly FieldGroupDecl<keyof T & string>[];
  /** Fields that steer the chart only (e.g. the T+n day), shown right under it. */
  chartFields?: readonly FieldDecl<keyof T & string>[];
  /** What a result looks like: headline, figures, chart, details. */
  view: ResultView<R>;
  /** The model's assumptions, in small print at the end. */
  footnote: React.ReactNode;
}

/**
 * The one layout of every calculator. On a phone (a narrow container) the headline figures and
 * the chart come first and the inputs follow, grouped two to a row; a summary line with the
 * headline stays at the top of the screen while the reader scrolls down to edit an input. Where
 * the calculator is wide enough the results and the inputs sit side by side. Its own width
 * decides (container queries), so it works the same in an article column and on a full page.
 */
export function Calculator<T extends FieldTexts, R>({
  model,
  title,
  description,
  headingLevel = 2,
  groups,
  chartFields = [],
  view,
  footnote,
  className,
  ...props
}: CalculatorProps<T, R>) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const { result, stale, copyStatus } = model;
  const { headline, figures, chart, details } = view;

  // Figures, chart and details depend on the result only: memoised, they are not re-rendered
  // while the reader types (React reuses an identical element).
  const output = useMemo(
    () =>
      result === null ? null : (
        <>
          <StatGrid>
            {figures(result).map((figure) => (
              <Stat key={figure.label} {...figure} />
            ))}
          </StatGrid>
          <PayoffChart {...chart(result)} />
        </>
      ),
    [result, figures, chart],
  );
  const more = useMemo(
    () => (result === null || !details ? null : details(result)),
    [result, details],
  );
  const summary = useMemo(() => (result === null ? [] : headline(result)), [result, headline]);

  return (
    <section
      aria-labelledby={titleId}
      data-calculator-shell=""
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
          <p className="mt-1 mb-0 text-sm text-muted">{description}</p>
        </div>
        <div className="flex shrink-0 gap-2">
          <Button onClick={model.copyLink}>Copy link</Button>
          <Button onClick={model.reset}>Reset</Button>
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

      <HeadlineBar items={summary} stale={stale} />

      <div className="mt-3 grid grid-cols-1 gap-6 @3xl:grid-cols-[minmax(0,1fr)_minmax(17rem,21rem)] @3xl:items-start">
        <div className="flex min-w-0 flex-col gap-4" data-results="">
          <ComputeError message={model.computeError} />
          <Results stale={stale} empty={result === null}>
            {output}
            {result !== null && chartFields.length > 0 ? (
              <div className="@container grid grid-cols-1 gap-4">
                {chartFields.map((decl) => (
                  <DeclaredField
                    key={decl.kind === 'custom' ? decl.id : decl.key}
                    decl={decl}
                    model={model}
                  />
                ))}
              </div>
            ) : null}
            <CalculatorHeadingLevel.Provider value={headingLevel}>
              {more}
            </CalculatorHeadingLevel.Provider>
          </Results>
        </div>
        <div className="@container flex min-w-0 flex-col gap-5" data-inputs="">
          <FieldGroups groups={groups} model={model} />
        </div>
      </div>

      <div className="mt-5 text-xs text-muted [&_p]:m-0">{footnote}</div>
    </section>
  );
}

/**
 * The headline figures in one line that sticks to the top of the screen while the calculator
 * is in view and the results column is not beside the inputs: the reader editing a field far
 * below the figures still sees what the edit does. It repeats figures of the results grid, so it
 * is hidden from assistive technology.
 */
function HeadlineBar({ items, stale }: { items: readonly HeadlineDecl[]; stale: boolean }) {
  if (items.length === 0) return null;
  return (
    <div
      aria-hidden="true"
      data-headline=""
      className={cn(
        'sticky top-0 z-10 -mx-4 mt-2 flex flex-wrap gap-x-4 gap-y-0.5 border-y border-border bg-surface/95 px-4 py-1.5 text-sm backdrop-blur sm:-mx-5 sm:px-5 @3xl:hidden',
        stale && 'opacity-60',
      )}
    >
      {items.map((item) => (
        <span key={item.label} className="whitespace-nowrap">
          <span className="text-muted">{item.label} </span>
          <span
            className={cn(
              'font-semibold tabular-nums',
              item.tone === 'profit' && 'text-[var(--color-profit)]',
              item.tone === 'loss' && 'text-[var(--color-loss)]',
            )}
          >
            {item.value}
          </span>
        </span>
      ))}
      {stale ? <span className="text-muted">(last valid inputs)</span> : null}
    </div>
  );
}
