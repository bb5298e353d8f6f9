import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionPrice } from '../src/black-scholes.ts';
import { expectedMove } from '../src/expected-move.ts';
import { ironCondor } from '../src/iron-condor.ts';
import { normalCdf } from '../src/normal.ts';
import { analyzeStrategy, profitAtExpiry, type Strategy } from '../src/strategy.ts';
import { strategyPnlCurve, strategyValue } from '../src/strategy-value.ts';
import { expectClose } from './helpers/tolerance.ts';

const EPS = Number.EPSILON;

describe('ironCondor', () => {
  it('ironCondor(strikes out of order) throws a RangeError naming the strike', () => {
    const good = { longPut: 90, shortPut: 95, shortCall: 105, longCall: 110, credit: 1.5 };
    expect(() => ironCondor({ ...good, longPut: 95 })).toThrow(/^shortPut must be above longPut/);
    expect(() => ironCondor({ ...good, shortCall: 94 })).toThrow(
      /^shortCall must be at or above shortPut/,
    );
    expect(() => ironCondor({ ...good, longCall: 105 })).toThrow(
      /^longCall must be above shortCall/,
    );
    expect(() => ironCondor({ ...good, credit: Number.NaN })).toThrow(/^credit /);
    expect(() => ironCondor({ ...good, credit: -1 })).toThrow(RangeError);
  });

  it('ironCondor allows shortPut = shortCall (an iron butterfly)', () => {
    const fly = ironCondor({
      longPut: 90,
      shortPut: 100,
      shortCall: 100,
      longCall: 110,
      credit: 6,
    });
    expect(analyzeStrategy(fly).breakevens).toEqual([94, 106]);
  });
});

describe('analyzeStrategy(iron condor)', () => {
  it('gives max profit = credit, max loss = wider wing − credit and break-evens at the short strikes ∓ credit, exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 7000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 100 }),
        (shortPut, putWingSteps, bodySteps, callWingSteps, contracts, creditCents) => {
          const longPut = shortPut - 5 * putWingSteps;
          const shortCall = shortPut + 5 * bodySteps;
          const longCall = shortCall + 5 * callWingSteps;
          const credit = Math.min(
            creditCents / 20,
            5 * Math.min(putWingSteps, callWingSteps) - 0.05,
          );
          if (!(longPut > 0) || !(credit > 0)) return;
          const a = analyzeStrategy(
            ironCondor({ longPut, shortPut, shortCall, longCall, credit, contracts }),
          );
          const scale = 100 * contracts;
          expectClose(a.netPremium, credit * scale, 2 * EPS);
          expectClose(a.maxProfit, credit * scale, 2 * EPS);
          expectClose(
            a.maxLoss,
            (5 * Math.max(putWingSteps, callWingSteps) - credit) * scale,
            4 * EPS,
          );
          expect(a.breakevens).toHaveLength(2);
          expectClose(a.breakevens[0]!, shortPut - credit, 2 * EPS);
          expectClose(a.breakevens[1]!, shortCall + credit, 2 * EPS);
        },
      ),
    );
  });

  it('probabilityOfProfit equals the lognormal probability of ending between the break-evens', () => {
    const condor = ironCondor({
      longPut: 5400,
      shortPut: 5500,
      shortCall: 6100,
      longCall: 6200,
      credit: 20,
    });
    const market = {
      spot: 5800,
      volatility: 0.16,
      time: 45 / 365,
      rate: 0.04,
      dividendYield: 0.013,
    };
    const a = analyzeStrategy(condor, market);
    const s = market.volatility * Math.sqrt(market.time);
    const drift = (market.rate - market.dividendYield - 0.5 * market.volatility ** 2) * market.time;
    const z = (k: number) => (Math.log(k / market.spot) - drift) / s;
    const expected = normalCdf(z(6120)) - normalCdf(z(5480));
    expectClose(a.probabilityOfProfit!, expected, 1e-13);
  });

  it('probabilityOfProfit agrees with a numerical integration of the lognormal density', () => {
    // a ratio spread has three profit pieces; integrate the density over {profit > 0}
    const strategy: Strategy = {
      legs: [
        { kind: 'call', strike: 100, quantity: 1, premium: 4 },
        { kind: 'call', strike: 110, quantity: -2, premium: 1.2 },
        { kind: 'put', strike: 90, quantity: -1, premium: 1.5 },
      ],
    };
    const market = { spot: 101, volatility: 0.3, time: 0.25, rate: 0.03 };
    const a = analyzeStrategy(strategy, market);
    const s = market.volatility * Math.sqrt(market.time);
    const mu = Math.log(market.spot) + (market.rate - 0.5 * market.volatility ** 2) * market.time;
    // Simpson's rule in log price over ±10 standard deviations, 200,000 panels
    const n = 200_000;
    const lo = mu - 10 * s;
    const h = (20 * s) / n;
    let integral = 0;
    for (let i = 0; i <= n; i++) {
      const y = lo + i * h;
      const weight = i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2;
      const density = Math.exp(-0.5 * ((y - mu) / s) ** 2) / (s * Math.sqrt(2 * Math.PI));
      if (profitAtExpiry(strategy, Math.exp(y)) > 0) integral += weight * density;
    }
    integral *= h / 3;
    expect(Math.abs(a.probabilityOfProfit! - integral)).toBeLessThan(1e-4);
  });
});

describe('analyzeStrategy: unbounded and special strategies', () => {
  it('a long call has unbounded profit (Infinity) and loses at most its premium', () => {
    const a = analyzeStrategy({
      legs: [{ kind: 'call', strike: 100, quantity: 2, premium: 3.25 }],
    });
    expect(a.maxProfit).toBe(Number.POSITIVE_INFINITY);
    expect(a.maxLoss).toBe(650);
    expect(a.netPremium).toBe(-650);
    expect(a.breakevens).toEqual([103.25]);
  });

  it('a short call has unbounded loss (Infinity)', () => {
    const a = analyzeStrategy({ legs: [{ kind: 'call', strike: 100, quantity: -1, premium: 2 }] });
    expect(a.maxLoss).toBe(Number.POSITIVE_INFINITY);
    expect(a.maxProfit).toBe(200);
  });

  it('a short put’s loss is bounded by the strike (the price cannot go below 0)', () => {
    const a = analyzeStrategy({ legs: [{ kind: 'put', strike: 50, quantity: -1, premium: 2 }] });
    expect(a.maxLoss).toBe(4800);
    expect(a.breakevens).toEqual([48]);
  });

  it('a covered call counts only option premium and has capped profit', () => {
    const a = analyzeStrategy({
      legs: [
        { kind: 'stock', quantity: 100, price: 100 },
        { kind: 'call', strike: 105, quantity: -1, premium: 2 },
      ],
    });
    expect(a.netPremium).toBe(200);
    expect(a.maxProfit).toBe(700);
    expect(a.maxLoss).toBe(9800);
    expect(a.breakevens).toEqual([98]);
  });

  it('a long straddle has two break-evens and probabilityOfProfit from both tails', () => {
    const straddle: Strategy = {
      legs: [
        { kind: 'call', strike: 100, quantity: 1, premium: 5 },
        { kind: 'put', strike: 100, quantity: 1, premium: 5 },
      ],
    };
    const market = { spot: 100, volatility: 0.2, time: 1, rate: 0 };
    const a = analyzeStrategy(straddle, market);
    expect(a.breakevens).toEqual([90, 110]);
    const z = (k: number) => (Math.log(k / 100) + 0.02) / 0.2;
    expectClose(a.probabilityOfProfit!, normalCdf(z(90)) + normalCdf(-z(110)), 1e-14);
  });

  it('analyzeStrategy(invalid leg) throws a RangeError naming the leg field', () => {
    expect(() =>
      analyzeStrategy({ legs: [{ kind: 'call', strike: Number.NaN, quantity: 1, premium: 1 }] }),
    ).toThrow(/^legs\[0\]\.strike /);
    expect(() =>
      analyzeStrategy({ legs: [{ kind: 'put', strike: 100, quantity: 1, premium: -1 }] }),
    ).toThrow(/^legs\[0\]\.premium /);
    expect(() => analyzeStrategy({ legs: [], multiplier: 0 })).toThrow(/^multiplier /);
  });

  it('probabilityOfProfit with zero volatility is 1 or 0 from the payoff at the forward', () => {
    const condor = ironCondor({
      longPut: 90,
      shortPut: 95,
      shortCall: 105,
      longCall: 110,
      credit: 1,
    });
    expect(
      analyzeStrategy(condor, { spot: 100, volatility: 0, time: 0.1, rate: 0 }).probabilityOfProfit,
    ).toBe(1);
    expect(
      analyzeStrategy(condor, { spot: 120, volatility: 0, time: 0.1, rate: 0 }).probabilityOfProfit,
    ).toBe(0);
  });
});

describe('profitAtExpiry', () => {
  it('profitAtExpiry(condor) is the credit inside the body and the max loss beyond the wings', () => {
    const condor = ironCondor({
      longPut: 90,
      shortPut: 95,
      shortCall: 105,
      longCall: 110,
      credit: 1.5,
      contracts: 2,
    });
    expect(profitAtExpiry(condor, 100)).toBe(300);
    expect(profitAtExpiry(condor, 80)).toBe(-700);
    expect(profitAtExpiry(condor, 200)).toBe(-700);
    expectClose(profitAtExpiry(condor, 93.5), 0, 0, { scale: 1 });
  });
});

describe('strategyValue and strategyPnlCurve', () => {
  const condor = ironCondor({
    longPut: 90,
    shortPut: 95,
    shortCall: 105,
    longCall: 110,
    credit: 1.5,
  });
  const market = {
    evaluationTime: 0,
    expiry: 30 / 365,
    volatility: 0.25,
    rate: 0.04,
    dividendYield: 0.01,
  };

  it('strategyValue is Σ contracts × 100 × (BSM value − premium)', () => {
    const option = (type: 'call' | 'put', strike: number) =>
      optionPrice({
        type,
        spot: 101,
        strike,
        time: 30 / 365,
        rate: 0.04,
        dividendYield: 0.01,
        volatility: 0.25,
      });
    const expected =
      100 * (option('put', 90) - option('put', 95) - option('call', 105) + option('call', 110)) +
      150;
    expectClose(strategyValue(condor, 101, market), expected, 1e-13, { scale: 150 });
  });

  it('strategyValue at the expiry date equals profitAtExpiry', () => {
    for (const S of [80, 93.5, 100, 107, 130]) {
      expectClose(
        strategyValue(condor, S, { ...market, evaluationTime: 30 / 365 }),
        profitAtExpiry(condor, S),
        1e-15,
        { scale: 1000 },
      );
    }
  });

  it('strategyValue uses each leg’s own expiry and volatility (layered legs)', () => {
    const layered: Strategy = {
      legs: [
        { kind: 'put', strike: 95, quantity: -1, premium: 1, expiry: 15 / 365 },
        { kind: 'put', strike: 95, quantity: 1, premium: 2, expiry: 45 / 365, volatility: 0.3 },
      ],
    };
    const at = { evaluationTime: 15 / 365, volatility: 0.2, rate: 0.03 };
    const back = optionPrice({
      type: 'put',
      spot: 97,
      strike: 95,
      time: 30 / 365,
      rate: 0.03,
      volatility: 0.3,
    });
    expectClose(strategyValue(layered, 97, at), 100 * (0 - 1) * -1 + 100 * (back - 2), 1e-13, {
      scale: 100,
    });
  });

  it('strategyPnlCurve returns evenly spaced prices and matches strategyValue at every point', () => {
    const curve = strategyPnlCurve(condor, { from: 70, to: 130, points: 1001, market });
    expect(curve.prices).toHaveLength(1001);
    expect(curve.prices[0]).toBe(70);
    expect(curve.prices[1000]).toBe(130);
    expectClose(curve.prices[500]!, 100, 4 * EPS);
    for (let i = 0; i < 1001; i += 7) {
      expectClose(curve.pnl[i]!, strategyValue(condor, curve.prices[i]!, market), 1e-12, {
        scale: 500,
      });
    }
  });

  it('strategyPnlCurve(points < 2 or to ≤ from) throws a RangeError naming the field', () => {
    expect(() => strategyPnlCurve(condor, { from: 70, to: 130, points: 1, market })).toThrow(
      /^points /,
    );
    expect(() => strategyPnlCurve(condor, { from: 130, to: 70, points: 10, market })).toThrow(
      /^to /,
    );
    expect(() =>
      strategyPnlCurve(condor, {
        from: 70,
        to: 130,
        points: 10,
        market: { ...market, evaluationTime: -1 },
      }),
    ).toThrow(/^market\.evaluationTime /);
  });
});

describe('expectedMove', () => {
  it('expectedMove is S·σ·√T with a symmetric band', () => {
    const m = expectedMove({ spot: 5800, volatility: 0.16, time: 30 / 365 });
    expectClose(m.move, 5800 * 0.16 * Math.sqrt(30 / 365), 2 * EPS);
    expect(m.lower).toBe(5800 - m.move);
    expect(m.upper).toBe(5800 + m.move);
  });

  it('expectedMove with 2 deviations doubles the move and clamps the lower bound at 0', () => {
    const m = expectedMove({ spot: 100, volatility: 2, time: 1, deviations: 2 });
    expect(m.move).toBe(400);
    expect(m.lower).toBe(0);
  });

  it('expectedMove(negative volatility) throws a RangeError naming volatility', () => {
    expect(() => expectedMove({ spot: 100, volatility: -0.1, time: 1 })).toThrow(/^volatility /);
  });
});
