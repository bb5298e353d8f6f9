import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type OptionSpec, optionPrice } from '../src/black-scholes.ts';
import { optionGreeks } from '../src/greeks.ts';
import { expectClose, expectPublished } from './helpers/tolerance.ts';
import { bsmD, exact } from './reference/decimal-math.ts';

describe('optionGreeks: published values', () => {
  it('reproduces Hull’s S=49, K=50, r=5 %, σ=20 %, T=20 weeks call Greeks', () => {
    // J. C. Hull, Options, Futures, and Other Derivatives, 10th ed., ch. 19 (running example):
    // delta 0.522, gamma 0.066, vega 12.1 (per 1.00 of σ), theta −4.31 per year, rho 8.91.
    const g = optionGreeks({
      type: 'call',
      spot: 49,
      strike: 50,
      time: 0.3846,
      rate: 0.05,
      volatility: 0.2,
    });
    expectPublished(g.delta, 0.522, 3, 'delta');
    expectPublished(g.gamma, 0.066, 3, 'gamma');
    expectPublished(g.vega, 12.1, 1, 'vega');
    expectPublished(g.theta, -4.31, 2, 'theta');
    expectPublished(g.rho, 8.91, 2, 'rho');
  });

  it('reproduces Haug’s Greeks examples to 4 decimals', () => {
    // E. G. Haug, The Complete Guide to Option Pricing Formulas, 2nd ed. (2007), ch. 2.
    // futures option delta: S=105, X=100, T=0.5, r=10 %, b=0, σ=36 % → 0.5946 / −0.3566
    const f = {
      spot: 105,
      strike: 100,
      time: 0.5,
      rate: 0.1,
      dividendYield: 0.1,
      volatility: 0.36,
    };
    expectPublished(optionGreeks({ type: 'call', ...f }).delta, 0.5946, 4, 'call delta');
    expectPublished(optionGreeks({ type: 'put', ...f }).delta, -0.3566, 4, 'put delta');
    // gamma: S=55, X=60, T=0.75, r=b=10 %, σ=30 % → 0.0278
    const g = optionGreeks({
      type: 'call',
      spot: 55,
      strike: 60,
      time: 0.75,
      rate: 0.1,
      volatility: 0.3,
    });
    expectPublished(g.gamma, 0.0278, 4, 'gamma');
    // theta: S=430, X=405, T=0.0833, r=7 %, b=2 %, σ=20 % → put theta −31.1924
    const t = optionGreeks({
      type: 'put',
      spot: 430,
      strike: 405,
      time: 0.0833,
      rate: 0.07,
      dividendYield: 0.05,
      volatility: 0.2,
    });
    expectPublished(t.theta, -31.1924, 4, 'theta');
    // rho: S=72, X=75, T=1, r=b=9 %, σ=19 % → call rho 38.7325
    const r = optionGreeks({
      type: 'call',
      spot: 72,
      strike: 75,
      time: 1,
      rate: 0.09,
      volatility: 0.19,
    });
    expectPublished(r.rho, 38.7325, 4, 'rho');
  });
});

const specArbitrary = fc.record({
  type: fc.constantFrom('call' as const, 'put' as const),
  spot: fc.constant(100),
  strike: fc.double({ min: 60, max: 160, noNaN: true }),
  time: fc.double({ min: 0.05, max: 3, noNaN: true }),
  rate: fc.double({ min: -0.02, max: 0.1, noNaN: true }),
  dividendYield: fc.double({ min: -0.01, max: 0.06, noNaN: true }),
  volatility: fc.double({ min: 0.08, max: 1.2, noNaN: true }),
});

/** Fourth-order central difference of f at v with step h. */
function derivative(f: (v: number) => number, v: number, h: number): number {
  return (8 * (f(v + h) - f(v - h)) - (f(v + 2 * h) - f(v - 2 * h))) / (12 * h);
}

describe('optionGreeks: equal finite differences of the price', () => {
  it('delta, gamma, vega, theta, rho, vanna, charm and vomma match central differences', () => {
    fc.assert(
      fc.property(specArbitrary, (spec: OptionSpec) => {
        const g = optionGreeks(spec);
        const price = (patch: Partial<OptionSpec>) => optionPrice({ ...spec, ...patch });
        const greek = (patch: Partial<OptionSpec>) => optionGreeks({ ...spec, ...patch });
        const tol = 1e-7;
        const S = spec.spot;
        const s = spec.volatility * Math.sqrt(spec.time);
        // steps on the scale each variable moves the price: S·σ√T for spot, ~σ/10 and ~T/10 otherwise
        const hS = 1e-3 * S * s;
        const hV = 1e-3 * spec.volatility;
        const hT = 1e-3 * spec.time;
        const hR = 1e-4;
        // each Greek is compared on its natural scale (its at-the-money size)
        const vegaScale = S * Math.sqrt(spec.time);
        expectClose(
          g.delta,
          derivative((x) => price({ spot: x }), S, hS),
          tol,
          { scale: 1, label: 'delta' },
        );
        expectClose(
          g.gamma,
          derivative((x) => greek({ spot: x }).delta, S, hS),
          tol,
          {
            scale: 1 / (S * s),
            label: 'gamma',
          },
        );
        expectClose(
          g.vega,
          derivative((v) => price({ volatility: v }), spec.volatility, hV),
          tol,
          {
            scale: vegaScale,
            label: 'vega',
          },
        );
        expectClose(g.theta, -derivative((T) => price({ time: T }), spec.time, hT), tol, {
          scale: (S * s) / spec.time,
          label: 'theta',
        });
        expectClose(
          g.rho,
          derivative((r) => price({ rate: r }), spec.rate, hR),
          tol,
          {
            scale: S * spec.time,
            label: 'rho',
          },
        );
        expectClose(
          g.vanna,
          derivative((v) => greek({ volatility: v }).delta, spec.volatility, hV),
          tol,
          {
            scale: 1 / spec.volatility,
            label: 'vanna',
          },
        );
        expectClose(g.charm, -derivative((T) => greek({ time: T }).delta, spec.time, hT), tol, {
          scale: 1 / spec.time,
          label: 'charm',
        });
        expectClose(
          g.vomma,
          derivative((v) => greek({ volatility: v }).vega, spec.volatility, hV),
          tol,
          {
            scale: vegaScale / spec.volatility,
            label: 'vomma',
          },
        );
      }),
      { numRuns: 300 },
    );
  });

  it('price equals optionPrice and put-call parity holds for delta', () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const call = optionGreeks({ ...spec, type: 'call' });
        const put = optionGreeks({ ...spec, type: 'put' });
        // both are accurate to a few ulp times the far-wing condition number ~d₁², computed differently
        const s = spec.volatility * Math.sqrt(spec.time);
        const d1 = Math.log(spec.spot / spec.strike) / s;
        expectClose(call.price, optionPrice({ ...spec, type: 'call' }), 4e-15 * (1 + d1 * d1));
        expectClose(call.delta - put.delta, Math.exp(-spec.dividendYield * spec.time), 1e-14);
        expectClose(call.gamma, put.gamma, 1e-14);
        expectClose(call.vega, put.vega, 1e-14);
      }),
    );
  });
});

describe('optionGreeks: the textbook-difference price', () => {
  it('is never more than 2e−14 relative further from the 50-digit reference than optionPrice', () => {
    // optionGreeks takes the textbook difference where its error model allows (greeks.ts,
    // DIRECT_ERROR_LIMIT) and optionPrice's normalised form elsewhere; on 3,000 random options
    // (K/S 0.22–4.5, 1 day–5 years, σ 1 %–300 %) inside the normal table (|d₁|, |d₂| < 9, where
    // the difference can be taken) this holds it to the bound the model states. (The far wings'
    // own error, up to ~4e−13, is the condition number's; see the accuracy grid.)
    const inputs = fc.sample(
      fc
        .record({
          type: fc.constantFrom('call' as const, 'put' as const),
          logMoneyness: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
          logDays: fc.double({ min: 0, max: Math.log(5 * 365), noNaN: true }),
          rate: fc.double({ min: -0.01, max: 0.05, noNaN: true }),
          dividendYield: fc.double({ min: 0, max: 0.03, noNaN: true }),
          logVolatility: fc.double({ min: Math.log(0.01), max: Math.log(3), noNaN: true }),
        })
        .map(({ type, logMoneyness, logDays, rate, dividendYield, logVolatility }) => ({
          type,
          spot: 100,
          strike: 100 * Math.exp(logMoneyness),
          time: Math.exp(logDays) / 365,
          rate,
          dividendYield,
          volatility: Math.exp(logVolatility),
        })),
      3000,
    );
    let worst = 0;
    let at = '';
    let compared = 0;
    for (const input of inputs) {
      const s = input.volatility * Math.sqrt(input.time);
      const x =
        Math.log(input.spot / input.strike) + (input.rate - input.dividendYield) * input.time;
      if (Math.abs(x / s) + s / 2 >= 9) continue;
      const ref = bsmD(input).price;
      const relative = (v: number) => exact(v).minus(ref).abs().dividedBy(ref).toNumber();
      const error = relative(optionGreeks(input).price) - relative(optionPrice(input));
      compared++;
      if (error > worst) {
        worst = error;
        at = JSON.stringify(input);
      }
    }
    expect(compared).toBeGreaterThan(1400);
    expect(worst, `worst ${worst} at ${at}`).toBeLessThanOrEqual(2e-14);
  });
});

describe('optionGreeks: edges', () => {
  it('optionGreeks(zero time) gives the payoff’s step delta and zero gamma and vega away from the strike', () => {
    const g = optionGreeks({
      type: 'call',
      spot: 110,
      strike: 100,
      time: 0,
      rate: 0.05,
      volatility: 0.2,
    });
    expect(g).toMatchObject({
      price: expect.closeTo(10, 12),
      delta: 1,
      gamma: 0,
      vega: 0,
      vanna: 0,
      vomma: 0,
    });
    const p = optionGreeks({
      type: 'put',
      spot: 110,
      strike: 100,
      time: 0,
      rate: 0.05,
      volatility: 0.2,
    });
    expect(p).toMatchObject({ price: 0, delta: -0, gamma: 0, vega: 0 });
  });

  it('optionGreeks(zero volatility, in the money) has the theta and rho of the discounted intrinsic value', () => {
    const g = optionGreeks({
      type: 'call',
      spot: 120,
      strike: 100,
      time: 1,
      rate: 0.05,
      dividendYield: 0.02,
      volatility: 0,
    });
    expectClose(g.theta, 0.02 * 120 * Math.exp(-0.02) - 0.05 * 100 * Math.exp(-0.05), 1e-14);
    expectClose(g.rho, 100 * Math.exp(-0.05), 1e-15);
    expectClose(g.delta, Math.exp(-0.02), 1e-15);
  });

  it('optionGreeks(at the money-forward, zero time) returns limits, never NaN', () => {
    const g = optionGreeks({
      type: 'call',
      spot: 100,
      strike: 100,
      time: 0,
      rate: 0.05,
      volatility: 0.2,
    });
    for (const value of Object.values(g)) expect(Number.isNaN(value)).toBe(false);
    expect(g.delta).toBe(0.5);
    expect(g.gamma).toBe(Number.POSITIVE_INFINITY);
    expect(g.theta).toBe(Number.NEGATIVE_INFINITY);
  });

  it('optionGreeks(far out of the money) has tiny positive gamma and vega, not NaN', () => {
    const g = optionGreeks({
      type: 'call',
      spot: 100,
      strike: 400,
      time: 1 / 365,
      rate: 0.05,
      volatility: 0.2,
    });
    expect(g.price).toBe(0);
    for (const value of Object.values(g)) expect(Number.isFinite(value)).toBe(true);
    expect(g.gamma).toBeGreaterThanOrEqual(0);
  });

  it('optionGreeks(negative volatility) throws a RangeError naming volatility', () => {
    expect(() =>
      optionGreeks({ type: 'call', spot: 100, strike: 100, time: 1, rate: 0, volatility: -1 }),
    ).toThrow(/^volatility /);
  });
});
