/**
 * Expected-move calculator: one- and two-standard-deviation ranges from implied volatility,
 * per day, per week and to expiration, with the model's distribution of the price at
 * expiration for the chart.
 */
import {
  type DriftConvention,
  expectedMove,
  type PriceDistribution,
  priceDensity,
  probabilityBetween,
} from '@vixshield/engine';
import { choosePriceDomain, linspace } from '../chart/chart-math';
import { type NumberFieldSpec, parseFields } from '../lib/fields';
import { toFieldText } from '../lib/format';
import { DEFAULT_RATE, parseDrift } from '../lib/probability-convention';
import { CURVE_POINTS, yearsFromDays } from '../lib/strategy-math';
import type { Validated } from '../lib/use-calculator-state';

export interface ExpectedMoveSetup {
  /** Underlying price, default 6000. */
  spot?: number;
  /** Implied volatility, annualised decimal, default 0.16. */
  volatility?: number;
  /** Calendar days to expiration, default 45. */
  days?: number;
  /** Risk-free rate, continuously compounded decimal, default 0.04 (drift of the probabilities). */
  rate?: number;
  /** Drift of the probabilities, default the site's convention (risk-neutral). */
  drift?: DriftConvention;
}

export type ExpectedMoveField = 'spot' | 'volatility' | 'days' | 'rate';
export type ExpectedMoveTexts = Record<ExpectedMoveField | 'drift', string>;

export interface ExpectedMoveInputs {
  spot: number;
  volatility: number;
  days: number;
  rate: number;
  /** Default the site's convention. */
  drift?: DriftConvention;
}

export const EXPECTED_MOVE_SPECS: Record<ExpectedMoveField, NumberFieldSpec> = {
  spot: { min: 0, minExclusive: true, max: 1_000_000 },
  volatility: { scale: 100, min: 1, max: 300, unit: '%' },
  days: { min: 0, minExclusive: true, max: 1095, unit: ' days' },
  rate: { scale: 100, min: -5, max: 25, unit: '%' },
};

export function initialExpectedMoveTexts(setup: ExpectedMoveSetup = {}): ExpectedMoveTexts {
  return {
    spot: toFieldText(setup.spot ?? 6000),
    volatility: toFieldText((setup.volatility ?? 0.16) * 100),
    days: toFieldText(setup.days ?? 45),
    rate: toFieldText((setup.rate ?? DEFAULT_RATE) * 100),
    drift: parseDrift(setup.drift),
  };
}

export function validateExpectedMove(
  texts: ExpectedMoveTexts,
): Validated<ExpectedMoveInputs, ExpectedMoveField> {
  const { spot, volatility, days, rate } = texts;
  const { values, errors } = parseFields({ spot, volatility, days, rate }, EXPECTED_MOVE_SPECS);
  if (Object.keys(errors).length > 0) return { inputs: null, errors };
  const numbers = values as Record<ExpectedMoveField, number>;
  return { inputs: { ...numbers, drift: parseDrift(texts.drift) }, errors };
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
  /** Model (lognormal, drift of `inputs.drift`) probability of ending inside the 1-SD and 2-SD ranges. */
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

/** The lognormal law of the price `days` from now under the inputs' drift convention. */
export function priceLaw(inputs: ExpectedMoveInputs, days: number): PriceDistribution {
  const { spot, volatility, rate } = inputs;
  return { spot, volatility, time: yearsFromDays(days), rate, drift: parseDrift(inputs.drift) };
}

function row(label: string, days: number, inputs: ExpectedMoveInputs): MoveRow {
  const time = yearsFromDays(days);
  const law = priceLaw(inputs, days);
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
    insideOneSd: probabilityBetween(law, oneSd.lower, oneSd.upper),
    insideTwoSd: probabilityBetween(law, twoSd.lower, twoSd.upper),
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
  const law = priceLaw(inputs, inputs.days);
  const bucket = inputs.spot * 0.01;
  const density = xs.map((x) => priceDensity(law, x) * bucket);
  return {
    inputs,
    rows,
    tradingDayMove: (inputs.spot * inputs.volatility) / Math.sqrt(252),
    chart: { xs, density },
  };
}
