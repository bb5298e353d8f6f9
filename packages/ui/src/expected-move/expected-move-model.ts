/**
 * Expected-move calculator: one- and two-standard-deviation ranges from implied volatility,
 * per day, per week and to expiration, with the model's distribution of the price at
 * expiration for the chart.
 */
import { expectedMove, normalCdf, normalPdf } from '@vixshield/engine';
import { choosePriceDomain, linspace } from '../chart/chart-math';
import { type NumberFieldSpec, parseFields } from '../lib/fields';
import { toFieldText } from '../lib/format';
import { CURVE_POINTS, yearsFromDays } from '../lib/strategy-math';
import type { Validated } from '../lib/use-calculator-state';

export interface ExpectedMoveSetup {
  /** Underlying price, default 6000. */
  spot?: number;
  /** Implied volatility, annualised decimal, default 0.16. */
  volatility?: number;
  /** Calendar days to expiration, default 45. */
  days?: number;
}

export type ExpectedMoveField = 'spot' | 'volatility' | 'days';
export type ExpectedMoveTexts = Record<ExpectedMoveField, string>;

export interface ExpectedMoveInputs {
  spot: number;
  volatility: number;
  days: number;
}

export const EXPECTED_MOVE_SPECS: Record<ExpectedMoveField, NumberFieldSpec> = {
  spot: { min: 0, minExclusive: true, max: 1_000_000 },
  volatility: { scale: 100, min: 1, max: 300, unit: '%' },
  days: { min: 0, minExclusive: true, max: 1095, unit: ' days' },
};

export function initialExpectedMoveTexts(setup: ExpectedMoveSetup = {}): ExpectedMoveTexts {
  return {
    spot: toFieldText(setup.spot ?? 6000),
    volatility: toFieldText((setup.volatility ?? 0.16) * 100),
    days: toFieldText(setup.days ?? 45),
  };
}

export function validateExpectedMove(
  texts: ExpectedMoveTexts,
): Validated<ExpectedMoveInputs, ExpectedMoveField> {
  const { values, errors } = parseFields(texts, EXPECTED_MOVE_SPECS);
  if (Object.keys(errors).length > 0) return { inputs: null, errors };
  return { inputs: values as ExpectedMoveInputs, errors };
}

export interface MoveRow {
  /** "1 day", "1 week", "To expiration (45 days)". */
  label: string;
  days: number;
  /** One standard deviation in points: S·σ·√T. */
  move: number;
  /** move / spot. */
  movePercent: number;
  oneSd: { lower: number; upper: number };
  twoSd: { lower: number; upper: number };
  /** Model (lognormal, zero drift) probability of ending inside the 1-SD and 2-SD ranges. */
  insideOneSd: number;
  insideTwoSd: number;
}

export interface ExpectedMoveResult {
  inputs: ExpectedMoveInputs;
  rows: MoveRow[];
  /** One trading day's move by the "rule of 16" convention, σ/√252, for comparison. */
  tradingDayMove: number;
  chart: {
    xs: number[];
    /** Probability of ending within a bucket 1 % of spot wide around each price. */
    density: number[];
  };
}

/**
 * Probability that a lognormal price with zero drift (the forward equals spot) ends between
 * `lower` and `upper`: N(d(upper)) − N(d(lower)) with d(x) = (ln(x/S) + σ²T/2)/(σ√T).
 */
export function probabilityBetween(
  spot: number,
  volatility: number,
  time: number,
  lower: number,
  upper: number,
): number {
  const sd = volatility * Math.sqrt(time);
  const z = (x: number) =>
    x <= 0 ? Number.NEGATIVE_INFINITY : (Math.log(x / spot) + (sd * sd) / 2) / sd;
  const lo = z(lower);
  const hi = z(upper);
  const cdf = (d: number) => (d === Number.NEGATIVE_INFINITY ? 0 : normalCdf(d));
  // Both ends in the upper tail: subtract survival functions to avoid cancellation.
  if (lo > 0) return normalCdf(-lo) - normalCdf(-hi);
  return cdf(hi) - cdf(lo);
}

/** Density of the lognormal price at expiration (zero drift) at `x`, per point. */
export function priceDensity(spot: number, volatility: number, time: number, x: number): number {
  if (!(x > 0)) return 0;
  const sd = volatility * Math.sqrt(time);
  const z = (Math.log(x / spot) + (sd * sd) / 2) / sd;
  return normalPdf(z) / (x * sd);
}

function row(label: string, days: number, inputs: ExpectedMoveInputs): MoveRow {
  const time = yearsFromDays(days);
  const { move } = expectedMove({ spot: inputs.spot, volatility: inputs.volatility, time });
  const oneSd = { lower: Math.max(0, inputs.spot - move), upper: inputs.spot + move };
  const twoSd = { lower: Math.max(0, inputs.spot - 2 * move), upper: inputs.spot + 2 * move };
  return {
    label,
    days,
    move,
    movePercent: move / inputs.spot,
    oneSd,
    twoSd,
    insideOneSd: probabilityBetween(inputs.spot, inputs.volatility, time, oneSd.lower, oneSd.upper),
    insideTwoSd: probabilityBetween(inputs.spot, inputs.volatility, time, twoSd.lower, twoSd.upper),
  };
}

export function computeExpectedMove(inputs: ExpectedMoveInputs): ExpectedMoveResult {
  const dayWord = inputs.days === 1 ? 'day' : 'days';
  const rows = [
    row('1 day', 1, inputs),
    row('1 week', 7, inputs),
    row(`To expiration (${toFieldText(inputs.days, 2)} ${dayWord})`, inputs.days, inputs),
  ];
  const last = rows[2]!;
  const [from, to] = choosePriceDomain({
    spot: inputs.spot,
    sdMove: last.move,
    sdMultiple: 3,
    padding: 0.02,
  });
  const xs = linspace(from, to, CURVE_POINTS);
  const time = yearsFromDays(inputs.days);
  const bucket = inputs.spot * 0.01;
  const density = xs.map((x) => priceDensity(inputs.spot, inputs.volatility, time, x) * bucket);
  return {
    inputs,
    rows,
    tradingDayMove: (inputs.spot * inputs.volatility) / Math.sqrt(252),
    chart: { xs, density },
  };
}
