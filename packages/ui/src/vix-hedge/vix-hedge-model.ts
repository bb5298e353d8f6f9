/**
 * VIX hedge calculator: the engine's sizer (sizeVixHedge) for the reader's inputs, the hedged
 * and unhedged P&L across SPX moves (each move mapped to a VIX level with the same stated
 * sensitivity) and the engine's scenario grid (SPX move × VIX level).
 */
import {
  sizeVixHedge,
  type VixHedgeInput,
  type VixHedgeResult,
  type VixHedgeScenario,
  vixHedgeScenarios,
} from '@vixshield/engine';
import { linspace, zeroCrossings } from '../chart/chart-math';
import { yearsFromDays } from '../lib/strategy-math';
import type { VixHedgeInputs } from './vix-hedge-fields';

export { validateVixHedgeFields as validateVixHedge } from './vix-hedge-fields';

/** Points on the hedge chart (each is one scenario evaluation). */
const HEDGE_CURVE_POINTS = 201;

export function engineInput(inputs: VixHedgeInputs): VixHedgeInput {
  return {
    portfolioValue: inputs.portfolioValue,
    beta: inputs.beta,
    spxMove: inputs.spxShock,
    vixSpot: inputs.vix,
    vixFuture: inputs.vixFuture,
    vixSensitivity: inputs.vixSensitivity,
    futuresBeta: inputs.futuresBeta,
    longStrike: inputs.longStrike,
    shortStrike: inputs.shortStrike,
    time: yearsFromDays(inputs.days),
    volatility: inputs.vixVolatility,
    coverage: inputs.coverage,
  };
}

/** The VIX level the stated sensitivity assigns to an SPX move (floored at 0). */
export function vixAfterMove(inputs: VixHedgeInputs, spxMove: number): number {
  return Math.max(inputs.vix - 100 * spxMove * inputs.vixSensitivity, 0);
}

export interface VixHedgeCalcResult {
  inputs: VixHedgeInputs;
  sized: VixHedgeResult;
  /** One standard deviation of the SPX move to expiration, using the VIX as its volatility. */
  spxSdMove: number;
  grid: { spxMoves: number[]; vixLevels: number[]; cells: VixHedgeScenario[][] };
  chart: { xs: number[]; unhedged: number[]; hedged: number[]; breakevens: number[] };
}

function gridMoves(shock: number): number[] {
  const base = [-0.3, -0.2, -0.1, -0.05, 0];
  const moves = base.some((m) => Math.abs(m - shock) < 1e-9) ? base : [...base, shock];
  return moves.sort((a, b) => a - b);
}

function gridLevels(vix: number, vixAfter: number): number[] {
  const levels = new Set<number>([Math.round(vix * 10) / 10, 20, 30, 40, 50]);
  levels.add(Math.round(vixAfter));
  return [...levels].filter((v) => v > 0).sort((a, b) => a - b);
}

export function computeVixHedge(inputs: VixHedgeInputs): VixHedgeCalcResult {
  const input = engineInput(inputs);
  const sized = sizeVixHedge(input);
  const spxMoves = gridMoves(inputs.spxShock);
  const vixLevels = gridLevels(inputs.vix, sized.vixAfter);
  const { cells } = vixHedgeScenarios(input, { spxMoves, vixLevels });

  const from = Math.min(-0.4, inputs.spxShock * 1.5);
  const to = 0.1;
  const xs = linspace(from, to, HEDGE_CURVE_POINTS);
  const unhedged: number[] = [];
  const hedged: number[] = [];
  for (const move of xs) {
    const cell = vixHedgeScenarios(input, {
      spxMoves: [move],
      vixLevels: [vixAfterMove(inputs, move)],
    }).cells[0]?.[0];
    unhedged.push(cell?.unhedgedPnl ?? Number.NaN);
    hedged.push(cell?.hedgedPnl ?? Number.NaN);
  }
  return {
    inputs,
    sized,
    spxSdMove: (inputs.vix / 100) * Math.sqrt(yearsFromDays(inputs.days)),
    grid: { spxMoves, vixLevels, cells },
    chart: { xs, unhedged, hedged, breakevens: zeroCrossings(xs, hedged) },
  };
}
