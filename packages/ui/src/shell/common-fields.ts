/**
 * Field declarations that several calculators share, so each is described once: the price
 * slider around the initial price and the usual market fields.
 */
import { roundTo, strikeStep } from '../lib/fields';
import { DRIFT_LEGEND, DRIFT_OPTIONS } from '../lib/probability-convention';
import type { ChoiceFieldDecl, NumberFieldDecl } from './calculator-spec';

type Slider = { min: number; max: number; step: number };

/**
 * The slider range of a price or strike field: ±30 % around the calculator's initial price, on
 * the usual strike increment. It stays fixed around the initial price (not the current one) so
 * the thumb does not jump while the reader drags it.
 */
export function priceSlider(initialSpotText: string): Slider {
  const spot = Number(initialSpotText) || 6000;
  const step = strikeStep(spot);
  return { min: roundTo(spot * 0.7, step), max: roundTo(spot * 1.3, step), step };
}

export function spotField(slider: Slider): NumberFieldDecl<'spot'> {
  return { key: 'spot', label: 'Underlying price', slider };
}

export const VOLATILITY_FIELD: NumberFieldDecl<'volatility'> = {
  key: 'volatility',
  label: 'Implied volatility',
  unit: '%',
  slider: { min: 5, max: 80, step: 0.5 },
};

export const DAYS_FIELD: NumberFieldDecl<'days'> = {
  key: 'days',
  label: 'Days to expiration',
  unit: 'days',
  slider: { min: 1, max: 365, step: 1 },
};

export const RATE_FIELD: NumberFieldDecl<'rate'> = {
  key: 'rate',
  label: 'Risk-free rate',
  unit: '%',
  slider: { min: 0, max: 10, step: 0.05 },
};

/** The drift behind a calculator's probabilities (see lib/probability-convention.ts). */
export const DRIFT_FIELD = {
  kind: 'segmented',
  key: 'drift',
  label: DRIFT_LEGEND,
  options: DRIFT_OPTIONS,
  wide: true,
} as const satisfies ChoiceFieldDecl<'drift'>;
