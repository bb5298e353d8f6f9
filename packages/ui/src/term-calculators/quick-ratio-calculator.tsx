'use client';

import { useMemo } from 'react';
import { FormulaCalculator, type TermCalculatorCommonProps } from './formula-calculator';
import {
  computeQuickRatio,
  initialQuickRatioTexts,
  QUICK_RATIO_FIELDS,
  type QuickRatioSetup,
  validateQuickRatio,
} from './quick-ratio-model';

export interface QuickRatioCalculatorProps
  extends QuickRatioSetup,
    Omit<TermCalculatorCommonProps, keyof QuickRatioSetup> {}

/**
 * Whether liquid assets cover the bills due within a year, without selling inventory. Props are
 * the initial values; title defaults to "Quick ratio calculator".
 */
export function QuickRatioCalculator({
  cash,
  marketableSecurities,
  receivables,
  currentLiabilities,
  title = 'Quick ratio calculator',
  ...props
}: QuickRatioCalculatorProps) {
  const initial = useMemo(
    () => initialQuickRatioTexts({ cash, marketableSecurities, receivables, currentLiabilities }),
    [cash, marketableSecurities, receivables, currentLiabilities],
  );
  return (
    <FormulaCalculator
      title={title}
      description="Whether liquid assets cover the bills due within a year, without selling inventory."
      legend="Balance sheet"
      fields={QUICK_RATIO_FIELDS}
      initial={initial}
      validate={validateQuickRatio}
      compute={computeQuickRatio}
      footnote="Inventory and prepaid items are left out on purpose: they may not turn into cash quickly."
      {...props}
    />
  );
}
