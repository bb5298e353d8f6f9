import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { black76Price, type OptionSpec, optionPrice } from '../src/black-scholes.ts';
import { optionGreeks } from '../src/greeks.ts';
import {
  black76ImpliedVolatility,
  ImpliedVolatilityError,
  type ImpliedVolatilitySpec,
  impliedVolatility,
} from '../src/implied-volatility.ts';
import { bsmD } from './reference/decimal-math.ts';

const EPS = Number.EPSILON;

/**
 * The precision a price allows in σ: a relative error ε in the price (of its time value for an
 * in-the-money option, which also carries the rounding of the forward terms) moves σ by
 * ε·(price + forward terms)/vega. The tolerance is a small multiple of that, plus a few ulp of σ.
 */
function precision(
  spec: OptionSpec,
  price: number,
): { allowed: number; magnitude: number; vega: number } {
  const g = optionGreeks(spec);
  const sq = spec.spot * Math.exp(-(spec.dividendYield ?? 0) * spec.time);
  const kr = spec.strike * Math.exp(-spec.rate * spec.time);
  const itm = spec.type === 'call' ? sq > kr : kr > sq;
  const magnitude = price + (itm ? Math.max(sq, kr) : 0);
  return {
    allowed: 16 * EPS * (magnitude / g.vega) + 16 * EPS * spec.volatility,
    magnitude,
    vega: g.vega,
  };
}

/**
 * The returned σ must re-price the input to within the price's own rounding plus what a few
 * ulp of σ move the price (vega·8ε·σ: steep in the far wings), and be within the
 * allowed error of the true σ, unless the time value is itself below that rounding (then no σ
 * can be told apart and any that re-prices is right).
 */
function expectRecovered(spec: OptionSpec, price = optionPrice(spec)): void {
  const { volatility, ...rest } = spec;
  const got = impliedVolatility({ ...rest, price });
  const { allowed, magnitude, vega } = precision(spec, price);
  const back = optionPrice({ ...spec, volatility: got });
  const label = `σ=${volatility} price=${price}: got ${got} (${JSON.stringify(spec)})`;
  const repriceTolerance = 8 * EPS * magnitude + 8 * EPS * Math.max(got, volatility) * vega;
  expect(Math.abs(back - price) <= repriceTolerance, `${label} re-prices to ${back}`).toBe(true);
  const timeValue = price - (magnitude - price);
  if (timeValue > 16 * EPS * magnitude || magnitude === price) {
    expect(
      Math.abs(got - volatility) <= allowed,
      `${label}: error ${Math.abs(got - volatility)} > ${allowed}`,
    ).toBe(true);
  }
}

describe('impliedVolatility: published and simple values', () => {
  it('recovers Hull’s σ = 20 % from the 4.76 call (S=42, K=40, r=10 %, T=0.5)', () => {
    const spec = { type: 'call' as const, spot: 42, strike: 40, time: 0.5, rate: 0.1 };
    expect(
      impliedVolatility({ ...spec, price: optionPrice({ ...spec, volatility: 0.2 }) }),
    ).toBeCloseTo(0.2, 15);
    // Hull's rounded quote 4.76 implies σ within a few basis points of 20 %
    expect(impliedVolatility({ ...spec, price: 4.76 })).toBeCloseTo(0.2, 3);
  });

  it('black76ImpliedVolatility recovers Haug’s 28 % from the 1.7011 futures option', () => {
    const spec = { forward: 19, strike: 19, time: 0.75, rate: 0.1 };
    const price = black76Price({ type: 'put', ...spec, volatility: 0.28 });
    expect(Math.abs(black76ImpliedVolatility({ type: 'put', ...spec, price }) - 0.28)).toBeLessThan(
      1e-15,
    );
    expect(black76ImpliedVolatility({ type: 'call', ...spec, price: 1.7011 })).toBeCloseTo(0.28, 4);
  });

  it('impliedVolatility(price = intrinsic value) is 0', () => {
    expect(
      impliedVolatility({ type: 'put', spot: 90, strike: 100, time: 1, rate: 0, price: 10 }),
    ).toBe(0);
  });
});

describe('impliedVolatility: round trip price → IV → price', () => {
  it('recovers σ to the precision the price allows on random options (σ 1 %–300 %)', () => {
    fc.assert(
      fc.property(
        fc.record({
          type: fc.constantFrom('call' as const, 'put' as const),
          spot: fc.double({ min: 1, max: 5000, noNaN: true }),
          moneyness: fc.double({ min: 0.3, max: 3, noNaN: true }),
          time: fc.double({ min: 1 / 365, max: 5, noNaN: true }),
          rate: fc.double({ min: -0.02, max: 0.12, noNaN: true }),
          dividendYield: fc.double({ min: -0.01, max: 0.08, noNaN: true }),
          volatility: fc.double({ min: 0.01, max: 3, noNaN: true }),
        }),
        ({ moneyness, ...o }) => {
          const spec = { ...o, strike: o.spot * moneyness };
          if (optionPrice(spec) <= 1e-300) return; // below the double range: no information
          expectRecovered(spec);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('re-prices to within a few ulp of the input price', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('call' as const, 'put' as const),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: 0.02, max: 2.5, noNaN: true }),
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        (type, m, time, volatility) => {
          const spec = { type, spot: 100, strike: 100 * m, time, rate: 0.03, dividendYield: 0.01 };
          const price = optionPrice({ ...spec, volatility });
          if (!(price > 1e-250)) return;
          const iv = impliedVolatility({ ...spec, price });
          const back = optionPrice({ ...spec, volatility: iv });
          const intrinsicScale = Math.max(100, 100 * m);
          expect(Math.abs(back - price)).toBeLessThanOrEqual(
            8 * EPS * Math.max(price, 1e-300) +
              4 * EPS * intrinsicScale * (back > price * 2 ? 0 : 1),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('impliedVolatility: hard cases', () => {
  it('recovers σ from deep out-of-the-money prices down to 1e−200', () => {
    const cases: OptionSpec[] = [];
    for (const [strike, time, volatility] of [
      [30, 7 / 365, 0.3], // put ≈ 3.6e−186
      [250, 30 / 365, 0.25], // call ≈ 1.2e−37
      [20, 0.25, 0.4], // put ≈ 3.7e−16
      [400, 0.5, 0.3], // call ≈ 2.7e−10
      [1000, 2, 0.2], // call ≈ 6.6e−15
      [160, 0.1, 0.05], // call ≈ 5.2e−194
      [130, 7 / 365, 0.2], // call ≈ 5.1e−22
      [75, 3 / 365, 0.2], // put ≈ 4.6e−58
    ] as const) {
      for (const type of ['call', 'put'] as const) {
        const spec = { type, spot: 100, strike, time, rate: 0.02, volatility };
        const price = optionPrice(spec);
        if (price > 0 && price < 1e-5) cases.push(spec);
      }
    }
    expect(cases.length).toBe(8);
    for (const spec of cases) expectRecovered(spec);
    // prices of 3.0e−218 and 2.7e−256
    for (const volatility of [0.0473, 0.0436]) {
      const tiny = {
        type: 'call' as const,
        spot: 100,
        strike: 160,
        time: 0.1,
        rate: 0,
        volatility,
      };
      expect(optionPrice(tiny)).toBeLessThan(1e-200);
      expectRecovered(tiny);
    }
  });

  it('recovers volatility up to 300 % and beyond for long-dated options', () => {
    for (const volatility of [1.5, 2, 3, 4]) {
      for (const time of [0.1, 1, 3]) {
        for (const strike of [50, 100, 200]) {
          for (const type of ['call', 'put'] as const) {
            expectRecovered({ type, spot: 100, strike, time, rate: 0.01, volatility });
          }
        }
      }
    }
  });

  it('solves prices within 1e−10 of the intrinsic value and re-prices them exactly', () => {
    for (const [type, spot, strike] of [
      ['call', 150, 100],
      ['put', 60, 100],
      ['call', 101, 100],
    ] as const) {
      const base = { type, spot, strike, time: 0.05, rate: 0, dividendYield: 0 };
      const intrinsic = type === 'call' ? spot - strike : strike - spot;
      for (const premium of [1e-10, 1e-11, 3e-12]) {
        const price = intrinsic + premium;
        const iv = impliedVolatility({ ...base, price });
        expect(iv).toBeGreaterThan(0);
        const back = optionPrice({ ...base, volatility: iv });
        expect(Math.abs(back - price)).toBeLessThanOrEqual(4 * EPS * Math.max(spot, strike));
      }
    }
  });

  it('recovers σ against the 50-digit reference price on a grid (1 day–3 years, σ 5 %–200 %)', () => {
    for (const days of [1, 30, 365, 1095]) {
      for (const volatility of [0.05, 0.3, 1, 2]) {
        for (const m of [0.5, 0.9, 1, 1.1, 2]) {
          for (const type of ['call', 'put'] as const) {
            const spec = {
              type,
              spot: 100,
              strike: 100 * m,
              time: days / 365,
              rate: 0.03,
              dividendYield: 0.01,
              volatility,
            };
            const price = bsmD(spec).price.toNumber();
            if (!(price > 1e-300)) continue;
            expectRecovered(spec, price);
          }
        }
      }
    }
  });
});

describe('impliedVolatility: failures', () => {
  const base: ImpliedVolatilitySpec = {
    type: 'call',
    spot: 100,
    strike: 90,
    time: 1,
    rate: 0.05,
    price: 15,
  };

  function reasonOf(spec: ImpliedVolatilitySpec): string | undefined {
    try {
      impliedVolatility(spec);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(ImpliedVolatilityError);
      expect(error).toBeInstanceOf(RangeError);
      return (error as ImpliedVolatilityError).reason;
    }
  }

  it('impliedVolatility(price below intrinsic) throws with reason below-intrinsic', () => {
    expect(reasonOf({ ...base, price: 14 })).toBe('below-intrinsic');
    expect(reasonOf({ ...base, type: 'put', strike: 120, price: 10 })).toBe('below-intrinsic');
  });

  it('impliedVolatility(price at or above the spot for a call) throws with reason above-maximum', () => {
    expect(reasonOf({ ...base, price: 100 })).toBe('above-maximum');
    expect(reasonOf({ ...base, price: 150 })).toBe('above-maximum');
    expect(reasonOf({ ...base, type: 'put', price: 90 })).toBe('above-maximum');
  });

  it('impliedVolatility(NaN, infinite, negative or zero-time input) throws with reason invalid-input naming the field', () => {
    const cases: [Partial<ImpliedVolatilitySpec>, RegExp][] = [
      [{ price: Number.NaN }, /^price /],
      [{ price: -1 }, /^price /],
      [{ spot: Number.POSITIVE_INFINITY }, /^spot /],
      [{ time: 0 }, /^time /],
      [{ time: -1 }, /^time /],
      [{ rate: Number.NaN }, /^rate /],
    ];
    for (const [patch, message] of cases) {
      const spec = { ...base, ...patch };
      expect(reasonOf(spec)).toBe('invalid-input');
      expect(() => impliedVolatility(spec)).toThrow(message);
    }
  });
});
