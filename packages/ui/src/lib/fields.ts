/**
 * Parsing and range checks for number fields. Fields hold text (what the reader typed);
 * models hold numbers. A percentage field shows 16 and the model receives 0.16.
 */

export interface NumberFieldSpec {
  /** Display value = model value × scale (100 for percentages). Default 1. */
  scale?: number;
  /** Smallest allowed display value (inclusive unless `minExclusive`). */
  min?: number;
  minExclusive?: boolean;
  /** Largest allowed display value (inclusive). */
  max?: number;
  /** Only whole numbers allowed. */
  integer?: boolean;
  /** Unit appended in range messages, e.g. "%" or " days". */
  unit?: string;
}

export type FieldResult = { ok: true; value: number } | { ok: false; error: string };

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function show(value: number, unit = ''): string {
  const text = Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
  return `${text}${unit}`;
}

/** Turns field text into a model number, or a message saying what to type instead. */
export function parseNumberField(text: string, spec: NumberFieldSpec = {}): FieldResult {
  const cleaned = text.replace(/[,\s_]/g, '');
  if (cleaned === '') return { ok: false, error: 'Enter a number.' };
  if (!NUMBER_TEXT.test(cleaned)) return { ok: false, error: 'Enter a number, like 6000 or 12.5.' };
  const display = Number(cleaned);
  if (!Number.isFinite(display)) return { ok: false, error: 'Enter a number, like 6000 or 12.5.' };
  if (spec.integer && !Number.isInteger(display)) {
    return { ok: false, error: 'Enter a whole number.' };
  }
  const { min, max, unit } = spec;
  const belowMin = min !== undefined && (spec.minExclusive ? display <= min : display < min);
  const aboveMax = max !== undefined && display > max;
  if (belowMin || aboveMax) {
    if (min !== undefined && max !== undefined) {
      const lower = spec.minExclusive ? `above ${show(min, unit)}` : `from ${show(min, unit)}`;
      return { ok: false, error: `Enter a value ${lower} up to ${show(max, unit)}.` };
    }
    if (min !== undefined) {
      return {
        ok: false,
        error: spec.minExclusive
          ? `Enter a value above ${show(min, unit)}.`
          : `Enter at least ${show(min, unit)}.`,
      };
    }
    return { ok: false, error: `Enter at most ${show(max as number, unit)}.` };
  }
  return { ok: true, value: display / (spec.scale ?? 1) };
}

/**
 * Collects the results of several fields. `values` has every field that parsed, `errors` a
 * message for every field that did not.
 */
export function parseFields<K extends string>(
  texts: Readonly<Record<K, string>>,
  specs: Readonly<Record<K, NumberFieldSpec>>,
): { values: Partial<Record<K, number>>; errors: Partial<Record<K, string>> } {
  const values: Partial<Record<K, number>> = {};
  const errors: Partial<Record<K, string>> = {};
  for (const key of Object.keys(specs) as K[]) {
    const result = parseNumberField(texts[key] ?? '', specs[key]);
    if (result.ok) values[key] = result.value;
    else errors[key] = result.error;
  }
  return { values, errors };
}

/** True when every key of `specs` parsed (narrows `values` to a complete record). */
export function allParsed<K extends string>(
  values: Partial<Record<K, number>>,
  keys: readonly K[],
): values is Record<K, number> {
  return keys.every((key) => typeof values[key] === 'number');
}

/** Rounds a strike to the usual listing increment for its price level. */
export function strikeStep(spot: number): number {
  if (spot >= 1000) return 5;
  if (spot >= 200) return 1;
  if (spot >= 25) return 0.5;
  return 0.1;
}

export function roundTo(value: number, step: number): number {
  const rounded = Math.round(value / step) * step;
  // Avoid 0.30000000000000004-style noise in the field text.
  return Number(rounded.toFixed(6));
}
