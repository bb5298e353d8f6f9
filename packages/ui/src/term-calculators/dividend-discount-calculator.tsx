'use client';

import { useMemo } from 'react';
import {
  computeDividendDiscount,
  DIVIDEND_DISCOUNT_FIELDS,
  type DividendDiscountSetup,
  initialDividendDiscountTexts,
  validateDividendDiscount,
} from './dividend-discount-model';
import { FormulaCalculator, type TermCalculatorCommonProps } from './formula-calculator';

export interface DividendDiscountCalculatorProps
  extends DividendDiscountSetup,
    Omit<TermCalculatorCommonProps, keyof DividendDiscountSetup> {}

/**
 * A share's value as next year's dividend growing forever, discounted at the required return.
 * Props are the initial values; title defaults to "Dividend discount (Gordon growth) value".
 */
export function DividendDiscountCalculator({
  nextDividend,
  requiredReturn,
  growthRate,
  title = 'Dividend discount (Gordon growth) value',
  ...props
}: DividendDiscountCalculatorProps) {
  const initial = useMemo(
    () => initialDividendDiscountTexts({ nextDividend, requiredReturn, growthRate }),
    [nextDividend, requiredReturn, growthRate],
  );
  return (
    <FormulaCalculator
      title={title}
      description="A share's value as next year's dividend growing forever, discounted at the required return."
      legend="Inputs"
      fields={DIVIDEND_DISCOUNT_FIELDS}
      initial={initial}
      validate={validateDividendDiscount}
      compute={computeDividendDiscount}
      footnote="Assumes constant growth forever; the answer is very sensitive to the gap between r and g."
      {...props}
    />
  );
}
