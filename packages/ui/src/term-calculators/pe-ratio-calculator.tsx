'use client';

import { useMemo } from 'react';
import { FormulaCalculator, type TermCalculatorCommonProps } from './formula-calculator';
import {
  computePeRatio,
  initialPeRatioTexts,
  PE_RATIO_FIELDS,
  type PeRatioSetup,
  validatePeRatio,
} from './pe-ratio-model';

export interface PeRatioCalculatorProps
  extends PeRatioSetup,
    Omit<TermCalculatorCommonProps, keyof PeRatioSetup> {}

/**
 * How many dollars the market pays for one dollar of earnings. Props are the initial values; title
 * defaults to "P/E ratio calculator".
 */
export function PeRatioCalculator({
  price,
  earningsPerShare,
  title = 'P/E ratio calculator',
  ...props
}: PeRatioCalculatorProps) {
  const initial = useMemo(
    () => initialPeRatioTexts({ price, earningsPerShare }),
    [price, earningsPerShare],
  );
  return (
    <FormulaCalculator
      title={title}
      description="How many dollars the market pays for one dollar of earnings."
      legend="Inputs"
      fields={PE_RATIO_FIELDS}
      initial={initial}
      validate={validatePeRatio}
      compute={computePeRatio}
      {...props}
    />
  );
}
