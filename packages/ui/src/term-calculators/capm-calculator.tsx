'use client';

import { useMemo } from 'react';
import {
  CAPM_FIELDS,
  type CapmSetup,
  computeCapm,
  initialCapmTexts,
  validateCapm,
} from './capm-model';
import { FormulaCalculator, type TermCalculatorCommonProps } from './formula-calculator';

export interface CapmCalculatorProps
  extends CapmSetup,
    Omit<TermCalculatorCommonProps, keyof CapmSetup> {}

/**
 * The return the CAPM says investors require for an asset's market risk. Props are the initial
 * values; title defaults to "CAPM expected return".
 */
export function CapmCalculator({
  riskFreeRate,
  beta,
  marketReturn,
  title = 'CAPM expected return',
  ...props
}: CapmCalculatorProps) {
  const initial = useMemo(
    () => initialCapmTexts({ riskFreeRate, beta, marketReturn }),
    [riskFreeRate, beta, marketReturn],
  );
  return (
    <FormulaCalculator
      title={title}
      description="The return the CAPM says investors require for an asset's market risk."
      legend="Inputs"
      fields={CAPM_FIELDS}
      initial={initial}
      validate={validateCapm}
      compute={computeCapm}
      footnote="Only beta (market) risk is priced; the inputs are estimates. For education, not a forecast."
      {...props}
    />
  );
}
