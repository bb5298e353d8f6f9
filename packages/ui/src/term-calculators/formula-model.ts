/**
 * The shape shared by the single-formula calculators (CAPM, dividend discount, WACC, P/E, P/CF,
 * quick ratio): a few labelled number fields, a validation step, and an outcome made of figures
 * plus a one-line readout of the formula with the numbers substituted.
 */
import { type NumberFieldSpec, parseFields } from '../lib/fields';
import { toFieldText } from '../lib/format';
import type { TermValidated } from './use-term-calculator';

export interface FormulaField<K extends string> {
  key: K;
  /** Visible label. */
  label: string;
  /** Unit shown after the field: "%", "$", "×", "millions". */
  unit?: string;
  /** Short help under the field. */
  hint?: string;
  /** Parsing and range rules; `scale: 100` for a percentage. */
  spec: NumberFieldSpec;
}

export interface FormulaFigure {
  label: string;
  value: string;
  note?: string;
  tone?: 'profit' | 'loss' | 'neutral';
}

export interface FormulaOutcome {
  /** The headline figure(s). */
  figures: FormulaFigure[];
  /** The formula with the numbers substituted, e.g. "E[R] = 4% + 1.2 × (9% − 4%) = 10.00%". */
  readout: string;
}

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** Field texts from initial model values (percentages shown ×100, no float noise). */
export function initialTexts<K extends string>(
  fields: readonly FormulaField<K>[],
  values: Readonly<Record<K, number>>,
): Record<K, string> {
  const texts = {} as Record<K, string>;
  for (const field of fields)
    texts[field.key] = toFieldText(values[field.key] * (field.spec.scale ?? 1));
  return texts;
}

/**
 * Parses every field with its spec, then runs `check` (cross-field rules such as "growth below
 * the required return") once all fields parsed; `check` returns messages keyed by field.
 */
export function validateFields<K extends string>(
  fields: readonly FormulaField<K>[],
  texts: Readonly<Record<K, string>>,
  check?: (values: Record<K, number>) => FieldErrors<K>,
): TermValidated<Record<K, number>, FieldErrors<K>> {
  const specs = {} as Record<K, NumberFieldSpec>;
  for (const field of fields) specs[field.key] = field.spec;
  const { values, errors } = parseFields(texts, specs);
  if (Object.keys(errors).length > 0) return { inputs: null, errors };
  const complete = values as Record<K, number>;
  const crossErrors = check?.(complete) ?? {};
  if (Object.keys(crossErrors).length > 0) return { inputs: null, errors: crossErrors };
  return { inputs: complete, errors: {} };
}
