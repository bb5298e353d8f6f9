import { describe, expect, it } from 'vitest';
import { optionPrice } from '../src/black-scholes.ts';
import { parityArbitrage } from '../src/put-call-parity.ts';
import { expectClose } from './helpers/tolerance.ts';

describe('parityArbitrage', () => {
  const market = { spot: 100, strike: 95, time: 0.5, rate: 0.05, dividendYield: 0.02 };
  const fair = {
    call: optionPrice({ type: 'call', ...market, volatility: 0.25 }),
    put: optionPrice({ type: 'put', ...market, volatility: 0.25 }),
  };

  it('finds no arbitrage in model prices (gap ≈ 0)', () => {
    const r = parityArbitrage({ ...fair, ...market });
    expect(Math.abs(r.gap)).toBeLessThan(1e-13);
    expect(r.profitable).toBe('none');
  });

  it('a rich call makes the conversion profitable by the gap less costs, per share and per contract', () => {
    const r = parityArbitrage({ ...fair, call: fair.call + 0.6, ...market, costPerShare: 0.1 });
    expectClose(r.gap, 0.6, 1e-13);
    expectClose(r.conversionProfit, 0.5, 1e-13);
    expectClose(r.conversionProfitPerContract, 50, 1e-13);
    expectClose(r.reversalProfit, -0.7, 1e-13);
    expect(r.profitable).toBe('conversion');
  });

  it('a rich put makes the reversal profitable; costs above the gap make neither', () => {
    expect(parityArbitrage({ ...fair, put: fair.put + 0.3, ...market }).profitable).toBe(
      'reversal',
    );
    expect(
      parityArbitrage({ ...fair, put: fair.put + 0.3, ...market, costPerShare: 0.3 }).profitable,
    ).toBe('none');
  });

  it('reproduces Hull’s two parity arbitrages (S = 31, K = 30, r = 10 %, T = 3 months, c = 3)', () => {
    // Hull, Options, Futures, and Other Derivatives (10th ed.), §11.4:
    // p = 2.25: buy the call, short the put and the stock → $1.02 at maturity (0.99 today);
    // p = 1: buy the put and the stock, short the call → $0.27 at maturity (0.26 today).
    const market = { call: 3, spot: 31, strike: 30, time: 0.25, rate: 0.1 };
    const rich = parityArbitrage({ ...market, put: 2.25 });
    expect(rich.profitable).toBe('reversal');
    expect(rich.reversalProfit).toBeCloseTo(0.99, 2);
    expect(rich.reversalProfit * Math.exp(0.025)).toBeCloseTo(1.02, 2);
    const cheap = parityArbitrage({ ...market, put: 1 });
    expect(cheap.profitable).toBe('conversion');
    expect(cheap.conversionProfit).toBeCloseTo(0.26, 2);
    expect(cheap.conversionProfit * Math.exp(0.025)).toBeCloseTo(0.27, 2);
  });

  it('parityArbitrage(negative price or NaN rate) throws a RangeError naming the field', () => {
    expect(() => parityArbitrage({ ...fair, ...market, call: -1 })).toThrow(/^call /);
    expect(() => parityArbitrage({ ...fair, ...market, rate: Number.NaN })).toThrow(/^rate /);
  });
});
