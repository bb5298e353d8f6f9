'use client';

import { useMemo } from 'react';
import { FormulaCalculator, type TermCalculatorCommonProps } from './formula-calculator';
import {
  computeWacc,
  initialWaccTexts,
  validateWacc,
  WACC_FIELDS,
  type WaccSetup,
} from './wacc-model';

export interface WaccCalculatorProps
  extends WaccSetup,
    Omit<TermCalculatorCommonProps, keyof WaccSetup> {}

/**
 * The after-tax return a firm must earn for its lenders and shareholders together. Props are the
 * initial values; title defaults to "WACC calculator".
 */
export function WaccCalculator({
  equityValue,
  debtValue,
  costOfEquity,
  costOfDebt,
  taxRate,
  title = 'WACC calculator',
  ...props
}: WaccCalculatorProps) {
  const initial = useMemo(
    () => initialWaccTexts({ equityValue, debtValue, costOfEquity, costOfDebt, taxRate }),
    [equityValue, debtValue, costOfEquity, costOfDebt, taxRate],
  );
  return (
    <FormulaCalculator
      title={title}
      description="The after-tax return a firm must earn for its lenders and shareholders together."
      legend="Capital structure and costs"
      fields={WACC_FIELDS}
      initial={initial}
      validate={validateWacc}
      compute={computeWacc}
      footnote="Weights use market values; interest is tax-deductible, hence the (1 − t) on debt."
      {...props}
    />
  );
}
