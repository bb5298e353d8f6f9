import { expect } from 'vitest';

/** |actual − expected| / scale, with scale = |expected| unless given (never 0). */
export function relativeError(
  actual: number,
  expected: number,
  scale = Math.abs(expected),
): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / (scale > 0 ? scale : Number.MIN_VALUE);
}

/**
 * Asserts |actual − expected| ≤ rel·scale (scale = |expected| by default) and that `actual`
 * is a finite number; the failure message shows both values and the error.
 */
export function expectClose(
  actual: number,
  expected: number,
  rel: number,
  options: { scale?: number; label?: string } = {},
): void {
  const scale = options.scale ?? Math.abs(expected);
  const error = relativeError(actual, expected, scale);
  const label = options.label ? `${options.label}: ` : '';
  expect(Number.isFinite(actual), `${label}${actual} is not finite`).toBe(true);
  expect(
    error <= rel,
    `${label}got ${actual}, expected ${expected} (relative error ${error.toExponential(3)} > ${rel})`,
  ).toBe(true);
}

/** Asserts that `actual`, rounded to `digits` decimals, equals a published figure. */
export function expectPublished(
  actual: number,
  published: number,
  digits: number,
  label = '',
): void {
  const half = 0.5 * 10 ** -digits;
  expect(
    Math.abs(actual - published) <= half * (1 + 1e-9),
    `${label} ${actual} does not round to the published ${published} at ${digits} decimals`,
  ).toBe(true);
}
