import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionPrice } from '../src/black-scholes.ts';
import { probabilityBetween } from '../src/lognormal.ts';
import {
  analyzePosition,
  MIN_SKEWED_VOLATILITY,
  positionGreeks,
  positionPnl,
  positionPnlGrid,
  withSkew,
} from '../src/position.ts';
import { analyzeStrategy, type Leg, type Strategy } from '../src/strategy.ts';
import { expectClose } from './helpers/tolerance.ts';
import { bsmD, D, type Dec, exact } from './reference/decimal-math.ts';

type OptionLeg = Extract<Leg, { kind: 'call' | 'put' }>;

/** Random option legs with strikes around 100, expiries from 1 day to 1 year, own volatilities. */
const optionLeg = fc.record({
  kind: fc.constantFrom<'call' | 'put'>('call', 'put'),
  strike: fc.double({ min: 60, max: 160, noNaN: true }),
  quantity: fc.integer({ min: -5, max: 5 }).filter((q) => q !== 0),
  // subnormal premiums are left out: products of them are not exact (ExactSum's domain)
  premium: fc.double({ min: 0, max: 30, noNaN: true }).map((p) => (p < 1e-8 ? 0 : p)),
  expiry: fc.integer({ min: 1, max: 365 }).map((d) => d / 365),
  volatility: fc.double({ min: 0.05, max: 0.8, noNaN: true }),
});
const stockLeg = fc.record({
  kind: fc.constant<'stock'>('stock'),
  quantity: fc.integer({ min: -300, max: 300 }),
  price: fc.double({ min: 50, max: 150, noNaN: true }),
});
const position = fc
  .tuple(
    fc.array(optionLeg, { minLength: 1, maxLength: 8 }),
    fc.option(stockLeg, { nil: undefined }),
  )
  .map(([options, stock]): Strategy => ({ legs: stock ? [...options, stock] : options }));
const marketArb = fc.record({
  rate: fc.double({ min: -0.01, max: 0.08, noNaN: true }),
  dividendYield: fc.double({ min: 0, max: 0.03, noNaN: true }),
  volatility: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
});

function firstExpiry(strategy: Strategy): number {
  return Math.min(...strategy.legs.map((l) => (l.kind === 'stock' ? Infinity : l.expiry!)));
}

function opposite(strategy: Strategy): Strategy {
  return { ...strategy, legs: strategy.legs.map((l) => ({ ...l, quantity: -l.quantity })) };
}

describe('positionGreeks against per-leg sums of the 50-digit closed form', () => {
  it('P&L, delta, gamma, theta per day and vega per point are Σ size × the leg’s Greek', () => {
    fc.assert(
      fc.property(
        position,
        marketArb,
        fc.double({ min: 70, max: 140, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (strategy, market, spot, fraction) => {
          const t = fraction * firstExpiry(strategy);
          const got = positionGreeks(strategy, spot, { ...market, evaluationTime: t });
          const sums = {
            pnl: new D(0),
            delta: new D(0),
            gamma: new D(0),
            theta: new D(0),
            vega: new D(0),
          };
          const scales = {
            pnl: new D(0),
            delta: new D(0),
            gamma: new D(0),
            theta: new D(0),
            vega: new D(0),
          };
          const add = (key: keyof typeof sums, term: Dec) => {
            sums[key] = sums[key].plus(term);
            scales[key] = scales[key].plus(term.abs());
          };
          for (const leg of strategy.legs) {
            if (leg.kind === 'stock') {
              add('pnl', exact(leg.quantity).times(exact(spot).minus(exact(leg.price))));
              add('delta', exact(leg.quantity));
              continue;
            }
            const size = exact(leg.quantity).times(100);
            const ref = bsmD({
              type: leg.kind,
              spot,
              strike: leg.strike,
              time: leg.expiry! - t,
              rate: market.rate,
              dividendYield: market.dividendYield,
              volatility: leg.volatility!,
            });
            add('pnl', size.times(ref.price.minus(exact(leg.premium))));
            add('delta', size.times(ref.delta));
            add('gamma', size.times(ref.gamma));
            add('theta', size.times(ref.theta).dividedBy(365));
            add('vega', size.times(ref.vega).dividedBy(100));
          }
          for (const key of Object.keys(sums) as (keyof typeof sums)[]) {
            expectClose(got[key], sums[key].toNumber(), 1e-12, {
              scale: Math.max(scales[key].toNumber(), 1e-300),
              label: key,
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('positionPnlGrid agrees with positionPnl and positionGreeks’ P&L, European and American', () => {
    fc.assert(
      fc.property(position, marketArb, fc.boolean(), (strategy, market, american) => {
        const m = { ...market, exercise: american ? ('american' as const) : ('european' as const) };
        const prices = [0, 40, 75.5, 100, 130, 400];
        const t1 = firstExpiry(strategy);
        const times = [0, 0.3 * t1, t1];
        const grid = positionPnlGrid(strategy, { prices, times }, m);
        expect(grid.pnl).toHaveLength(prices.length);
        let scale = 1;
        for (const l of strategy.legs) scale += Math.abs(l.quantity) * 100 * 500;
        for (const [i, S] of prices.entries()) {
          for (const [j, t] of times.entries()) {
            const one = positionPnl(strategy, S, { ...m, evaluationTime: t });
            expectClose(grid.pnl[i]![j]!, one, 1e-14, { scale });
            if (S > 0) {
              const g = positionGreeks(strategy, S, { ...m, evaluationTime: t });
              expectClose(g.pnl, one, 1e-14, { scale });
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a long SPX call has the dollar Greeks of 100 × the per-share Greeks', () => {
    const g = positionGreeks(
      { legs: [{ kind: 'call', strike: 6000, quantity: 1, premium: 0, expiry: 30 / 365 }] },
      6000,
      { evaluationTime: 0, volatility: 0.16, rate: 0.04 },
    );
    const ref = bsmD({
      type: 'call',
      spot: 6000,
      strike: 6000,
      time: 30 / 365,
      rate: 0.04,
      dividendYield: 0,
      volatility: 0.16,
    });
    expectClose(g.delta, ref.delta.times(100).toNumber(), 1e-13);
    expectClose(g.vega, ref.vega.toNumber(), 1e-13); // ×100 shares ÷100 points
    expectClose(g.theta, ref.theta.times(100).dividedBy(365).toNumber(), 1e-13);
    expect(g.delta).toBeGreaterThan(50);
    expect(g.theta).toBeLessThan(0);
  });
});

describe('properties of positions', () => {
  it('a position plus its opposite is flat: zero P&L, Greeks, profit, loss and no break-even', () => {
    fc.assert(
      fc.property(
        position,
        marketArb,
        fc.double({ min: 50, max: 160, noNaN: true }),
        (strategy, market, spot) => {
          const both: Strategy = { legs: [...strategy.legs, ...opposite(strategy).legs] };
          const t = 0.5 * firstExpiry(strategy);
          const g = positionGreeks(both, spot, { ...market, evaluationTime: t });
          for (const v of Object.values(g)) expect(v === 0).toBe(true);
          const a = analyzePosition(both, { ...market, spot });
          expect(a.maxProfit).toBe(0);
          expect(a.maxLoss).toBe(0);
          expect(a.breakevens).toEqual([]);
          expect(a.probabilityOfProfit).toBe(0);
          // and the opposite alone mirrors every figure
          const one = positionGreeks(strategy, spot, { ...market, evaluationTime: t });
          const other = positionGreeks(opposite(strategy), spot, { ...market, evaluationTime: t });
          for (const key of Object.keys(one) as (keyof typeof one)[])
            expect(other[key] === -one[key]).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a calendar at the front expiry is worth the back leg’s model value there (50 digits)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'call' | 'put'>('call', 'put'),
        fc.double({ min: 80, max: 120, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 120 }),
        marketArb,
        fc.double({ min: 60, max: 150, noNaN: true }),
        (kind, strike, frontDays, gapDays, market, S) => {
          const front = frontDays / 365;
          const back = (frontDays + gapDays) / 365;
          const calendar: Strategy = {
            legs: [
              { kind, strike, quantity: -1, premium: 2, expiry: front },
              { kind, strike, quantity: 1, premium: 3, expiry: back },
            ],
          };
          const got = positionPnl(calendar, S, { ...market, evaluationTime: front });
          const backValue = bsmD({
            type: kind,
            spot: S,
            strike,
            time: back - front,
            rate: market.rate,
            dividendYield: market.dividendYield,
            volatility: market.volatility,
          }).price;
          const payoff = Math.max(kind === 'call' ? S - strike : strike - S, 0);
          const expected = backValue.minus(exact(payoff)).plus(-1).times(100);
          expectClose(got, expected.toNumber(), 1e-12, {
            scale: 100 * (backValue.toNumber() + payoff + 5),
          });
        },
      ),
      { numRuns: 80 },
    );
  });

  it('put-call parity: a put is a call minus the stock’s and plus the strike’s present value, at every date', () => {
    fc.assert(
      fc.property(
        position,
        marketArb,
        fc.double({ min: 50, max: 160, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (strategy, market, S, fraction) => {
          const t = fraction * firstExpiry(strategy);
          // the same legs with every put replaced by the call of its strike, expiry, volatility and premium
          const asCalls: Strategy = {
            legs: strategy.legs.map((l) => (l.kind === 'put' ? { ...l, kind: 'call' } : l)),
          };
          let parity = 0;
          let scale = 0;
          for (const l of strategy.legs) {
            if (l.kind !== 'put') continue;
            const tau = l.expiry! - t;
            const forwardGap =
              S * Math.exp(-market.dividendYield * tau) - l.strike * Math.exp(-market.rate * tau);
            parity += 100 * l.quantity * forwardGap; // C − P = S·e^(−qτ) − K·e^(−rτ)
            scale += 100 * Math.abs(l.quantity) * (S + l.strike);
          }
          const dated = { ...market, evaluationTime: t };
          expectClose(
            positionPnl(asCalls, S, dated) - positionPnl(strategy, S, dated),
            parity,
            1e-13,
            {
              scale: scale || 1,
            },
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('analyzePosition, every leg expiring together (piecewise linear, exact)', () => {
  it('equals analyzeStrategy and detects unbounded profit and loss from calls and stock', () => {
    fc.assert(
      fc.property(
        position,
        marketArb,
        fc.double({ min: 70, max: 140, noNaN: true }),
        (raw, market, spot) => {
          const strategy: Strategy = {
            legs: raw.legs.map((l) => (l.kind === 'stock' ? l : { ...l, expiry: 30 / 365 })),
          };
          const a = analyzePosition(strategy, { ...market, spot });
          const b = analyzeStrategy(strategy, { ...market, spot, time: 30 / 365 });
          expect(a.laterLegs).toBe(false);
          expect(a.maxProfit).toBe(b.maxProfit);
          expect(a.maxLoss).toBe(b.maxLoss);
          expect(a.breakevens).toEqual(b.breakevens);
          let upside = 0;
          for (const l of strategy.legs)
            if (l.kind !== 'put') upside += l.quantity * (l.kind === 'call' ? 100 : 1);
          expect(a.maxProfit === Infinity).toBe(upside > 0);
          expect(a.maxLoss === Infinity).toBe(upside < 0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a jade lizard: break-evens, max profit and the missing upside risk exactly', () => {
    // short 5700 put, short 6100 call, long 6150 call for a 60-point credit
    const lizard: Strategy = {
      legs: [
        { kind: 'put', strike: 5700, quantity: -1, premium: 40, expiry: 0.1 },
        { kind: 'call', strike: 6100, quantity: -1, premium: 30, expiry: 0.1 },
        { kind: 'call', strike: 6150, quantity: 1, premium: 10, expiry: 0.1 },
      ],
    };
    const a = analyzePosition(lizard, { spot: 6000, volatility: 0.16, rate: 0.04 });
    expect(a.netPremium).toBe(6000);
    expect(a.maxProfit).toBe(6000);
    expect(a.maxLoss).toBe(564_000);
    expect(a.breakevens).toEqual([5640]); // credit 60 > call width 50: no upside loss
  });
});

describe('analyzePosition with legs past the first expiration (model curve)', () => {
  const market = { spot: 6000, volatility: 0.16, rate: 0.04 };
  const calendar: Strategy = {
    legs: [
      { kind: 'call', strike: 6000, quantity: -1, premium: 0, expiry: 30 / 365 },
      { kind: 'call', strike: 6000, quantity: 1, premium: 0, expiry: 60 / 365 },
    ],
  };
  const priced = (s: Strategy): Strategy => ({
    legs: s.legs.map((l) =>
      l.kind === 'stock'
        ? l
        : {
            ...l,
            premium: optionPrice({
              type: l.kind,
              spot: 6000,
              strike: l.strike,
              time: l.expiry!,
              rate: 0.04,
              volatility: l.volatility ?? 0.16,
            }),
          },
    ),
  });

  /** Dense sampling of the P&L at the first expiry, for bounds the engine must agree with. */
  function sampled(s: Strategy, from: number, to: number, n: number) {
    const t1 = firstExpiry(s);
    const xs = Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
    const { pnl } = positionPnlGrid(s, { prices: xs, times: [t1] }, market);
    return { xs, ys: pnl.map((r) => r[0]!) };
  }
  const max = (ys: number[]) => ys.reduce((m, y) => Math.max(m, y), -Infinity);
  const min = (ys: number[]) => ys.reduce((m, y) => Math.min(m, y), Infinity);

  it('a call calendar: bounded loss, the peak at the strike’s neighbourhood, two break-evens', () => {
    const c = priced(calendar);
    const a = analyzePosition(c, market);
    expect(a.laterLegs).toBe(true);
    expectClose(a.firstExpiry, 30 / 365, 0);
    const { xs, ys } = sampled(c, 1, 20000, 200_001);
    const top = max(ys);
    const f = (x: number) => positionPnl(c, x, { ...market, evaluationTime: 30 / 365 });
    // the peak of a calendar at the front expiry is at the common strike, a kink
    expect(a.maxProfit).toBeGreaterThanOrEqual(top);
    expect(a.maxProfit).toBe(f(6000));
    // the worst loss is the debit, approached at 0 and (with no dividend) far above
    const debit = -c.legs.reduce(
      (s, l) => s - (l.kind === 'stock' ? 0 : l.quantity * l.premium * 100),
      0,
    );
    expect(Number.isFinite(a.maxLoss)).toBe(true);
    expectClose(a.maxLoss, Math.max(-min(ys), a.maxLoss), 1e-12);
    expectClose(a.maxLoss, debit, 1e-12);
    expect(a.breakevens).toHaveLength(2);
    for (const b of a.breakevens) {
      expect(Math.abs(f(b))).toBeLessThan(1e-9);
      expect(Math.sign(f(b * (1 - 1e-9)))).toBe(-Math.sign(f(b * (1 + 1e-9))));
    }
    expect(a.breakevens[0]!).toBeLessThan(6000);
    expect(a.breakevens[1]!).toBeGreaterThan(6000);
    void xs;
  });

  it('the probability of profit matches a numerical integral of the lognormal density over {P&L > 0}', () => {
    const c = priced(calendar);
    for (const drift of ['risk-neutral', 'zero'] as const) {
      const a = analyzePosition(c, { ...market, drift });
      const [lo, hi] = a.breakevens as [number, number];
      const expected = probabilityBetween({ ...market, time: 30 / 365, drift }, lo, hi);
      expectClose(a.probabilityOfProfit, expected, 1e-14);
      // Simpson's rule over log price, 20,000 panels, as an independent check of the set
      const s = 0.16 * Math.sqrt(30 / 365);
      const mu = Math.log(6000) + ((drift === 'zero' ? 0 : 0.04) - 0.08 * 0.16) * (30 / 365);
      const n = 20_000;
      const h = (16 * s) / n;
      let integral = 0;
      for (let i = 0; i <= n; i++) {
        const y = mu - 8 * s + i * h;
        const w = i === 0 || i === n ? 1 : i % 2 ? 4 : 2;
        const pnl = positionPnl(c, Math.exp(y), { ...market, evaluationTime: 30 / 365 });
        if (pnl > 0)
          integral += (w * Math.exp(-0.5 * ((y - mu) / s) ** 2)) / (s * Math.sqrt(2 * Math.PI));
      }
      expect(Math.abs((integral * h) / 3 - a.probabilityOfProfit)).toBeLessThan(1e-3);
    }
  });

  it('random diagonals and ratio calendars: extremes bound a dense sample and break-evens are roots', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom<'call' | 'put'>('call', 'put'),
            strike: fc.integer({ min: 110, max: 130 }).map((k) => k * 50),
            quantity: fc.integer({ min: -2, max: 2 }).filter((q) => q !== 0),
            expiry: fc.constantFrom(14, 30, 45, 90).map((d) => d / 365),
          }),
          { minLength: 2, maxLength: 6 },
        ),
        (legs) => {
          const s = priced({ legs: legs.map((l) => ({ ...l, premium: 0 })) as OptionLeg[] });
          const a = analyzePosition(s, market);
          const { ys } = sampled(s, 1, 12000, 24_001);
          const top = max(ys);
          const bottom = min(ys);
          if (Number.isFinite(a.maxProfit))
            expect(a.maxProfit).toBeGreaterThanOrEqual(top - 1e-7 * (1 + Math.abs(top)));
          if (Number.isFinite(a.maxLoss))
            expect(-a.maxLoss).toBeLessThanOrEqual(bottom + 1e-7 * (1 + Math.abs(bottom)));
          const t1 = firstExpiry(s);
          for (const b of a.breakevens) {
            const v = positionPnl(s, b, { ...market, evaluationTime: t1 });
            expect(Math.abs(v)).toBeLessThan(1e-7 * 100 * 6000);
          }
          // every sign change of the dense sample has a break-even between its two points
          for (let i = 1; i < ys.length; i++) {
            if (ys[i - 1]! * ys[i]! < 0) {
              const x0 = 1 + ((12000 - 1) * (i - 1)) / 24_000;
              const x1 = 1 + ((12000 - 1) * i) / 24_000;
              expect(a.breakevens.some((b) => b >= x0 - 1e-6 && b <= x1 + 1e-6)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('unbounded with later legs is decided by the net calls and stock far above the strikes', () => {
    // long back call, short front put: profit unbounded above
    const up = analyzePosition(
      {
        legs: [
          { kind: 'put', strike: 5900, quantity: -1, premium: 50, expiry: 0.05 },
          { kind: 'call', strike: 6100, quantity: 1, premium: 90, expiry: 0.2 },
        ],
      },
      market,
    );
    expect(up.maxProfit).toBe(Infinity);
    expect(Number.isFinite(up.maxLoss)).toBe(true);
    // a call calendar with a dividend yield: the back call's deep in-the-money delta e^(−qτ) < 1
    const withDividend = analyzePosition(priced(calendar), { ...market, dividendYield: 0.013 });
    expect(withDividend.maxLoss).toBe(Infinity);
    // the same calendar without one has a finite worst case
    expect(Number.isFinite(analyzePosition(priced(calendar), market).maxLoss)).toBe(true);
  });
});

describe('American exercise (SPY) and skew', () => {
  it('an American leg is worth at least its exercise value and never less than the European', () => {
    const put: Strategy = {
      legs: [{ kind: 'put', strike: 600, quantity: 1, premium: 0, expiry: 0.5 }],
    };
    const base = { evaluationTime: 0, volatility: 0.2, rate: 0.05, dividendYield: 0.012 };
    for (const S of [300, 450, 550, 600, 650]) {
      const eu = positionPnl(put, S, base);
      const am = positionPnl(put, S, { ...base, exercise: 'american' });
      expect(am).toBeGreaterThanOrEqual(eu);
      expect(am).toBeGreaterThanOrEqual(100 * Math.max(600 - S, 0));
    }
    // deep in the money the American put is exercised: delta −100 shares, no time value
    const g = positionGreeks(put, 300, { ...base, exercise: 'american' });
    expect(g.pnl).toBe(30_000);
    expect(g.delta).toBe(-100);
    expect(g.theta).toBe(0);
    // a call without dividends is never exercised early: American = European
    const call: Strategy = {
      legs: [{ kind: 'call', strike: 600, quantity: 1, premium: 0, expiry: 0.5 }],
    };
    const noDividend = { ...base, dividendYield: 0 };
    expect(positionPnl(call, 700, { ...noDividend, exercise: 'american' })).toBe(
      positionPnl(call, 700, noDividend),
    );
  });

  it('withSkew fills σ_ATM − skew·ln(K/reference), floored at 1 %, and keeps legs’ own volatilities', () => {
    const s = withSkew(
      {
        legs: [
          { kind: 'put', strike: 5400, quantity: 1, premium: 0 },
          { kind: 'call', strike: 6600, quantity: 1, premium: 0 },
          { kind: 'call', strike: 6000, quantity: 1, premium: 0, volatility: 0.3 },
          { kind: 'stock', quantity: 100, price: 6000 },
          { kind: 'call', strike: 60000, quantity: 1, premium: 0 },
        ],
      },
      { volatility: 0.16, skew: 0.5, reference: 6000 },
    );
    const vol = (i: number) => (s.legs[i] as OptionLeg).volatility!;
    expectClose(vol(0), 0.16 - 0.5 * Math.log(0.9), 1e-15);
    expectClose(vol(1), 0.16 - 0.5 * Math.log(1.1), 1e-15);
    expect(vol(2)).toBe(0.3);
    expect(s.legs[3]).toEqual({ kind: 'stock', quantity: 100, price: 6000 });
    expect(vol(4)).toBe(MIN_SKEWED_VOLATILITY);
  });

  it('bad input throws a RangeError naming the field', () => {
    const leg = { kind: 'call' as const, strike: 100, quantity: 1, premium: 1 };
    expect(() =>
      positionPnl({ legs: [leg] }, 100, { evaluationTime: 0, volatility: 0.2, rate: 0 }),
    ).toThrow(/^legs\[0\]\.expiry /);
    expect(() =>
      positionPnl({ legs: [{ ...leg, expiry: 1 }] }, 100, {
        evaluationTime: -1,
        volatility: 0.2,
        rate: 0,
      }),
    ).toThrow(/^market\.evaluationTime /);
    expect(() =>
      analyzePosition(
        { legs: [{ ...leg, expiry: 1 }] },
        { spot: 100, volatility: 0.2, rate: 0, drift: 'up' as never },
      ),
    ).toThrow(/^market\.drift /);
    expect(() =>
      positionPnl({ legs: [{ ...leg, expiry: 1 }] }, 100, {
        evaluationTime: 0,
        volatility: 0.2,
        rate: 0,
        exercise: 'bermudan' as never,
      }),
    ).toThrow(/^market\.exercise /);
  });
});
