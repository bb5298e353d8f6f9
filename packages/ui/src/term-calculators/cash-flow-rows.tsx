'use client';

import type * as React from 'react';
import { useEffect, useId, useRef } from 'react';
import { Button } from '../fields/button';
import { NumberField } from '../fields/number-field';
import { cn } from '../lib/cn';
import { type AmountRow, type DatedRow, MAX_ROWS, MIN_ROWS } from './cash-flow-list';

/**
 * Moves focus after a row is added (to its first input) or removed (to the row that took its
 * place, else the "Add" button), so keyboard users never lose their place.
 */
function useRowFocus(rowIds: readonly number[]) {
  const container = useRef<HTMLFieldSetElement>(null);
  const pending = useRef<{ kind: 'row'; id: number } | { kind: 'add' } | null>(null);
  const idsKey = rowIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after the rows change (idsKey), not on every render.
  useEffect(() => {
    const target = pending.current;
    pending.current = null;
    const root = container.current;
    if (!target || !root) return;
    const element =
      target.kind === 'row'
        ? root.querySelector<HTMLElement>(`[data-row-id="${target.id}"] input`)
        : root.querySelector<HTMLElement>('[data-add-row]');
    element?.focus();
  }, [idsKey]);
  return {
    container,
    focusRowLater: (id: number) => {
      pending.current = { kind: 'row', id };
    },
    focusAddLater: () => {
      pending.current = { kind: 'add' };
    },
  };
}

/** The id of the row that takes the removed row's place: the next one, else the previous. */
function neighbourOf(rowIds: readonly number[], id: number): number | undefined {
  const index = rowIds.indexOf(id);
  return rowIds[index + 1] ?? rowIds[index - 1];
}

interface RowListShellProps {
  legend: string;
  listError?: string;
  addLabel: string;
  canAdd: boolean;
  onAdd: () => void;
  container: React.RefObject<HTMLFieldSetElement | null>;
  children: React.ReactNode;
}

function RowListShell({
  legend,
  listError,
  addLabel,
  canAdd,
  onAdd,
  container,
  children,
}: RowListShellProps) {
  const errorId = useId();
  return (
    <fieldset
      ref={container}
      className="m-0 min-w-0 border-0 p-0"
      aria-describedby={listError ? errorId : undefined}
    >
      <legend className="mb-2 p-0 text-sm font-semibold text-muted">{legend}</legend>
      <div className="flex flex-col gap-3">{children}</div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button data-add-row="" onClick={onAdd} disabled={!canAdd}>
          {addLabel}
        </Button>
        {!canAdd ? <span className="text-sm text-muted">Up to {MAX_ROWS} rows.</span> : null}
      </div>
      {listError ? (
        <p
          id={errorId}
          className="mt-2 mb-0 border-l-4 border-[var(--color-loss)] pl-2 text-sm font-medium text-fg"
        >
          {listError}
        </p>
      ) : null}
    </fieldset>
  );
}

export interface CashFlowRowsProps {
  /** Legend of the group, default "Cash flows". */
  legend?: string;
  rows: readonly AmountRow[];
  /** Id the next added row gets (its field is focused after "Add"). */
  nextId: number;
  /** Message per row, by row id. */
  errors: Readonly<Record<number, string>>;
  /** A message about the whole list. */
  listError?: string;
  onAmountChange: (id: number, text: string) => void;
  onAdd: () => void;
  onRemove: (id: number) => void;
  /** Extra text beside a row, e.g. its present value. */
  rowNote?: (row: AmountRow, index: number) => string | undefined;
}

function periodLabel(index: number): string {
  return index === 0 ? 'Year 0 (today)' : `Year ${index}`;
}

/** Periodic cash flows, one labelled field per year, with "Add a year" and "Remove" buttons. */
export function CashFlowRows({
  legend = 'Cash flows',
  rows,
  nextId,
  errors,
  listError,
  onAmountChange,
  onAdd,
  onRemove,
  rowNote,
}: CashFlowRowsProps) {
  const ids = rows.map((row) => row.id);
  const focus = useRowFocus(ids);
  const canRemove = rows.length > MIN_ROWS;
  return (
    <RowListShell
      legend={legend}
      listError={listError}
      addLabel="Add a year"
      canAdd={rows.length < MAX_ROWS}
      onAdd={() => {
        focus.focusRowLater(nextId);
        onAdd();
      }}
      container={focus.container}
    >
      <div className="grid grid-cols-1 gap-3 @sm:grid-cols-2 @2xl:grid-cols-3">
        {rows.map((row, index) => (
          <div key={row.id} data-row-id={row.id} className="flex min-w-0 items-start gap-2">
            <NumberField
              className="flex-1"
              name={`cashFlow${index}`}
              label={periodLabel(index)}
              value={row.amount}
              onValueChange={(text) => onAmountChange(row.id, text)}
              error={errors[row.id]}
              hint={rowNote?.(row, index)}
            />
            <Button
              variant="quiet"
              className="mt-6 px-2.5"
              aria-label={`Remove ${periodLabel(index).toLowerCase()}`}
              disabled={!canRemove}
              onClick={() => {
                const next = neighbourOf(ids, row.id);
                if (next === undefined) focus.focusAddLater();
                else focus.focusRowLater(next);
                onRemove(row.id);
              }}
            >
              Remove
            </Button>
          </div>
        ))}
      </div>
    </RowListShell>
  );
}

export interface DateFieldProps extends Omit<React.ComponentProps<'div'>, 'onChange' | 'children'> {
  label: React.ReactNode;
  /** ISO date text, YYYY-MM-DD. */
  value: string;
  onValueChange: (text: string) => void;
  error?: string;
  hint?: string;
  name?: string;
}

/** A labelled native date field with the same look and error wiring as NumberField. */
export function DateField({
  label,
  value,
  onValueChange,
  error,
  hint,
  name,
  className,
  ...props
}: DateFieldProps) {
  const base = useId();
  const inputId = `${base}-input`;
  const errorId = `${base}-error`;
  const hintId = `${base}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={cn('flex min-w-0 flex-col gap-1', className)} {...props}>
      <label htmlFor={inputId} className="text-sm font-medium text-fg">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        type="date"
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
      {hint ? (
        <p id={hintId} className="m-0 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p
          id={errorId}
          className="m-0 border-l-4 border-[var(--color-loss)] pl-2 text-sm font-medium text-fg"
        >
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface DatedFlowRowsProps {
  rows: readonly DatedRow[];
  /** Id the next added row gets (its field is focused after "Add"). */
  nextId: number;
  amountErrors: Readonly<Record<number, string>>;
  dateErrors: Readonly<Record<number, string>>;
  listError?: string;
  onChange: (id: number, patch: Partial<Omit<DatedRow, 'id'>>) => void;
  onAdd: () => void;
  onRemove: (id: number) => void;
  /** Extra text under a row's date, e.g. "89 days after the first flow". */
  dateNote?: (row: DatedRow, index: number) => string | undefined;
}

/** Dated cash flows: a date and an amount per row, with "Add a flow" and "Remove" buttons. */
export function DatedFlowRows({
  rows,
  nextId,
  amountErrors,
  dateErrors,
  listError,
  onChange,
  onAdd,
  onRemove,
  dateNote,
}: DatedFlowRowsProps) {
  const ids = rows.map((row) => row.id);
  const focus = useRowFocus(ids);
  const canRemove = rows.length > MIN_ROWS;
  return (
    <RowListShell
      legend="Dated cash flows (money in negative, money out and ending value positive)"
      listError={listError}
      addLabel="Add a flow"
      canAdd={rows.length < MAX_ROWS}
      onAdd={() => {
        focus.focusRowLater(nextId);
        onAdd();
      }}
      container={focus.container}
    >
      {rows.map((row, index) => (
        <div
          key={row.id}
          data-row-id={row.id}
          className="grid grid-cols-[1fr_auto] items-start gap-2 border-b border-border pb-3 last:border-b-0 last:pb-0 @md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] @md:border-b-0 @md:pb-0"
        >
          <DateField
            name={`date${index}`}
            label={`Flow ${index + 1} date`}
            value={row.date}
            onValueChange={(text) => onChange(row.id, { date: text })}
            error={dateErrors[row.id]}
            hint={dateNote?.(row, index)}
            className="col-span-2 @md:col-span-1"
          />
          <NumberField
            name={`amount${index}`}
            label={`Flow ${index + 1} amount`}
            value={row.amount}
            onValueChange={(text) => onChange(row.id, { amount: text })}
            error={amountErrors[row.id]}
          />
          <Button
            variant="quiet"
            className="mt-6 px-2.5"
            aria-label={`Remove flow ${index + 1}`}
            disabled={!canRemove}
            onClick={() => {
              const next = neighbourOf(ids, row.id);
              if (next === undefined) focus.focusAddLater();
              else focus.focusRowLater(next);
              onRemove(row.id);
            }}
          >
            Remove
          </Button>
        </div>
      ))}
    </RowListShell>
  );
}
