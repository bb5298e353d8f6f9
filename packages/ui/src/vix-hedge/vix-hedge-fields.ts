/**
 * Fields of the VIX hedge calculator: initial texts and validation (no engine call).
 */

import { type NumberFieldSpec, parseFields } from '../lib/fields';
import { toFieldText } from '../lib/format';
import { type Edited, orderErrors } from '../lib/order-rule';
import type { Validated } from '../lib/use-calculator-state';

export interface VixHedgeSetup {
  /** Portfolio value in dollars, default 1,000,000. */
  portfolioValue?: number;
  /** Portfolio beta to SPX, default 1. */
  beta?: number;
  /** SPX move the hedge is sized for, decimal, default −0.2 (a 20 % fall). */
  spxShock?: number;
  /** Spot VIX, default 16. */
  vix?: number;
  /** VIX future for the options' expiration, default 17.5. */
  vixFuture?: number;
  /** Strike of the VIX call bought, default 20. */
  longStrike?: number;
  /** Strike of the VIX call sold, default 35. */
  shortStrike?: number;
  /** Calendar days to the VIX options' expiration, default 45. */
  days?: number;
  /** Share of the shock's loss to cover, decimal, default 0.5. */
  coverage?: number;
  /** Assumption: VIX points added per 1 % SPX fall, default 1. */
  vixSensitivity?: number;
  /** Assumption: points the VIX future moves per point of spot VIX, default 0.6. */
  futuresBeta?: number;
  /** Assumption: volatility of the VIX future for pricing the spread, decimal, default 0.9. */
  vixVolatility?: number;
}

export type VixHedgeField =
  | 'portfolioValue'
  | 'beta'
  | 'spxShock'
  | 'vix'
  | 'vixFuture'
  | 'longStrike'
  | 'shortStrike'
  | 'days'
  | 'coverage'
  | 'vixSensitivity'
  | 'futuresBeta'
  | 'vixVolatility';
export type VixHedgeTexts = Record<VixHedgeField, string>;

export interface VixHedgeInputs {
  portfolioValue: number;
  beta: number;
  spxShock: number;
  vix: number;
  vixFuture: number;
  longStrike: number;
  shortStrike: number;
  days: number;
  coverage: number;
  vixSensitivity: number;
  futuresBeta: number;
  vixVolatility: number;
}

export const VIX_HEDGE_SPECS: Record<VixHedgeField, NumberFieldSpec> = {
  portfolioValue: { min: 1000, max: 1e11 },
  beta: { min: 0, minExclusive: true, max: 5 },
  spxShock: { scale: 100, min: -90, max: -1, unit: '%' },
  vix: { min: 5, max: 200 },
  vixFuture: { min: 5, max: 200 },
  longStrike: { min: 1, max: 500 },
  shortStrike: { min: 1, max: 500 },
  days: { integer: true, min: 1, max: 365, unit: ' days' },
  coverage: { scale: 100, min: 1, max: 100, unit: '%' },
  vixSensitivity: { min: 0, max: 10 },
  futuresBeta: { min: 0, max: 2 },
  vixVolatility: { scale: 100, min: 10, max: 400, unit: '%' },
};

export function initialVixHedgeTexts(setup: VixHedgeSetup = {}): VixHedgeTexts {
  return {
    portfolioValue: toFieldText(setup.portfolioValue ?? 1_000_000),
    beta: toFieldText(setup.beta ?? 1),
    spxShock: toFieldText((setup.spxShock ?? -0.2) * 100),
    vix: toFieldText(setup.vix ?? 16),
    vixFuture: toFieldText(setup.vixFuture ?? 17.5),
    longStrike: toFieldText(setup.longStrike ?? 20),
    shortStrike: toFieldText(setup.shortStrike ?? 35),
    days: toFieldText(setup.days ?? 45),
    coverage: toFieldText((setup.coverage ?? 0.5) * 100),
    vixSensitivity: toFieldText(setup.vixSensitivity ?? 1),
    futuresBeta: toFieldText(setup.futuresBeta ?? 0.6),
    vixVolatility: toFieldText((setup.vixVolatility ?? 0.9) * 100),
  };
}

export function validateVixHedgeFields(
  texts: VixHedgeTexts,
  edited?: Edited,
): Validated<VixHedgeInputs, VixHedgeField> {
  const { values, errors } = parseFields(texts, VIX_HEDGE_SPECS);
  const order = orderErrors<VixHedgeField>(
    [
      { key: 'longStrike', label: 'long strike', value: values.longStrike },
      { key: 'shortStrike', label: 'short strike', value: values.shortStrike },
    ],
    { edited },
  );
  for (const [key, message] of Object.entries(order)) {
    if (!errors[key as VixHedgeField]) errors[key as VixHedgeField] = message;
  }
  if (Object.keys(errors).length > 0) return { inputs: null, errors };
  return { inputs: values as VixHedgeInputs, errors };
}
