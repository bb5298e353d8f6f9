import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { black76Price, forwardPrice, type OptionSpec, optionPrice } from '../src/black-scholes.ts';
import { normalizedBlack } from '../src/normalized-black.ts';
import { expectClose, expectPublished } from './helpers/tolerance.ts';
import { bsmD, D, exact } from './reference/decimal-math.ts';

const EPS = Number.EPSILON;

describe('optionPrice: published values', () => {
  it('reproduces Hull’s example S=42, K=40, r=10 %, σ=20 %, T=0.5: call 4.76, put 0.81', () => {
    // J. C. Hull, Options, Futures, and Other Derivatives, 10th ed., ch. 15 (BSM worked example).
    const base = { spot: 42, strike: 40, time: 0.5, rate: 0.1, volatility: 0.2 };
    expectPublished(optionPrice({ type: 'call', ...base }), 4.76, 2, 'call');
    expectPublished(optionPrice({ type: 'put', ...base }), 0.81, 2, 'put');
  });

  it('reproduces Haug’s generalized BSM examples to 4 decimals', () => {
    // E. G. Haug, The Complete Guide to Option Pricing Formulas, 2nd ed. (2007), ch. 1.
    // Black-Scholes 1973: S=60, X=65, T=0.25, r=8 %, σ=30 % → c = 2.1334
    expectPublished(
      optionPrice({ type: 'call', spot: 60, strike: 65, time: 0.25, rate: 0.08, volatility: 0.3 }),
      2.1334,
      4,
      'BS73 call',
    );
    // Merton 1973: S=100, X=95, T=0.5, r=10 %, q=5 %, σ=20 % → p = 2.4648
    expectPublished(
      optionPrice({
        type: 'put',
        spot: 100,
        strike: 95,
        time: 0.5,
        rate: 0.1,
        dividendYield: 0.05,
        volatility: 0.2,
      }),
      2.4648,
      4,
      'Merton put',
    );
    // Garman-Kohlhagen: S=1.56, X=1.60, T=0.5, r=6 %, rf=8 %, σ=12 % → c = 0.0291
    expectPublished(
      optionPrice({
        type: 'call',
        spot: 1.56,
        strike: 1.6,
        time: 0.5,
        rate: 0.06,
        dividendYield: 0.08,
        volatility: 0.12,
      }),
      0.0291,
      4,
      'Garman-Kohlhagen call',
    );
  });
});

describe('black76Price', () => {
  it('reproduces Haug’s Black-76 example F=19, X=19, T=0.75, r=10 %, σ=28 %: c = p = 1.7011', () => {
    const base = { forward: 19, strike: 19, time: 0.75, rate: 0.1, volatility: 0.28 };
    expectPublished(black76Price({ type: 'call', ...base }), 1.7011, 4, 'call');
    expectPublished(black76Price({ type: 'put', ...base }), 1.7011, 4, 'put');
  });

  it('black76Price equals optionPrice with spot = forward and dividend yield = rate', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 200, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        fc.double({ min: -0.02, max: 0.1, noNaN: true }),
        fc.constantFrom('call' as const, 'put' as const),
        (forward, m, time, volatility, rate, type) => {
          const strike = forward * m;
          const b76 = black76Price({ type, forward, strike, time, rate, volatility });
          const bsm = optionPrice({
            type,
            spot: forward,
            strike,
            time,
            rate,
            dividendYield: rate,
            volatility,
          });
          expectClose(b76, bsm, 1e-13, { scale: Math.max(b76, 1e-300) });
        },
      ),
    );
  });
});

describe('optionPrice: edges', () => {
  it('optionPrice(zero time) is the intrinsic value', () => {
    const base = { strike: 100, time: 0, rate: 0.05, volatility: 0.3 };
    expect(optionPrice({ type: 'call', spot: 110, ...base })).toBeCloseTo(10, 12);
    expect(optionPrice({ type: 'put', spot: 110, ...base })).toBe(0);
    expect(optionPrice({ type: 'put', spot: 90, ...base })).toBeCloseTo(10, 12);
    expect(optionPrice({ type: 'call', spot: 100, ...base })).toBe(0);
  });

  it('optionPrice(zero volatility) is the discounted intrinsic value of the forward', () => {
    const spec = {
      spot: 100,
      strike: 100,
      time: 1,
      rate: 0.05,
      dividendYield: 0.01,
      volatility: 0,
    };
    const forwardValue = D.exp(exact(-0.01))
      .minus(D.exp(exact(-0.05)))
      .times(100)
      .toNumber();
    expectClose(optionPrice({ type: 'call', ...spec }), forwardValue, 4 * EPS);
    expect(optionPrice({ type: 'put', ...spec })).toBe(0);
  });

  it('optionPrice(deep out-of-the-money put) is positive and accurate to 1e−12 at 1e−269', () => {
    const spec: OptionSpec = {
      type: 'put',
      spot: 100,
      strike: 30,
      time: 30 / 365,
      rate: -0.01,
      dividendYield: 0.02,
      volatility: 0.12,
    };
    const price = optionPrice(spec);
    expect(price).toBeGreaterThan(0);
    expectClose(price, bsmD({ dividendYield: 0, ...spec } as never).price.toNumber(), 1e-12);
  });

  it('optionPrice(a price below the smallest double) underflows to exactly 0, never negative', () => {
    const price = optionPrice({
      type: 'put',
      spot: 100,
      strike: 10,
      time: 1 / 365,
      rate: 0.05,
      volatility: 0.05,
    });
    expect(price).toBe(0);
    expect(Object.is(price, -0)).toBe(false);
  });

  it('optionPrice(deep in-the-money call) is the forward intrinsic plus the tiny put', () => {
    const call = optionPrice({
      type: 'call',
      spot: 100,
      strike: 30,
      time: 0.25,
      rate: 0.02,
      volatility: 0.2,
    });
    expectClose(call, 100 - 30 * Math.exp(-0.005), 4 * EPS);
  });
});

describe('optionPrice: invalid input', () => {
  const good: OptionSpec = {
    type: 'call',
    spot: 100,
    strike: 100,
    time: 1,
    rate: 0.05,
    volatility: 0.2,
  };
  const cases: [string, Partial<Record<keyof OptionSpec, unknown>>, RegExp][] = [
    ['NaN spot', { spot: Number.NaN }, /^spot /],
    ['zero spot', { spot: 0 }, /^spot /],
    ['Infinity strike', { strike: Number.POSITIVE_INFINITY }, /^strike /],
    ['negative time', { time: -0.1 }, /^time /],
    ['negative volatility', { volatility: -0.2 }, /^volatility /],
    ['NaN rate', { rate: Number.NaN }, /^rate /],
    ['Infinity dividend yield', { dividendYield: Number.NEGATIVE_INFINITY }, /^dividendYield /],
    ['unknown type', { type: 'straddle' }, /^type /],
  ];
  for (const [name, patch, message] of cases) {
    it(`optionPrice(${name}) throws a RangeError naming the field`, () => {
      const spec = { ...good, ...patch } as OptionSpec;
      expect(() => optionPrice(spec)).toThrow(RangeError);
      expect(() => optionPrice(spec)).toThrow(message);
    });
  }
});

const optionArbitrary = fc.record({
  spot: fc.double({ min: 1, max: 1000, noNaN: true }),
  moneyness: fc.double({ min: 0.3, max: 3, noNaN: true }),
  time: fc.double({ min: 1 / 365, max: 5, noNaN: true }),
  rate: fc.double({ min: -0.02, max: 0.15, noNaN: true }),
  dividendYield: fc.double({ min: -0.02, max: 0.1, noNaN: true }),
  volatility: fc.double({ min: 0.01, max: 3, noNaN: true }),
});

describe('optionPrice: properties', () => {
  it('satisfies put-call parity C − P = S·e^(−qT) − K·e^(−rT)', () => {
    fc.assert(
      fc.property(optionArbitrary, ({ moneyness, ...o }) => {
        const strike = o.spot * moneyness;
        const call = optionPrice({ type: 'call', strike, ...o });
        const put = optionPrice({ type: 'put', strike, ...o });
        const sq = o.spot * Math.exp(-o.dividendYield * o.time);
        const kr = strike * Math.exp(-o.rate * o.time);
        expectClose(call - put, sq - kr, 1e-14, { scale: Math.max(sq, kr) });
      }),
      { numRuns: 500 },
    );
  });

  it('is non-decreasing in volatility and stays within the no-arbitrage bounds (to rounding)', () => {
    fc.assert(
      fc.property(
        optionArbitrary,
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.constantFrom('call' as const, 'put' as const),
        ({ moneyness, ...o }, bump, type) => {
          const strike = o.spot * moneyness;
          const low = optionPrice({ type, strike, ...o });
          const high = optionPrice({ type, strike, ...o, volatility: o.volatility + bump });
          expect(high).toBeGreaterThanOrEqual(low * (1 - 4 * EPS));
          const sq = o.spot * Math.exp(-o.dividendYield * o.time);
          const kr = strike * Math.exp(-o.rate * o.time);
          const intrinsic = Math.max(type === 'call' ? sq - kr : kr - sq, 0);
          // bounds up to the rounding of the forward terms themselves
          const rounding = 4 * EPS * Math.max(sq, kr);
          expect(low).toBeGreaterThanOrEqual(intrinsic - rounding);
          expect(low).toBeLessThanOrEqual((type === 'call' ? sq : kr) + rounding);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is non-increasing in strike for calls and non-decreasing for puts (to rounding)', () => {
    fc.assert(
      fc.property(
        optionArbitrary,
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        ({ moneyness, ...o }, bump) => {
          const k1 = o.spot * moneyness;
          const k2 = k1 * (1 + bump);
          // A strike bump of an ulp or two moves the price by rounding noise only: allow a few
          // ulp of the price's scale (found by fast-check at σ ≈ 300 %, bump 7.8e-16).
          const slack = (p: number) => 8 * Number.EPSILON * Math.max(p, o.spot);
          const call1 = optionPrice({ type: 'call', strike: k1, ...o });
          const put1 = optionPrice({ type: 'put', strike: k1, ...o });
          expect(optionPrice({ type: 'call', strike: k2, ...o })).toBeLessThanOrEqual(
            call1 + slack(call1),
          );
          expect(optionPrice({ type: 'put', strike: k2, ...o })).toBeGreaterThanOrEqual(
            put1 - slack(put1),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('normalizedBlack', () => {
  it('normalizedBlack(0, s) equals erf(s/(2√2)) for the at-the-money call', () => {
    expectClose(normalizedBlack(0, 0.2, 'call'), 0.07965567455405798, 4 * EPS);
  });

  it('normalizedBlack is symmetric: b(x, s, call) = b(−x, s, put)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (x, s) => {
          expect(normalizedBlack(x, s, 'call')).toBe(normalizedBlack(-x, s, 'put'));
        },
      ),
    );
  });
});

describe('forwardPrice', () => {
  it('forwardPrice is S·e^((r − q)T)', () => {
    expectClose(
      forwardPrice({ spot: 100, time: 1, rate: 0.05, dividendYield: 0.02 }),
      100 * Math.exp(0.03),
      2 * EPS,
    );
  });
});
