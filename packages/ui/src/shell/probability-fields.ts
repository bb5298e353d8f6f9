/**
 * The inputs behind a calculator's probabilities, declared once for every calculator that shows
 * one (see lib/probability-convention.ts): the risk-free rate and the choice of drift.
 */
import { DRIFT_LEGEND, DRIFT_OPTIONS } from '../lib/probability-convention';
import type { ChoiceFieldDecl, NumberFieldDecl } from './calculator-spec';
import { SLIDERS } from './price-slider';

export const RATE_FIELD = {
  key: 'rate',
  label: 'Risk-free rate',
  unit: '%',
  slider: SLIDERS.rate,
} as const satisfies NumberFieldDecl<'rate'>;

export const DRIFT_FIELD = {
  kind: 'segmented',
  key: 'drift',
  label: DRIFT_LEGEND,
  options: DRIFT_OPTIONS,
  wide: true,
} as const satisfies ChoiceFieldDecl<'drift'>;
