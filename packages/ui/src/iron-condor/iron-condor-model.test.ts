import { profitAtExpiry } from '@vixshield/engine';
import { describe, expect, it } from 'vitest';
import {
  computeIronCondor,
  curveLabel,
  type IronCondorTexts,
  initialIronCondorTexts,
  theoreticalCondorCredit,
  validateIronCondor,
} from './iron-condor-model';

const flagship: IronCondorTexts = initialIronCondorTexts({
  spot: 6000,
  longPut: 5600,
  shortPut: 5650,
  shortCall: 6350,
  longCall: 6400,
  credit: 12.5,
  volatility: 0.16,
  days: 45,
  rate: 0.04,
});

function validInputs(texts: IronCondorTexts) {
  const { inputs, errors } = validateIronCondor(texts);
  expect(errors).toEqual({});
  if (!inputs) throw new Error('expected valid inputs');
  return inputs;
}

describe('initialIronCondorTexts', () => {
  it('writes props as field texts, volatility and rate in percent', () => {
    expect(flagship).toMatchObject({
      spot: '6000',
      shortPut: '5650',
      credit: '12.5',
      creditMode: 'typed',
      volatility: '16',
      rate: '4',
      days: '45',
      contracts: '1',
      elapsed: '0',
    });
  });
  it('places default short strikes about 1 SD from spot with 50-point wings at 6000', () => {
    const texts = initialIronCondorTexts();
    expect(texts.creditMode).toBe('model');
    // 1 SD = 6000 × 0.16 × √(45/365) ≈ 337.1, rounded to 5-point strikes.
    expect([texts.longPut, texts.shortPut, texts.shortCall, texts.longCall]).toEqual([
      '5615',
      '5665',
      '6335',
      '6385',
    ]);
    expect(validateIronCondor(texts).errors).toEqual({});
  });
});

describe('validateIronCondor', () => {
  it('reports strikes out of order at the field that breaks the order', () => {
    const { inputs, errors } = validateIronCondor({ ...flagship, shortPut: '5550' });
    expect(inputs).toBeNull();
    expect(errors.shortPut).toBe('The short put must be above the long put, 5,600.');
    expect(validateIronCondor({ ...flagship, longCall: '6300' }).errors.longCall).toBe(
      'The long call must be above the short call, 6,350.',
    );
    expect(validateIronCondor({ ...flagship, shortCall: '5600' }).errors.shortCall).toBe(
      'The short call must be at or above the short put, 5,650.',
    );
  });
  it('puts an order message on the field the reader changed, naming the other one', () => {
    // The case: the short put moved above the short call is reported at the short put.
    const moved = validateIronCondor({ ...flagship, shortPut: '6400' }, 'shortPut').errors;
    expect(moved.shortPut).toBe('The short put must be at or below the short call, 6,350.');
    expect(moved.shortCall).toBeUndefined();
    const longPut = validateIronCondor({ ...flagship, longPut: '5700' }, 'longPut').errors;
    expect(longPut).toEqual({ longPut: 'The long put must be below the short put, 5,650.' });
    // Editing a third field afterwards leaves the message where the reader put the problem.
    const later = validateIronCondor({ ...flagship, shortPut: '6400' }, ['contracts', 'shortPut']);
    expect(Object.keys(later.errors)).toEqual(['shortPut']);
  });
  it('prefers "enter a number" over an order message for unreadable text', () => {
    expect(validateIronCondor({ ...flagship, shortPut: 'abc' }).errors.shortPut).toMatch(
      /^Enter a number/,
    );
  });
  it('rejects a typed credit at or above the wider wing', () => {
    const { errors } = validateIronCondor({ ...flagship, credit: '50' });
    expect(errors.credit).toMatch(/less than the wider wing \(50 points\)/);
  });
  it('ignores the credit text when the model credit is selected', () => {
    const inputs = validInputs({ ...flagship, creditMode: 'model', credit: 'oops' });
    expect(inputs.credit).toBeNull();
  });
  it('checks ranges of volatility, days and contracts', () => {
    const { errors } = validateIronCondor({
      ...flagship,
      volatility: '0',
      days: '4.5',
      contracts: '0',
    });
    expect(errors.volatility).toBe('Enter a value from 1% up to 300%.');
    expect(errors.days).toBe('Enter a whole number.');
    expect(errors.contracts).toBe('Enter a value from 1 up to 10,000.');
  });
  it('clamps the T+n day to expiration', () => {
    expect(validInputs({ ...flagship, elapsed: '90' }).elapsed).toBe(45);
  });
});

describe('computeIronCondor', () => {
  const result = computeIronCondor(validInputs(flagship));

  it('gives the defined-risk figures of the typed credit', () => {
    expect(result.credit).toBe(12.5);
    expect(result.creditSource).toBe('typed');
    expect(result.maxProfit).toBeCloseTo(1250, 6);
    expect(result.maxLoss).toBeCloseTo(3750, 6);
    expect(result.returnOnRisk).toBeCloseTo(1 / 3, 9);
    expect(result.breakevens[0]).toBeCloseTo(5637.5, 6);
    expect(result.breakevens[1]).toBeCloseTo(6362.5, 6);
  });

  it('compares break-evens with the 1-SD band', () => {
    const move = 6000 * 0.16 * Math.sqrt(45 / 365);
    expect(result.move.move).toBeCloseTo(move, 9);
    expect(result.breakevenOutside).toEqual([true, true]);
  });

  it('gives the probability of profit under the site’s drift convention, the other on request', () => {
    // risk-neutral by default: the lognormal chance of ending between 5637.50 and 6362.50
    expect(flagship.drift).toBe('risk-neutral');
    expect(result.probabilityOfProfit).toBeCloseTo(0.716, 3);
    const zero = computeIronCondor(validInputs({ ...flagship, drift: 'zero' }));
    expect(zero.probabilityOfProfit).toBeCloseTo(0.718, 3);
    // an unknown drift text in a link falls back to the default
    expect(validInputs({ ...flagship, drift: 'up' }).drift).toBe('risk-neutral');
  });

  it('samples finite curves whose expiry values match the engine', () => {
    const { xs, expiry, beforeExpiry } = result.chart;
    expect(xs.length).toBe(expiry.length);
    expect(xs.length).toBe(beforeExpiry.length);
    expect([...expiry, ...beforeExpiry].every(Number.isFinite)).toBe(true);
    expect(xs[0]).toBeLessThan(5600);
    expect(xs[xs.length - 1]).toBeGreaterThan(6400);
    const strategyCheck = profitAtExpiry(
      {
        legs: [
          { kind: 'put', strike: 5600, quantity: 1, premium: 0 },
          { kind: 'put', strike: 5650, quantity: -1, premium: 12.5 },
          { kind: 'call', strike: 6350, quantity: -1, premium: 0 },
          { kind: 'call', strike: 6400, quantity: 1, premium: 0 },
        ],
      },
      xs[100]!,
    );
    expect(expiry[100]).toBeCloseTo(strategyCheck, 6);
  });

  it('uses the theoretical credit when none is typed', () => {
    const inputs = validInputs({ ...flagship, creditMode: 'model' });
    const model = computeIronCondor(inputs);
    expect(model.creditSource).toBe('model');
    expect(model.credit).toBeCloseTo(theoreticalCondorCredit(inputs), 12);
    expect(model.credit).toBeGreaterThan(0);
    expect(model.credit).toBeLessThan(50);
  });

  it('draws the T+n curve at expiration equal to the payoff', () => {
    const atExpiry = computeIronCondor(validInputs({ ...flagship, elapsed: '45' }));
    for (let i = 0; i < atExpiry.chart.xs.length; i += 40) {
      expect(atExpiry.chart.beforeExpiry[i]).toBeCloseTo(atExpiry.chart.expiry[i]!, 4);
    }
  });

  it('scales dollar figures with contracts', () => {
    const three = computeIronCondor(validInputs({ ...flagship, contracts: '3' }));
    expect(three.maxProfit).toBeCloseTo(3750, 6);
    expect(three.maxLoss).toBeCloseTo(11250, 6);
  });
});

describe('curveLabel', () => {
  it('names today, a day count and expiry', () => {
    expect(curveLabel(0, 45)).toBe('Today (T+0)');
    expect(curveLabel(1, 45)).toBe('In 1 day (T+1)');
    expect(curveLabel(10, 45)).toBe('In 10 days (T+10)');
    expect(curveLabel(45, 45)).toBe('At expiry (T+n)');
  });
});
