'use client';

import type * as React from 'react';
import { useId } from 'react';
import { cn } from '../lib/cn';

export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
}

export interface SegmentedFieldProps<V extends string>
  extends Omit<React.ComponentProps<'fieldset'>, 'onChange' | 'children'> {
  legend: string;
  value: V;
  options: readonly ChoiceOption<V>[];
  onValueChange: (value: V) => void;
  name?: string;
}

/** A small radio group drawn as a segmented button row (arrow keys move between options). */
export function SegmentedField<V extends string>({
  legend,
  value,
  options,
  onValueChange,
  name,
  className,
  ...props
}: SegmentedFieldProps<V>) {
  const groupName = useId();
  return (
    <fieldset className={cn('m-0 min-w-0 border-0 p-0', className)} {...props}>
      <legend className="mb-1 p-0 text-sm font-medium text-fg">{legend}</legend>
      <div className="inline-flex flex-wrap rounded-md border border-border bg-bg p-0.5">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              'relative cursor-pointer rounded px-3 py-1.5 text-sm text-fg',
              'has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-focus',
              option.value === value && 'bg-accent text-on-accent',
            )}
          >
            <input
              type="radio"
              className="sr-only"
              name={name ?? groupName}
              value={option.value}
              checked={option.value === value}
              onChange={() => onValueChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface SelectFieldProps<V extends string>
  extends Omit<React.ComponentProps<'div'>, 'onChange' | 'children'> {
  label: string;
  value: V;
  options: readonly ChoiceOption<V>[];
  onValueChange: (value: V) => void;
  name?: string;
}

/** A labelled native select. */
export function SelectField<V extends string>({
  label,
  value,
  options,
  onValueChange,
  name,
  className,
  ...props
}: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className={cn('flex min-w-0 flex-col gap-1', className)} {...props}>
      <label htmlFor={id} className="text-sm font-medium text-fg">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onValueChange(event.target.value as V)}
        className="h-9 w-full rounded-md border border-border bg-bg px-2 text-base text-fg outline-none focus-visible:ring-2 focus-visible:ring-focus"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
