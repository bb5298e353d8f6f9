'use client';

import type * as React from 'react';
import { memo, useId } from 'react';
import { cn } from '../lib/cn';
import { Button } from './button';
import { decimalsOf, sliderPosition } from './slider-math';

export interface NumberFieldProps
  extends Omit<React.ComponentProps<'div'>, 'onChange' | 'children'> {
  label: string;
  /** Visually hidden text before the label (e.g. "Layer 2: "), to make its name unique. */
  srPrefix?: string;
  /** Field text as typed. */
  value: string;
  onValueChange: (text: string) => void;
  /** Message shown under the field; marks it aria-invalid. */
  error?: string;
  /** Short help under the field. */
  hint?: string;
  /** Unit shown after the field, e.g. "%", "days", "$". */
  unit?: string;
  /** A range slider kept in sync with the text field. */
  slider?: { min: number; max: number; step: number };
  /** Name used in tests and the form, e.g. "shortPut". */
  name?: string;
  /** A suggestion at the field with a one-tap fix, e.g. "Use model credit". */
  action?: { message: string; label: string; onAction: () => void };
}

function NumberFieldBase({
  label,
  srPrefix,
  value,
  onValueChange,
  error,
  hint,
  unit,
  slider,
  name,
  action,
  className,
  ...props
}: NumberFieldProps) {
  const base = useId();
  const inputId = `${base}-input`;
  const labelId = `${base}-label`;
  const errorId = `${base}-error`;
  const hintId = `${base}-hint`;
  const actionId = `${base}-action`;
  const describedBy = [error ? errorId : null, action ? actionId : null, hint ? hintId : null]
    .filter(Boolean)
    .join(' ');
  const position = slider ? sliderPosition(value, slider.min, slider.max) : 0;

  return (
    <div className={cn('flex min-w-0 flex-col gap-1', className)} {...props}>
      <label id={labelId} htmlFor={inputId} className="text-sm font-medium text-fg">
        {srPrefix ? <span className="sr-only">{srPrefix}</span> : null}
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={inputId}
          name={name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={cn(
            'h-9 w-full min-w-0 rounded-md border border-border bg-bg px-2.5 text-base text-fg tabular-nums',
            'outline-none focus-visible:ring-2 focus-visible:ring-focus',
            error && 'border-[var(--color-loss)]',
          )}
        />
        {unit ? <span className="shrink-0 text-sm text-muted">{unit}</span> : null}
      </div>
      {slider ? (
        <input
          type="range"
          min={slider.min}
          max={slider.max}
          step={slider.step}
          value={position}
          aria-labelledby={labelId}
          aria-valuetext={unit ? `${value} ${unit}` : value}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            const next = Number(event.target.value);
            onValueChange(String(Number(next.toFixed(decimalsOf(slider.step)))));
          }}
          className="h-6 w-full cursor-pointer accent-[var(--color-accent)] outline-none focus-visible:ring-2 focus-visible:ring-focus"
        />
      ) : null}
      {hint ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {action ? (
        <div
          data-field-action=""
          className="flex flex-col items-start gap-1.5 rounded-md border-l-4 border-[var(--color-warning-border)] bg-[var(--color-warning-bg)] px-2 py-1.5"
        >
          <p id={actionId} className="m-0 text-sm text-fg">
            {action.message}
          </p>
          <Button size="sm" variant="primary" onClick={action.onAction}>
            {action.label}
          </Button>
        </div>
      ) : null}
      {error ? (
        <p
          id={errorId}
          className="border-l-4 border-[var(--color-loss)] pl-2 text-sm font-medium text-fg"
        >
          {error}
        </p>
      ) : null}
    </div>
  );
}

function sameProps(a: NumberFieldProps, b: NumberFieldProps): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof NumberFieldProps>;
  for (const key of keys) {
    if (key === 'action') {
      // An action is rebuilt on every render; what it does follows from its message (the
      // suggested value is in it), so equal texts mean an equal action.
      if (a.action?.message !== b.action?.message || a.action?.label !== b.action?.label)
        return false;
    } else if (key === 'slider') {
      const x = a.slider;
      const y = b.slider;
      if (x === y) continue;
      if (!x || !y || x.min !== y.min || x.max !== y.max || x.step !== y.step) return false;
    } else if (a[key] !== b[key]) {
      return false;
    }
  }
  return true;
}

/**
 * A labelled number field (text input with decimal keyboard, so "6,000" and half-typed
 * values are allowed) with an optional range slider bound to the same value. An error is
 * announced through aria-invalid + aria-describedby and shown under the field. Memoised: a
 * field re-renders only when its own props change (pass stable `onValueChange` handlers).
 */
export const NumberField = memo(NumberFieldBase, sameProps);
