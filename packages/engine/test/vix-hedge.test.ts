import { describe, expect, it } from 'vitest';
import { black76Price } from '../src/black-scholes.ts';
import { sizeVixHedge, type VixHedgeInput, vixHedgeScenarios } from '../src/vix-hedge.ts';
import { expectClose } from './helpers/tolerance.ts';

const base: VixHedgeInput = {
  portfolioValue: 1_000_000,
  beta: 1.2,
  spxMove: -0.15,
  vixSpot: 16,
  vixFuture: 18,
  vixSensitivity: 1.2,
  futuresBeta: 0.6,
  longStrike: 20,
  shortStrike: 35,
  time: 60 / 365,
  volatility: 1.1,
  rate: 0.04,
  coverage: 0.5,
};

describe('sizeVixHedge', () => {
  it('follows the documented model step by step', () => {
    const r = sizeVixHedge(base);
    const loss = 1_000_000 * 1.2 * 0.15; // 180,000
    const vixAfter = 16 + 1.2 * 15; // 34
    const futureAfter = 18 + 0.6 * (34 - 16); // 28.8
    const payoff = (futureAfter - 20) * 100; // 880 per spread
    expect(r.unhedgedPnl).toBeCloseTo(-loss, 8);
    expectClose(r.vixAfter, vixAfter, 1e-15);
    expectClose(r.futureAfter, futureAfter, 1e-15);
    expectClose(r.payoffPerSpread, payoff, 1e-13);
    expect(r.contracts).toBe(Math.ceil((0.5 * loss) / payoff)); // 103
    const option = { forward: 18, time: 60 / 365, rate: 0.04, volatility: 1.1 };
    const spread =
      black76Price({ type: 'call', strike: 20, ...option }) -
      black76Price({ type: 'call', strike: 35, ...option });
    expectClose(r.spreadPrice, spread, 1e-15);
    expectClose(r.cost, r.contracts * spread * 100, 1e-15);
    expectClose(r.costPercent, (100 * r.cost) / 1_000_000, 1e-15);
    expectClose(r.hedgedPnl, -loss + r.contracts * payoff - r.cost, 1e-12);
    expect(r.coverageAchieved).toBeGreaterThanOrEqual(0.5);
  });

  it('uses vixTarget when given and caps the spread payoff at its width', () => {
    const r = sizeVixHedge({ ...base, vixTarget: 60 });
    expect(r.vixAfter).toBe(60);
    expectClose(r.payoffPerSpread, 1500, 1e-15); // future 18 + 0.6·44 = 44.4 > 35: full width
  });

  it('buys nothing when the shock is a gain or the spread pays nothing', () => {
    expect(sizeVixHedge({ ...base, spxMove: 0.05 }).contracts).toBe(0);
    const far = sizeVixHedge({ ...base, longStrike: 60, shortStrike: 70 });
    expect(far.contracts).toBe(0);
    expect(far.coverageAchieved).toBe(0);
    expect(Number.isFinite(far.hedgedPnl)).toBe(true);
  });

  it('sizeVixHedge(strikes out of order or NaN input) throws a RangeError naming the field', () => {
    expect(() => sizeVixHedge({ ...base, shortStrike: 20 })).toThrow(/^shortStrike /);
    expect(() => sizeVixHedge({ ...base, portfolioValue: Number.NaN })).toThrow(/^portfolioValue /);
    expect(() => sizeVixHedge({ ...base, futuresBeta: -1 })).toThrow(/^futuresBeta /);
  });
});

describe('vixHedgeScenarios', () => {
  it('keeps the sized contracts and re-evaluates each SPX move × VIX level cell', () => {
    const sized = sizeVixHedge(base);
    const grid = vixHedgeScenarios(base, {
      spxMoves: [-0.2, -0.1, 0, 0.05],
      vixLevels: [15, 25, 40],
    });
    expect(grid.contracts).toBe(sized.contracts);
    expect(grid.cells).toHaveLength(4);
    expect(grid.cells[0]).toHaveLength(3);
    const cell = grid.cells[1]![2]!; // −10 %, VIX 40
    const future = 18 + 0.6 * (40 - 16);
    expectClose(cell.futureLevel, future, 1e-15);
    expectClose(
      cell.hedgePayoff,
      sized.contracts * 100 * Math.min(Math.max(future - 20, 0), 15),
      1e-13,
    );
    expectClose(cell.unhedgedPnl, -0.1 * 1.2 * 1_000_000, 1e-13);
    expectClose(cell.hedgedPnl, cell.unhedgedPnl + cell.hedgePayoff - sized.cost, 1e-12);
    // a calm market: the spreads expire worthless and the hedge costs its premium
    expectClose(grid.cells[2]![0]!.hedgedPnl, -sized.cost, 1e-15);
  });

  it('vixHedgeScenarios(non-finite grid value) throws a RangeError naming it', () => {
    expect(() => vixHedgeScenarios(base, { spxMoves: [Number.NaN], vixLevels: [20] })).toThrow(
      /^spxMoves\[0\] /,
    );
  });
});
