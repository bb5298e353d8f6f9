import type * as React from 'react';
import { cn } from '../lib/cn';

export interface ButtonProps extends React.ComponentProps<'button'> {
  /**
   * `secondary`: the bordered button of the calculators' headers and lists (default);
   * `quiet`: the same on the page background, for a row's remove button;
   * `primary`: the accent-filled button of a suggested action ("Use model credit").
   */
  variant?: 'secondary' | 'quiet' | 'primary';
  /** `md` is 36 px tall (default); `sm` is 32 px, for an action under a field. */
  size?: 'md' | 'sm';
}

const BASE =
  'inline-flex shrink-0 items-center justify-center rounded-md border font-medium outline-none focus-visible:ring-2 focus-visible:ring-focus disabled:cursor-not-allowed disabled:opacity-50';

const VARIANTS: Record<NonNullable<ButtonProps['variant']>, string> = {
  secondary: 'border-border bg-surface text-fg hover:bg-surface-2',
  quiet: 'border-border bg-bg text-fg hover:bg-surface-2',
  primary: 'border-transparent bg-accent text-on-accent hover:opacity-90',
};

const SIZES: Record<NonNullable<ButtonProps['size']>, string> = {
  md: 'h-9 px-3 text-sm',
  sm: 'h-8 px-2.5 text-sm',
};

/** The one button of the UI package: a native `<button type="button">` in a few looks. */
export function Button({
  variant = 'secondary',
  size = 'md',
  type = 'button',
  className,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cn(BASE, VARIANTS[variant], SIZES[size], className)}
      {...props}
    />
  );
}
