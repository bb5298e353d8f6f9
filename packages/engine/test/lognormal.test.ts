import { describe, expect, it } from 'vitest';
import { ironCondor } from '../src/iron-condor.ts';
import { priceDensity, probabilityBetween } from '../src/lognormal.ts';
import { analyzeStrategy } from '../src/strategy.ts';
import { expectClose } from './helpers/tolerance.ts';
import { normalCdfD } from './reference/decimal-math.ts';

describe('probabilityBetween', () => {
  const base = { spot: 6000, volatility: 0.16, time: 45 / 365, rate: 0.04 };
  const s = 0.16 * Math.sqrt(45 / 365);
  const z = (k: number, b: number) => (Math.log(k / 6000) - (b - 0.0128) * (45 / 365)) / s;

  it('is N(z_upper) − N(z_lower) with the risk-neutral or zero drift (50-digit normal)', () => {
    for (const [drift, b] of [
      ['risk-neutral', 0.04],
      ['zero', 0],
    ] as const) {
      const expected = normalCdfD(z(6350, b))
        .minus(normalCdfD(z(5650, b)))
        .toNumber();
      expectClose(probabilityBetween({ ...base, drift }, 5650, 6350), expected, 1e-14);
    }
  });

  it('the site’s standard condor: 71.6 % risk-neutral, 71.8 % without drift', () => {
    // 5600/5650/6350/6400 for 12.50: break-evens 5637.50 and 6362.50
    const condor = ironCondor({
      longPut: 5600,
      shortPut: 5650,
      shortCall: 6350,
      longCall: 6400,
      credit: 12.5,
    });
    const pop = (drift: 'risk-neutral' | 'zero') =>
      analyzeStrategy(condor, { ...base, drift }).probabilityOfProfit!;
    expect(pop('risk-neutral').toFixed(3)).toBe('0.716');
    expect(pop('zero').toFixed(3)).toBe('0.718');
    expectClose(pop('zero'), probabilityBetween({ ...base, drift: 'zero' }, 5637.5, 6362.5), 1e-15);
  });

  it('handles open ends, zero volatility and bad input', () => {
    expect(probabilityBetween(base, 0, Number.POSITIVE_INFINITY)).toBe(1);
    expect(probabilityBetween({ ...base, volatility: 0, drift: 'zero' }, 5999, 6001)).toBe(1);
    expect(probabilityBetween({ ...base, volatility: 0 }, 5999, 6001)).toBe(0); // forward 6029.7
    expect(() => probabilityBetween({ ...base, spot: 0 }, 1, 2)).toThrow(/^distribution\.spot /);
    expect(() => probabilityBetween(base, -1, 2)).toThrow(/^lower /);
  });

  it('priceDensity integrates to probabilityBetween (Simpson, 2,000 panels)', () => {
    for (const drift of ['risk-neutral', 'zero'] as const) {
      const law = { ...base, drift };
      const n = 2000;
      const h = (6400 - 5600) / n;
      let sum = 0;
      for (let i = 0; i <= n; i++) {
        const w = i === 0 || i === n ? 1 : i % 2 ? 4 : 2;
        sum += w * priceDensity(law, 5600 + i * h);
      }
      expectClose((sum * h) / 3, probabilityBetween(law, 5600, 6400), 1e-10);
    }
    expect(priceDensity(base, 0)).toBe(0);
    expect(priceDensity({ ...base, volatility: 0 }, 6000)).toBe(0);
  });
});
