'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import { useLastValid } from '../lib/use-calculator-state';

/** What a term calculator's validation returns: parsed inputs (or null) and the messages. */
export interface TermValidated<I, E> {
  /** Parsed inputs, or null while any field is invalid. */
  inputs: I | null;
  /** Messages for the invalid fields, in whatever shape the calculator's fields need. */
  errors: E;
}

export interface TermCalculatorModel<S, I, R, E> {
  /** The editable state (field texts, rows). */
  state: S;
  setState: (update: S | ((previous: S) => S)) => void;
  /** Restores the initial state (the term page's worked example). */
  reset: () => void;
  inputs: I | null;
  errors: E;
  /** The current result, or the last valid one while the inputs are invalid. */
  result: R | null;
  /** True when `result` is not from the current inputs (show it dimmed). */
  stale: boolean;
  /** Message of an engine error for inputs that passed the field checks. */
  computeError: string | null;
}

/**
 * State of a small formula calculator on a glossary page: state → `validate` → inputs →
 * `compute` → result, each memoised, with the last valid result kept while an input is being
 * fixed. Unlike the full calculators it keeps nothing in the URL: a term page is one canonical
 * address, and the worked example is what a reader comes back to (the Reset button).
 */
export function useTermCalculator<S, I, R, E>(
  initial: S,
  validate: (state: S) => TermValidated<I, E>,
  compute: (inputs: I) => R,
): TermCalculatorModel<S, I, R, E> {
  const [state, setState] = useState<S>(initial);
  const initialRef = useRef(initial);
  initialRef.current = initial;
  const reset = useCallback(() => setState(initialRef.current), []);
  const { inputs, errors } = useMemo(() => validate(state), [validate, state]);
  const computed = useMemo(() => {
    if (inputs === null) return null;
    try {
      return { value: compute(inputs), error: null };
    } catch (error) {
      return { value: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [compute, inputs]);
  const current = computed?.value ?? null;
  const result = useLastValid(current);
  return {
    state,
    setState,
    reset,
    inputs,
    errors,
    result,
    stale: current === null,
    computeError: computed?.error ?? null,
  };
}
