'use client';

import type { DriftConvention } from '../lib/probability-convention';
import { DRIFT_LEGEND, DRIFT_OPTIONS, parseDrift } from '../lib/probability-convention';
import { SegmentedField } from './choice-field';
import { NumberField, type NumberFieldProps } from './number-field';

/**
 * The inputs behind a calculator's probabilities (see probability-convention.ts): the
 * risk-free rate and the choice of drift, risk-neutral (at that rate) or none.
 */
export function RateAndDriftFields({
  rate,
  drift,
  onDriftChange,
}: {
  /** the rate field's value, handler and error, from the calculator's state */
  rate: Pick<NumberFieldProps, 'value' | 'onValueChange' | 'error'>;
  /** the drift field text, as in the URL */
  drift: string;
  onDriftChange: (drift: DriftConvention) => void;
}) {
  return (
    <>
      <NumberField
        {...rate}
        label="Risk-free rate"
        unit="%"
        slider={{ min: 0, max: 10, step: 0.05 }}
      />
      <SegmentedField
        legend={DRIFT_LEGEND}
        value={parseDrift(drift)}
        options={DRIFT_OPTIONS}
        onValueChange={onDriftChange}
        className="@sm:col-span-2"
      />
    </>
  );
}
