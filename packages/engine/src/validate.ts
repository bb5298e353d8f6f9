/**
 * Input checks shared by every public function. Each throws a `RangeError` whose message starts
 * with the offending field's name, so a caller (or a form) can point at it. The checks are tiny
 * (one comparison chain) and the message is built in a separate cold function, so they inline
 * into the hot paths.
 */

function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

function fail(value: unknown, field: string, requirement: string): never {
  throw new RangeError(`${field} must be ${requirement} (got ${describe(value)})`);
}

function failFinite(value: unknown, field: string, requirement: string): never {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(value, field, 'a finite number');
  return fail(value, field, requirement);
}

/** Throws unless `value` is a finite number; returns it. */
export function requireFinite(value: unknown, field: string): number {
  if (typeof value === 'number' && value - value === 0) return value;
  return fail(value, field, 'a finite number');
}

/** Throws unless `value` is a finite number > 0; returns it. */
export function requirePositive(value: unknown, field: string): number {
  if (typeof value === 'number' && value > 0 && value < Number.POSITIVE_INFINITY) return value;
  return failFinite(value, field, 'greater than 0');
}

/** Throws unless `value` is a finite number ≥ 0; returns it. */
export function requireNonNegative(value: unknown, field: string): number {
  if (typeof value === 'number' && value >= 0 && value < Number.POSITIVE_INFINITY) return value;
  return failFinite(value, field, '0 or greater');
}

/** Throws unless `value` is a finite number, `undefined` meaning `fallback`; returns it. */
export function optionalFinite(value: unknown, field: string, fallback: number): number {
  return value === undefined ? fallback : requireFinite(value, field);
}

/** Throws unless `value` is an integer ≥ `min`; returns it. */
export function requireInteger(value: unknown, field: string, min: number): number {
  const v = requireFinite(value, field);
  if (!Number.isInteger(v) || v < min) fail(v, field, `an integer of at least ${min}`);
  return v;
}

/** Throws unless `value` is 'call' or 'put'; returns +1 for a call and -1 for a put. */
export function optionSign(value: unknown, field: string): 1 | -1 {
  if (value === 'call') return 1;
  if (value === 'put') return -1;
  return fail(value, field, "'call' or 'put'");
}

/** Throws unless `value` is an array; returns it. */
export function requireArray<T>(value: readonly T[] | undefined, field: string): readonly T[] {
  if (!Array.isArray(value)) throw new RangeError(`${field} must be an array`);
  return value;
}
