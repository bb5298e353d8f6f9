import { describe, expect, it } from 'vitest';
import {
  computeExpectedMove,
  initialExpectedMoveTexts,
  validateExpectedMove,
} from './expected-move-model';

function inputsOf(texts = initialExpectedMoveTexts()) {
  const { inputs } = validateExpectedMove(texts);
  if (!inputs) throw new Error('invalid');
  return inputs;
}

describe('validateExpectedMove', () => {
  it('parses the defaults and reports bad fields', () => {
    expect(inputsOf()).toEqual({
      spot: 6000,
      volatility: 0.16,
      days: 45,
      rate: 0.04,
      drift: 'risk-neutral',
    });
    const { inputs, errors } = validateExpectedMove({
      ...initialExpectedMoveTexts(),
      spot: '-1',
      days: '0',
    });
    expect(inputs).toBeNull();
    expect(errors.spot).toBe('Enter a value above 0 up to 1,000,000.');
    expect(errors.days).toBe('Enter a value above 0 days up to 1,095 days.');
  });
});

describe('computeExpectedMove', () => {
  const result = computeExpectedMove(inputsOf());

  it('gives S·σ·√(days/365) per day, week and expiration', () => {
    const [day, week, expiry] = result.rows;
    expect(day!.move).toBeCloseTo(6000 * 0.16 * Math.sqrt(1 / 365), 9);
    expect(week!.move).toBeCloseTo(6000 * 0.16 * Math.sqrt(7 / 365), 9);
    expect(expiry!.move).toBeCloseTo(337.0785, 3);
    expect(expiry!.label).toBe('To expiration (45 days)');
    expect(expiry!.oneSd.lower).toBeCloseTo(6000 - expiry!.move, 9);
    expect(expiry!.twoSd.upper).toBeCloseTo(6000 + 2 * expiry!.move, 9);
    expect(expiry!.movePercent).toBeCloseTo(expiry!.move / 6000, 12);
  });

  it('gives lognormal probabilities near 68 % and 95 %', () => {
    const expiry = result.rows[2]!;
    expect(expiry.insideOneSd).toBeGreaterThan(0.66);
    expect(expiry.insideOneSd).toBeLessThan(0.7);
    expect(expiry.insideTwoSd).toBeGreaterThan(0.94);
    expect(expiry.insideTwoSd).toBeLessThan(0.97);
  });

  it('compares with the rule of 16', () => {
    expect(result.tradingDayMove).toBeCloseTo((6000 * 0.16) / Math.sqrt(252), 9);
  });

  it('samples a finite density that sums to about the whole probability', () => {
    const { xs, density } = result.chart;
    expect(density.every((d) => Number.isFinite(d) && d >= 0)).toBe(true);
    const dx = xs[1]! - xs[0]!;
    const total = density.reduce((sum, d) => sum + d, 0) * (dx / 60);
    expect(total).toBeGreaterThan(0.99);
    expect(total).toBeLessThan(1.01);
  });

  it('never gives a negative lower bound at very high volatility', () => {
    const wild = computeExpectedMove({ spot: 100, volatility: 3, days: 365, rate: 0.04 });
    expect(wild.rows[2]!.oneSd.lower).toBe(0);
    expect(wild.rows[2]!.twoSd.lower).toBe(0);
    expect(wild.rows[2]!.insideTwoSd).toBeLessThanOrEqual(1);
  });
});

describe('the drift convention', () => {
  it('defaults to the risk-neutral drift and offers none; both are the engine’s lognormal law', () => {
    const band = (drift: 'risk-neutral' | 'zero') =>
      computeExpectedMove(inputsOf({ ...initialExpectedMoveTexts(), drift })).rows[2]!;
    const rn = band('risk-neutral');
    const zero = band('zero');
    expect(computeExpectedMove(inputsOf()).rows[2]!.insideOneSd).toBe(rn.insideOneSd);
    // the drift moves the law off centre, so slightly less of it lies inside the band
    expect(rn.insideOneSd).toBeLessThan(zero.insideOneSd);
    expect(zero.insideOneSd - rn.insideOneSd).toBeLessThan(0.005);
  });
});
