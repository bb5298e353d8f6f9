/**
 * Random valid inputs through every calculator model: nothing throws, and every sampled chart
 * value is finite (the screen never shows NaN or Infinity, and no chart is empty).
 */
import { describe, expect, it } from 'vitest';
import { computeBreakEven, validateBreakEven } from '../src/break-even/break-even-model';
import {
  computeExpectedMove,
  validateExpectedMove,
} from '../src/expected-move/expected-move-model';
import { computeIronCondor, validateIronCondor } from '../src/iron-condor/iron-condor-model';
import {
  computeLayered,
  initialLayeredTexts,
  validateLayered,
} from '../src/layered-condor/layered-condor-model';
import {
  computeOptionPricer,
  validateOptionPricer,
} from '../src/option-pricer/option-pricer-model';
import { initialParityTexts } from '../src/parity-arbitrage/parity-arbitrage-fields';
import { computeParity, validateParity } from '../src/parity-arbitrage/parity-arbitrage-model';
import { initialVixHedgeTexts } from '../src/vix-hedge/vix-hedge-fields';
import { computeVixHedge, validateVixHedge } from '../src/vix-hedge/vix-hedge-model';

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RUNS = 150;

function allFinite(...arrays: readonly (readonly number[])[]): boolean {
  return arrays.every((a) => a.length > 1 && a.every(Number.isFinite));
}

describe('models never produce non-finite chart values for valid inputs', () => {
  it('iron condor', () => {
    const r = rng(1);
    for (let i = 0; i < RUNS; i++) {
      const spot = 50 + r() * 8000;
      const days = 1 + Math.floor(r() * 700);
      const vol = 0.02 + r() * 2;
      const lp = spot * (0.5 + r() * 0.45);
      const sp = lp + spot * (0.001 + r() * 0.1);
      const sc = sp + spot * r() * 0.3;
      const lc = sc + spot * (0.001 + r() * 0.1);
      const { inputs, errors } = validateIronCondor({
        spot: String(spot),
        longPut: String(lp),
        shortPut: String(sp),
        shortCall: String(sc),
        longCall: String(lc),
        credit: '',
        creditMode: 'model',
        volatility: String(vol * 100),
        days: String(days),
        rate: String(r() * 8),
        contracts: String(1 + Math.floor(r() * 20)),
        drift: r() < 0.5 ? 'risk-neutral' : 'zero',
        elapsed: String(Math.floor(r() * days)),
      });
      expect(errors).toEqual({});
      const result = computeIronCondor(inputs!);
      expect(allFinite(result.chart.expiry, result.chart.beforeExpiry)).toBe(true);
      expect(Number.isFinite(result.maxProfit) && Number.isFinite(result.maxLoss)).toBe(true);
      expect(result.probabilityOfProfit).toBeGreaterThanOrEqual(0);
      expect(result.probabilityOfProfit).toBeLessThanOrEqual(1);
    }
  });

  it('expected move, break-even and pricer', () => {
    const r = rng(2);
    const strategies = ['call', 'put', 'call-spread', 'put-spread', 'iron-condor'] as const;
    for (let i = 0; i < RUNS; i++) {
      const spot = 10 + r() * 8000;
      const vol = String(1 + r() * 250);
      const days = String(0.5 + r() * 700);
      const em = validateExpectedMove({
        spot: String(spot),
        volatility: vol,
        days,
        rate: String(r() * 8),
        drift: r() < 0.5 ? 'risk-neutral' : 'zero',
      });
      expect(allFinite(computeExpectedMove(em.inputs!).chart.density)).toBe(true);

      const strategy = strategies[i % strategies.length]!;
      const k = [0.8, 0.9, 1.1, 1.2]
        .map((f) => spot * f * (0.95 + r() * 0.1))
        .sort((a, b) => a - b);
      const strikes =
        strategy === 'call' || strategy === 'put'
          ? [k[1]!]
          : strategy === 'iron-condor'
            ? k
            : [k[1]!, k[2]!];
      const width =
        strategy === 'iron-condor'
          ? Math.min(k[1]! - k[0]!, k[3]! - k[2]!)
          : strikes.length === 2
            ? strikes[1]! - strikes[0]!
            : strikes[0]! * 0.5;
      const be = validateBreakEven({
        strategy,
        side: r() < 0.5 ? 'debit' : 'credit',
        k1: String(strikes[0]),
        k2: String(strikes[1] ?? 1),
        k3: String(strikes[2] ?? 1),
        k4: String(strikes[3] ?? 1),
        premium: String(width * (0.01 + r() * 0.9)),
        spot: String(spot),
        volatility: vol,
        days,
        rate: String(r() * 8),
        drift: r() < 0.5 ? 'risk-neutral' : 'zero',
      });
      expect(be.errors).toEqual({});
      const beResult = computeBreakEven(be.inputs!);
      expect(allFinite(beResult.chart.expiry)).toBe(true);
      expect(beResult.breakevens.every((b) => Number.isFinite(b.sd))).toBe(true);
      const chances = [
        beResult.probabilityOfProfit,
        ...beResult.breakevens.map((b) => b.chanceBeyond),
      ];
      expect(chances.every((p) => p >= 0 && p <= 1)).toBe(true);

      const op = validateOptionPricer({
        type: r() < 0.5 ? 'call' : 'put',
        solve: 'price',
        spot: String(spot),
        strike: String(spot * (0.5 + r())),
        days,
        volatility: vol,
        price: '',
        rate: String(r() * 10),
        dividendYield: String(r() * 5),
      });
      const priced = computeOptionPricer(op.inputs!);
      expect(allFinite(priced.chart.expiry, priced.chart.today)).toBe(true);
      expect(Object.values(priced.greeks).every(Number.isFinite)).toBe(true);
    }
  });

  it('layered condors, VIX hedge and parity', () => {
    const r = rng(3);
    for (let i = 0; i < RUNS / 3; i++) {
      const spot = 100 + r() * 7000;
      const layered = validateLayered(
        initialLayeredTexts({ spot, volatility: 0.05 + r(), rate: r() * 0.08 }),
      );
      const lr = computeLayered(layered.inputs!);
      expect(allFinite(lr.chart.front, lr.chart.today)).toBe(true);

      const vh = validateVixHedge(
        initialVixHedgeTexts({
          portfolioValue: 1e4 + r() * 1e8,
          beta: 0.1 + r() * 2,
          spxShock: -(0.01 + r() * 0.6),
          vix: 9 + r() * 60,
          vixFuture: 9 + r() * 60,
          longStrike: 12 + r() * 20,
          shortStrike: 35 + r() * 40,
          days: 1 + Math.floor(r() * 180),
          coverage: 0.05 + r() * 0.95,
        }),
      );
      const hedge = computeVixHedge(vh.inputs!);
      expect(allFinite(hedge.chart.hedged, hedge.chart.unhedged)).toBe(true);
      expect(hedge.grid.cells.flat().every((c) => Number.isFinite(c.hedgedPnl))).toBe(true);

      const pcp = validateParity(
        initialParityTexts({ spot, strike: spot * (0.8 + r() * 0.4), days: 1 + r() * 400 }),
      );
      const parity = computeParity(pcp.inputs!);
      expect(allFinite(parity.chart.conversion, parity.chart.reversal)).toBe(true);
    }
  });
});
