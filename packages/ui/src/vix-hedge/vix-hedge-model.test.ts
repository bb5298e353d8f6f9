import { sizeVixHedge } from '@vixshield/engine';
import { describe, expect, it } from 'vitest';
import { initialVixHedgeTexts, type VixHedgeTexts } from './vix-hedge-fields';
import { computeVixHedge, engineInput, validateVixHedge, vixAfterMove } from './vix-hedge-model';

function inputsOf(texts: VixHedgeTexts) {
  const { inputs, errors } = validateVixHedge(texts);
  expect(errors).toEqual({});
  if (!inputs) throw new Error('invalid');
  return inputs;
}

const article = initialVixHedgeTexts({
  portfolioValue: 1_000_000,
  beta: 1,
  spxShock: -0.2,
  vix: 16,
  vixFuture: 17.5,
  longStrike: 20,
  shortStrike: 35,
  days: 45,
  coverage: 0.5,
});

describe('computeVixHedge', () => {
  const inputs = inputsOf(article);
  const result = computeVixHedge(inputs);

  it('passes the inputs to the engine’s sizer in its units', () => {
    expect(engineInput(inputs)).toMatchObject({
      spxMove: -0.2,
      vixSpot: 16,
      vixFuture: 17.5,
      time: 45 / 365,
      coverage: 0.5,
      vixSensitivity: 1,
      futuresBeta: 0.6,
      volatility: 0.9,
    });
    expect(result.sized).toEqual(sizeVixHedge(engineInput(inputs)));
  });

  it('sizes the article’s example: 36 VIX, future 29.5, 106 spreads for half of $200,000', () => {
    expect(result.sized.unhedgedPnl).toBeCloseTo(-200_000, 6);
    expect(result.sized.vixAfter).toBeCloseTo(36, 9);
    expect(result.sized.futureAfter).toBeCloseTo(29.5, 9);
    expect(result.sized.payoffPerSpread).toBeCloseTo(950, 6);
    expect(result.sized.contracts).toBe(106);
    expect(result.sized.coverageAchieved).toBeGreaterThanOrEqual(0.5);
  });

  it('builds the scenario grid around the sizing shock and the shocked VIX', () => {
    expect(result.grid.spxMoves).toEqual([-0.3, -0.2, -0.1, -0.05, 0]);
    expect(result.grid.vixLevels).toEqual([16, 20, 30, 36, 40, 50]);
    const cell = result.grid.cells[1]![3]!;
    expect(cell.spxMove).toBe(-0.2);
    expect(cell.vixLevel).toBe(36);
    expect(cell.hedgedPnl).toBeCloseTo(result.sized.hedgedPnl, 6);
  });

  it('charts hedged and unhedged P&L by SPX move with the VIX following the sensitivity', () => {
    const { xs, hedged, unhedged } = result.chart;
    expect(xs[0]).toBeCloseTo(-0.4, 12);
    expect(xs[xs.length - 1]).toBeCloseTo(0.1, 12);
    expect([...hedged, ...unhedged].every(Number.isFinite)).toBe(true);
    const at = xs.findIndex((x) => Math.abs(x + 0.2) < 1e-9);
    expect(hedged[at]).toBeCloseTo(result.sized.hedgedPnl, 6);
    expect(vixAfterMove(inputs, 0.1)).toBeCloseTo(6, 9);
    expect(result.spxSdMove).toBeCloseTo(0.16 * Math.sqrt(45 / 365), 12);
  });
});

describe('validateVixHedge', () => {
  it('wants the short strike above the long strike and a fall as the shock', () => {
    const { inputs, errors } = validateVixHedge({ ...article, shortStrike: '20', spxShock: '5' });
    expect(inputs).toBeNull();
    expect(errors.shortStrike).toBe('The short strike must be above the long strike, 20.');
    expect(errors.spxShock).toBe('Enter a value from -90% up to -1%.');
  });
});
