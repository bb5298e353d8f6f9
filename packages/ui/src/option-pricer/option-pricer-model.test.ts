import { optionGreeks, optionPrice } from '@vixshield/engine';
import { describe, expect, it } from 'vitest';
import {
  computeOptionPricer,
  initialOptionPricerTexts,
  type OptionPricerTexts,
  priceBounds,
  validateOptionPricer,
} from './option-pricer-model';

function compute(texts: OptionPricerTexts) {
  const { inputs, errors } = validateOptionPricer(texts);
  expect(errors).toEqual({});
  if (!inputs) throw new Error('invalid');
  return computeOptionPricer(inputs);
}

const defaults = initialOptionPricerTexts();
const spec = {
  type: 'call' as const,
  spot: 6000,
  strike: 6000,
  time: 45 / 365,
  rate: 0.04,
  dividendYield: 0.013,
  volatility: 0.16,
};

describe('computeOptionPricer', () => {
  it('prices with the engine and converts the Greeks to trader units', () => {
    const result = compute(defaults);
    const g = optionGreeks(spec);
    expect(result.greeks.price).toBeCloseTo(optionPrice(spec), 10);
    expect(result.greeks.delta).toBe(g.delta);
    expect(result.greeks.thetaPerDay).toBeCloseTo(g.theta / 365, 12);
    expect(result.greeks.vegaPerPoint).toBeCloseTo(g.vega / 100, 12);
    expect(result.greeks.rhoPerPoint).toBeCloseTo(g.rho / 100, 12);
    expect(result.greeks.vommaPerPoint).toBeCloseTo(g.vomma / 10_000, 12);
    expect(result.greeks.thetaPerDay).toBeLessThan(0);
    expect(result.breakeven).toBeCloseTo(6000 + result.greeks.price, 9);
    expect(result.intrinsic).toBe(0);
    expect(result.timeValue).toBeCloseTo(result.greeks.price, 12);
  });

  it('draws finite curves; today’s P&L is above the expiry payoff for a bought option', () => {
    const { chart } = compute(defaults);
    expect([...chart.expiry, ...chart.today].every(Number.isFinite)).toBe(true);
    const mid = Math.floor(chart.xs.length / 2);
    expect(chart.today[mid]!).toBeGreaterThan(chart.expiry[mid]!);
  });
});

describe('implied volatility mode', () => {
  it('recovers the volatility that produced a price', () => {
    const price = optionPrice({ ...spec, type: 'put', volatility: 0.22 });
    const result = compute({
      ...defaults,
      type: 'put',
      solve: 'volatility',
      price: String(price),
      volatility: 'ignored',
    });
    expect(result.inputs.volatility).toBeCloseTo(0.22, 8);
    expect(result.greeks.price).toBeCloseTo(price, 8);
  });

  it('explains a price below intrinsic value at the price field', () => {
    const texts = { ...defaults, solve: 'volatility', strike: '5000', price: '500' };
    const { inputs, errors } = validateOptionPricer(texts);
    expect(inputs).toBeNull();
    const { lower } = priceBounds('call', 6000, 5000, 45 / 365, 0.04, 0.013);
    expect(errors.price).toContain('below the option’s discounted intrinsic value');
    expect(errors.price).toContain(
      `(${lower.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })})`,
    );
  });

  it('explains a price above the most the option can be worth', () => {
    const texts = { ...defaults, solve: 'volatility', price: '7000' };
    expect(validateOptionPricer(texts).errors.price).toMatch(/a call can be worth at most/);
  });

  it('asks for a price when it is empty', () => {
    expect(validateOptionPricer({ ...defaults, solve: 'volatility' }).errors.price).toBe(
      'Enter a number.',
    );
  });
});

describe('priceBounds', () => {
  it('brackets call and put prices', () => {
    const call = priceBounds('call', 100, 90, 1, 0.05, 0.02);
    expect(call.lower).toBeCloseTo(100 * Math.exp(-0.02) - 90 * Math.exp(-0.05), 12);
    expect(call.upper).toBeCloseTo(100 * Math.exp(-0.02), 12);
    const put = priceBounds('put', 100, 90, 1, 0.05, 0.02);
    expect(put.lower).toBe(0);
    expect(put.upper).toBeCloseTo(90 * Math.exp(-0.05), 12);
  });
});
