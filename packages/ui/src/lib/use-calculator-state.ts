'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { linkWithState, readNamespace, writeNamespace } from './url-state';

export type FieldTexts = Record<string, string>;

export type CopyStatus =
  | { state: 'idle' }
  | { state: 'copied'; link: string }
  | { state: 'failed'; link: string };

export interface CalculatorState<T extends FieldTexts> {
  /** Current field texts. */
  values: T;
  /** The field the reader changed last (null after a reset, a link or a multi-field change):
   * a broken relation between two fields is reported on this one. */
  edited: (keyof T & string) | null;
  /** Sets one field (a reader's edit: marks the state as changed and updates the link). */
  setValue: (key: keyof T & string, text: string) => void;
  /** Sets several fields at once. */
  setValues: (patch: Partial<T>) => void;
  /** A stable `(text) => setValue(key, text)` per key, so memoised fields skip re-rendering. */
  handlerFor: (key: keyof T & string) => (text: string) => void;
  /** Restores the initial values and removes this calculator's parameters from the URL. */
  reset: () => void;
  /** Copies a link that reopens the current setup. */
  copyLink: () => Promise<void>;
  copyStatus: CopyStatus;
}

const WRITE_DELAY_MS = 150;

/**
 * Field state shared by every calculator: starts from `initial` (so the server's HTML and the
 * first client render agree), reads `namespace.*` parameters from the URL after mount, writes
 * them back with `history.replaceState` (debounced, so dragging a slider does not flood the
 * history API) and offers "Copy link" and "Reset".
 */
export function useCalculatorState<T extends FieldTexts>(
  namespace: string,
  initial: T,
): CalculatorState<T> {
  const [{ values, edited }, setState] = useState<{ values: T; edited: (keyof T & string) | null }>(
    () => ({ values: initial, edited: null }),
  );
  const [copyStatus, setCopyStatus] = useState<CopyStatus>({ state: 'idle' });
  const initialRef = useRef(initial);
  initialRef.current = initial;
  const dirty = useRef(false);

  useEffect(() => {
    const fromUrl = readNamespace(
      window.location.search,
      namespace,
      Object.keys(initialRef.current),
    );
    if (Object.keys(fromUrl).length > 0) {
      setState((previous) => ({ values: { ...previous.values, ...fromUrl }, edited: null }));
    }
  }, [namespace]);

  useEffect(() => {
    if (!dirty.current) return;
    const timer = window.setTimeout(() => {
      const search = writeNamespace(window.location.search, namespace, values);
      const { pathname, hash } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
    }, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [namespace, values]);

  const setValues = useCallback((patch: Partial<T>) => {
    dirty.current = true;
    setCopyStatus({ state: 'idle' });
    const keys = Object.keys(patch) as (keyof T & string)[];
    setState((previous) => ({
      values: { ...previous.values, ...patch },
      edited: keys.length === 1 ? keys[0]! : null,
    }));
  }, []);

  const setValue = useCallback(
    (key: keyof T & string, text: string) => setValues({ [key]: text } as Partial<T>),
    [setValues],
  );

  const handlers = useRef(new Map<string, (text: string) => void>());
  const handlerFor = useCallback(
    (key: keyof T & string) => {
      let handler = handlers.current.get(key);
      if (!handler) {
        handler = (text: string) => setValues({ [key]: text } as Partial<T>);
        handlers.current.set(key, handler);
      }
      return handler;
    },
    [setValues],
  );

  const reset = useCallback(() => {
    dirty.current = false;
    setCopyStatus({ state: 'idle' });
    setState({ values: initialRef.current, edited: null });
    const search = writeNamespace(window.location.search, namespace, null);
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  }, [namespace]);

  const valuesRef = useRef(values);
  valuesRef.current = values;

  const copyLink = useCallback(async () => {
    const link = linkWithState(window.location.href, namespace, valuesRef.current);
    try {
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(link);
      setCopyStatus({ state: 'copied', link });
    } catch {
      setCopyStatus({ state: 'failed', link });
    }
  }, [namespace]);

  return { values, edited, setValue, setValues, handlerFor, reset, copyLink, copyStatus };
}

/**
 * Keeps the last non-null value: while the inputs are invalid, the calculator keeps showing
 * (dimmed) the result of the last valid inputs.
 */
export function useLastValid<T>(value: T | null): T | null {
  const [last, setLast] = useState<T | null>(value);
  if (value !== null && value !== last) {
    setLast(value);
    return value;
  }
  return value ?? last;
}

export interface Validated<I, F extends string> {
  /** Parsed inputs, or null while any field is invalid. */
  inputs: I | null;
  /** A message per invalid field. */
  errors: Partial<Record<F, string>>;
}

export interface CalculatorModel<T extends FieldTexts, I, R, F extends string>
  extends CalculatorState<T> {
  inputs: I | null;
  errors: Partial<Record<F, string>>;
  /** The current result, or the last valid one while the inputs are invalid. */
  result: R | null;
  /** True when `result` is not from the current inputs (show it dimmed). */
  stale: boolean;
  /** Message of an engine error for inputs that passed the field checks. */
  computeError: string | null;
  /** The props that wire a field to this model: name, text, change handler and message. */
  fieldProps: (key: keyof T & string) => {
    name: string;
    value: string;
    onValueChange: (text: string) => void;
    error: string | undefined;
  };
}

/**
 * State, validation and computation of a calculator in one hook: texts → `validate` → inputs →
 * `compute` → result, each step memoised so a change recomputes once.
 */
export function useCalculatorModel<T extends FieldTexts, I, R, F extends string>(
  namespace: string,
  initial: T,
  validate: (texts: T, edited?: string | null) => Validated<I, F>,
  compute: (inputs: I) => R,
): CalculatorModel<T, I, R, F> {
  const state = useCalculatorState(namespace, initial);
  const { inputs, errors } = useMemo(
    () => validate(state.values, state.edited),
    [validate, state.values, state.edited],
  );
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
  const { values, handlerFor } = state;
  const fieldProps = useCallback(
    (key: keyof T & string) => ({
      name: key,
      value: values[key] ?? '',
      onValueChange: handlerFor(key),
      error: (errors as Partial<Record<string, string>>)[key],
    }),
    [values, handlerFor, errors],
  );
  return {
    ...state,
    fieldProps,
    inputs,
    errors,
    result,
    stale: current === null,
    computeError: computed?.error ?? null,
  };
}
