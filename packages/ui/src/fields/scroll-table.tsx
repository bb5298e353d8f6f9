'use client';

import type * as React from 'react';
import { createContext, useContext, useEffect, useId, useRef, useState } from 'react';
import { cn } from '../lib/cn';

/** The heading level of the calculator around a table, so its own heading is one below. */
export const CalculatorHeadingLevel = createContext<2 | 3 | 4>(2);

/**
 * Shadows at the edges of a sideways-scrolling box that show there is more to either side:
 * surface-coloured covers that scroll with the content ("local") over shadows fixed to the box,
 * so an edge shows its shadow only while content hides behind it. Pure CSS, so the server's
 * HTML already shows the cue.
 */
const SCROLL_SHADOWS: React.CSSProperties = {
  background: [
    'linear-gradient(to right, var(--color-surface) 30%, transparent) left center / 2.5rem 100% no-repeat local',
    'linear-gradient(to left, var(--color-surface) 30%, transparent) right center / 2.5rem 100% no-repeat local',
    'radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.28), transparent) left center / 0.9rem 100% no-repeat scroll',
    'radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.28), transparent) right center / 0.9rem 100% no-repeat scroll',
  ].join(', '),
};

/**
 * A results table that survives a phone: a visible heading names it (and the table, through
 * `aria-labelledby`), cells never wrap (figures stay whole, a minus sign with its number; a
 * prose cell marked `data-wrap` may), and
 * when it is wider than the screen it scrolls sideways inside a focusable region with shadows
 * at the hidden edges and a line saying so.
 */
export function ScrollTable({
  title,
  columns,
  className,
  tableClassName,
  note,
  stickyFirstColumn = false,
  children,
  bodyRef,
}: {
  title: string;
  /** A line under the table that qualifies its figures (e.g. the assumption behind them). */
  note?: string;
  /** Keeps the first column (the row labels) in view while the table scrolls sideways. */
  stickyFirstColumn?: boolean;
  /** The column headers, left to right. */
  columns: readonly string[];
  className?: string;
  /** Classes of the `<table>` (size, alignment). */
  tableClassName?: string;
  /** The body rows (`<tr>`s). */
  children: React.ReactNode;
  /** The `<tbody>`, for a table that writes its figures in place. */
  bodyRef?: React.Ref<HTMLTableSectionElement>;
}) {
  const id = useId();
  const level = useContext(CalculatorHeadingLevel);
  const Heading = `h${Math.min(level + 1, 6)}` as 'h3' | 'h4' | 'h5';
  const box = useRef<HTMLDivElement | null>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <section aria-labelledby={id} data-scroll-table="" className={cn('min-w-0', className)}>
      <Heading id={id} className="m-0 mb-1 text-sm font-medium text-fg">
        {title}
      </Heading>
      <div
        ref={box}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        tabIndex={0}
        className="overflow-x-auto rounded-md outline-none focus-visible:ring-2 focus-visible:ring-focus [&_td:not([data-wrap])]:whitespace-nowrap [&_th]:whitespace-nowrap"
        style={SCROLL_SHADOWS}
      >
        <table
          aria-labelledby={id}
          className={cn('table w-full border-collapse text-sm tabular-nums', tableClassName)}
        >
          <thead>
            <tr className="border-b border-border text-muted">
              {columns.map((column, i) => (
                <th
                  key={column}
                  scope="col"
                  className={cn(
                    'py-1.5 pr-3 font-medium',
                    i === 0 && 'text-left',
                    i === 0 && stickyFirstColumn && 'sticky left-0 z-[1] bg-surface',
                  )}
                >
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={bodyRef}>{children}</tbody>
        </table>
      </div>
      {note ? <p className="m-0 mt-1 text-xs text-muted">{note}</p> : null}
      {overflows ? (
        <p data-scroll-cue="" className="m-0 mt-1 text-xs text-muted">
          Wider than the screen: swipe or scroll the table sideways for more columns.
        </p>
      ) : null}
    </section>
  );
}
