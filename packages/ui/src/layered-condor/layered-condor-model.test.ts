import { describe, expect, it } from 'vitest';
import {
  computeLayered,
  initialLayeredTexts,
  type LayeredTexts,
  validateLayered,
} from './layered-condor-model';

const article = initialLayeredTexts({
  spot: 6000,
  volatility: 0.16,
  rate: 0.04,
  layers: [
    { days: 45, longPut: 5600, shortPut: 5650, shortCall: 6350, longCall: 6400, credit: 12.5 },
    { days: 18, longPut: 5720, shortPut: 5745, shortCall: 6255, longCall: 6280, credit: 4.1 },
  ],
});

function compute(texts: LayeredTexts) {
  const { inputs, errors } = validateLayered(texts);
  expect(errors).toEqual({});
  if (!inputs) throw new Error('invalid');
  return computeLayered(inputs);
}

describe('initialLayeredTexts', () => {
  it('defaults to a 45-DTE and an 18-DTE layer with model credits', () => {
    const texts = initialLayeredTexts();
    expect(texts.layers).toBe('2');
    expect(texts['l0.days']).toBe('45');
    expect(texts['l1.days']).toBe('18');
    expect(texts['l0.credit']).toBe('');
    expect(texts['l2.days']).toBe('30');
  });
  it('keeps at most three layers and completes a single one', () => {
    const one = initialLayeredTexts({
      layers: [{ days: 40, longPut: 5500, shortPut: 5600, shortCall: 6400, longCall: 6500 }],
    });
    expect(one.layers).toBe('2');
    expect(one['l1.days']).toBe('16');
  });
});

describe('computeLayered', () => {
  const result = compute(article);

  it('gives each layer’s and the total max profit and risk', () => {
    expect(result.layers.map((l) => l.maxProfit)).toEqual([
      expect.closeTo(1250, 6),
      expect.closeTo(410, 6),
    ]);
    expect(result.layers.map((l) => l.maxLoss)).toEqual([
      expect.closeTo(3750, 6),
      expect.closeTo(2090, 6),
    ]);
    expect(result.totalMaxProfit).toBeCloseTo(1660, 6);
    expect(result.totalMaxLoss).toBeCloseTo(5840, 6);
    expect(result.layers[1]!.breakevens).toEqual([
      expect.closeTo(5740.9, 6),
      expect.closeTo(6259.1, 6),
    ]);
  });

  it('values the combination at the front expiration', () => {
    expect(result.frontDays).toBe(18);
    expect(result.frontPnlAtSpot).toBeGreaterThan(410);
    expect(result.frontPnlAtSpot).toBeLessThan(result.totalMaxProfit);
    expect(result.frontBreakevens).toHaveLength(2);
    expect([...result.chart.front, ...result.chart.today].every(Number.isFinite)).toBe(true);
    // Far below every strike the front layer has lost its full risk and the back layer is
    // close to (never beyond) its own.
    const low = result.chart.front[0]!;
    expect(low).toBeLessThan(-2090);
    expect(low).toBeGreaterThanOrEqual(-5840 - 1e-6);
  });

  it('is the sum of the payoffs when both layers expire the same day', () => {
    const same = compute({ ...article, 'l0.days': '18' });
    const i = same.chart.xs.findIndex((x) => x >= 6000);
    expect(same.chart.front[i]).toBeCloseTo(1660, 4);
  });

  it('uses the model credit for an empty credit field and adds a third layer', () => {
    const three = compute({ ...article, layers: '3', 'l1.credit': '' });
    expect(three.layers).toHaveLength(3);
    expect(three.layers[1]!.creditSource).toBe('model');
    expect(three.layers[1]!.credit).toBeGreaterThan(0);
    expect(three.layers[2]!.days).toBe(30);
  });
});

describe('validateLayered', () => {
  it('reports errors at the layer’s own field', () => {
    const { inputs, errors } = validateLayered({ ...article, 'l1.shortCall': '5700' });
    expect(inputs).toBeNull();
    expect(errors['l1.shortCall']).toBe('The short call must be at or above the short put, 5,745.');
    // Edited in layer 2 (l1): the message follows the edited field, in that layer only.
    const edited = validateLayered({ ...article, 'l1.shortPut': '6300' }, 'l1.shortPut').errors;
    expect(edited['l1.shortPut']).toBe('The short put must be at or below the short call, 6,255.');
    expect(edited['l1.shortCall']).toBeUndefined();
    expect(validateLayered({ ...article, 'l0.credit': '60' }).errors['l0.credit']).toMatch(
      /wider wing \(50 points\)/,
    );
    expect(validateLayered({ ...article, 'l1.days': '0' }).errors['l1.days']).toMatch(/from 1/);
  });
  it('ignores the fields of an inactive third layer', () => {
    expect(validateLayered({ ...article, 'l2.days': 'x' }).errors).toEqual({});
  });
});
