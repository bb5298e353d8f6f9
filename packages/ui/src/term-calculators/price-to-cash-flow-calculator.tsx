'use client';

import { useMemo } from 'react';
import { FormulaCalculator, type TermCalculatorCommonProps } from './formula-calculator';
import {
  computePriceToCashFlow,
  initialPriceToCashFlowTexts,
  PRICE_TO_CASH_FLOW_FIELDS,
  type PriceToCashFlowSetup,
  validatePriceToCashFlow,
} from './price-to-cash-flow-model';

export interface PriceToCashFlowCalculatorProps
  extends PriceToCashFlowSetup,
    Omit<TermCalculatorCommonProps, keyof PriceToCashFlowSetup> {}

/**
 * How many dollars the market pays for one dollar of operating cash flow. Props are the initial
 * values; title defaults to "P/CF ratio calculator".
 */
export function PriceToCashFlowCalculator({
  price,
  cashFlowPerShare,
  title = 'P/CF ratio calculator',
  ...props
}: PriceToCashFlowCalculatorProps) {
  const initial = useMemo(
    () => initialPriceToCashFlowTexts({ price, cashFlowPerShare }),
    [price, cashFlowPerShare],
  );
  return (
    <FormulaCalculator
      title={title}
      description="How many dollars the market pays for one dollar of operating cash flow."
      legend="Inputs"
      fields={PRICE_TO_CASH_FLOW_FIELDS}
      initial={initial}
      validate={validatePriceToCashFlow}
      compute={computePriceToCashFlow}
      {...props}
    />
  );
}
