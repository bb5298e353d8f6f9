import { describe, expect, it } from 'vitest';
import { initialParityTexts, type ParityTexts } from './parity-arbitrage-fields';
import { computeParity, validateParity } from './parity-arbitrage-model';

function compute(texts: ParityTexts) {
  const { inputs, errors } = validateParity(texts);
  expect(errors).toEqual({});
  if (!inputs) throw new Error('invalid');
  return computeParity(inputs);
}

const article = initialParityTexts({
  spot: 6000,
  strike: 6000,
  call: 120.5,
  put: 100.1,
  days: 45,
  rate: 0.04,
  dividendYield: 0.013,
  costPerContract: 5,
});
const T = 45 / 365;
const parity = 6000 * Math.exp(-0.013 * T) - 6000 * Math.exp(-0.04 * T);

describe('computeParity', () => {
  it('measures the gap against S·e^(−qT) − K·e^(−rT) and nets the costs', () => {
    const result = compute(article);
    expect(result.parityValue).toBeCloseTo(parity, 9);
    expect(result.gapPerShare).toBeCloseTo(20.4 - parity, 9);
    expect(result.conversionPerContract).toBeCloseTo((20.4 - parity) * 100 - 5, 6);
    expect(result.reversalPerContract).toBeCloseTo(-(20.4 - parity) * 100 - 5, 6);
    expect(result.profitable).toBe('conversion');
  });

  it('charts both trades against the call price with break-evens one cost either side of parity', () => {
    const { chart, inputs } = compute(article);
    expect(chart.parityCall).toBeCloseTo(100.1 + parity, 9);
    expect(chart.breakevens[0]).toBeCloseTo(chart.parityCall - 0.05, 9);
    expect(chart.breakevens[1]).toBeCloseTo(chart.parityCall + 0.05, 9);
    expect(chart.xs[0]).toBeLessThan(inputs.call);
    expect(chart.xs[chart.xs.length - 1]).toBeGreaterThan(inputs.call);
    expect([...chart.conversion, ...chart.reversal].every(Number.isFinite)).toBe(true);
    // The conversion gains one dollar per contract for each cent the call is richer.
    const slope =
      (chart.conversion[chart.xs.length - 1]! - chart.conversion[0]!) /
      (chart.xs[chart.xs.length - 1]! - chart.xs[0]!);
    expect(slope).toBeCloseTo(100, 6);
  });

  it('defaults the option prices to model values that sit close to parity', () => {
    const result = compute(initialParityTexts());
    expect(Math.abs(result.gapPerShare)).toBeLessThan(0.1);
    expect(result.profitable).toBe('none');
  });
});

describe('validateParity', () => {
  it('reports each bad field', () => {
    const { inputs, errors } = validateParity({
      ...article,
      call: '-1',
      days: '0',
      costPerContract: 'x',
    });
    expect(inputs).toBeNull();
    expect(errors.call).toBe('Enter a value from 0 up to 1,000,000.');
    expect(errors.days).toMatch(/^Enter a value above 0/);
    expect(errors.costPerContract).toMatch(/^Enter a number/);
  });
});
