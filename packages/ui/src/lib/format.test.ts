import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatLevel,
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
  formatPremium,
  formatPrice,
  formatSd,
  MINUS,
  toFieldText,
} from './format';

describe('formatMoney', () => {
  it('formats whole dollars above 1,000 and cents below', () => {
    expect(formatMoney(1234.5)).toBe('$1,235');
    expect(formatMoney(12.5)).toBe('$12.50');
  });
  it('uses a minus sign and an optional plus', () => {
    expect(formatMoney(-1500)).toBe(`${MINUS}$1,500`);
    expect(formatMoney(420, { plus: true })).toBe('+$420.00');
  });
  it('reads Unlimited for infinite amounts and a dash for NaN', () => {
    expect(formatMoney(Number.POSITIVE_INFINITY)).toBe('Unlimited');
    expect(formatMoney(Number.NEGATIVE_INFINITY)).toBe('Unlimited');
    expect(formatMoney(Number.NaN)).toBe('—');
  });
  it('writes whole dollars exactly as Intl.NumberFormat en-US does, halves and all', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    const expected = (v: number) =>
      `${Math.round(Math.abs(v)) !== 0 && v < 0 ? MINUS : ''}$${intl.format(Math.abs(v))}`;
    const magnitudes = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.double({ min: -1e16, max: 1e16, noNaN: true }),
      fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n + 0.5),
      fc.integer({ min: -10_000, max: 10_000 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(magnitudes, (v) => {
        expect(formatMoney(v, { decimals: 0 })).toBe(expected(v));
      }),
      { numRuns: 20_000 },
    );
    for (const v of [0, 1, 999, 1000, 999_999.5, 1e15 - 1, 1e15, 123_456_789.4999])
      expect(formatMoney(v, { decimals: 0 })).toBe(expected(v));
  });
  it('never prints a negative zero', () => {
    expect(formatMoney(-0.001)).toBe('$0.00');
    expect(formatMoney(-0.4, { decimals: 0 })).toBe('$0');
  });
});

describe('formatMoneyCompact', () => {
  it('abbreviates thousands and millions', () => {
    expect(formatMoneyCompact(1500)).toBe('$1.5k');
    expect(formatMoneyCompact(-2_000_000)).toBe(`${MINUS}$2M`);
    expect(formatMoneyCompact(250)).toBe('$250');
    expect(formatMoneyCompact(0)).toBe('$0');
  });
});

describe('formatPrice and formatPremium', () => {
  it('groups thousands and trims decimals', () => {
    expect(formatPrice(6000)).toBe('6,000');
    expect(formatPrice(5987.254)).toBe('5,987.25');
    expect(formatPremium(3.5)).toBe('3.50');
  });
  it('never shows NaN or Infinity', () => {
    expect(formatPrice(Number.NaN)).toBe('—');
    expect(formatPrice(Number.POSITIVE_INFINITY)).toBe('Unlimited');
  });
});

describe('formatLevel', () => {
  it('quotes index levels and point distances with exactly two decimals', () => {
    expect(formatLevel(5637.5)).toBe('5,637.50');
    expect(formatLevel(6000)).toBe('6,000.00');
    expect(formatLevel(337.078503924856)).toBe('337.08');
    expect(formatLevel(-12.5)).toBe(`${MINUS}12.50`);
    expect(formatLevel(Number.NaN)).toBe('—');
  });
});

describe('formatPercent, formatNumber, formatSd', () => {
  it('formats fractions as percentages', () => {
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(-0.05, { decimals: 2 })).toBe(`${MINUS}5.00%`);
    expect(formatPercent(0.02, { plus: true })).toBe('+2.0%');
  });
  it('formats numbers and standard deviations', () => {
    expect(formatNumber(1.23456, 3)).toBe('1.235');
    expect(formatSd(1.234)).toBe('1.23 SD');
    expect(formatSd(Number.NaN)).toBe('—');
  });
});

describe('toFieldText', () => {
  it('drops float noise and exponents', () => {
    expect(toFieldText(0.16 * 100)).toBe('16');
    expect(toFieldText(0.1 + 0.2)).toBe('0.3');
    expect(toFieldText(Number.NaN)).toBe('');
    expect(toFieldText(-0)).toBe('0');
  });
});
