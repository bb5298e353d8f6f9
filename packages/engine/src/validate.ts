/**
 * Input checks shared by every public function. Each throws a `RangeError` whose message
 * starts with the offending field's name, so a caller (or a form) can point at it.
 */

function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

/** Throws unless `value` is a finite number; returns it. */
export function requireFinite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${field} must be a finite number (got ${describe(value)})`);
  }
  return value;
}

/** Throws unless `value` is a finite number > 0; returns it. */
export function requirePositive(value: unknown, field: string): number {
  const v = requireFinite(value, field);
  if (!(v > 0)) throw new RangeError(`${field} must be greater than 0 (got ${describe(v)})`);
  return v;
}

/** Throws unless `value` is a finite number ≥ 0; returns it. */
export function requireNonNegative(value: unknown, field: string): number {
  const v = requireFinite(value, field);
  if (!(v >= 0)) throw new RangeError(`${field} must be 0 or greater (got ${describe(v)})`);
  return v;
}

/** Throws unless `value` is a finite number, `undefined` meaning `fallback`; returns it. */
export function optionalFinite(value: unknown, field: string, fallback: number): number {
  return value === undefined ? fallback : requireFinite(value, field);
}

/** Throws unless `value` is an integer ≥ `min`; returns it. */
export function requireInteger(value: unknown, field: string, min: number): number {
  const v = requireFinite(value, field);
  if (!Number.isInteger(v) || v < min) {
    throw new RangeError(`${field} must be an integer of at least ${min} (got ${describe(v)})`);
  }
  return v;
}

/** Throws unless `value` is 'call' or 'put'; returns +1 for a call and -1 for a put. */
export function optionSign(value: unknown, field: string): 1 | -1 {
  if (value === 'call') return 1;
  if (value === 'put') return -1;
  throw new RangeError(`${field} must be 'call' or 'put' (got ${describe(value)})`);
}

/** Throws unless `value` is an array; returns it. */
export function requireArray<T>(value: readonly T[] | undefined, field: string): readonly T[] {
  if (!Array.isArray(value)) throw new RangeError(`${field} must be an array`);
  return value;
}
