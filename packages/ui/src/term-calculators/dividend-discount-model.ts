/** Dividend discount (Gordon growth) calculator: P₀ = D₁ ÷ (r − g). */

import { gordonGrowthValue } from '@vixshield/engine';
import { formatNumber, MINUS } from '../lib/format';
import {
  type FieldErrors,
  type FormulaField,
  type FormulaOutcome,
  initialTexts,
  validateFields,
} from './formula-model';
import { amountOperand, percentOperand } from './formula-text';
import type { TermValidated } from './use-term-calculator';

export interface DividendDiscountSetup {
  /** Dividend expected over the next year (D₁), default 2.08. */
  nextDividend?: number;
  /** Required return on equity, decimal, default 0.09. */
  requiredReturn?: number;
  /** Constant long-run dividend growth, decimal, default 0.04. */
  growthRate?: number;
}

export type DividendDiscountField = 'nextDividend' | 'requiredReturn' | 'growthRate';
export type DividendDiscountInputs = Record<DividendDiscountField, number>;

export const DIVIDEND_DISCOUNT_FIELDS: readonly FormulaField<DividendDiscountField>[] = [
  {
    key: 'nextDividend',
    label: 'Next year’s dividend (D₁)',
    unit: '$',
    hint: 'Last dividend × (1 + growth).',
    spec: { min: 0, minExclusive: true, max: 1_000_000 },
  },
  {
    key: 'requiredReturn',
    label: 'Required return (r)',
    unit: '%',
    spec: { scale: 100, min: -50, max: 100, unit: '%' },
  },
  {
    key: 'growthRate',
    label: 'Dividend growth (g)',
    unit: '%',
    hint: 'Constant, forever; it must stay below r.',
    spec: { scale: 100, min: -50, max: 100, unit: '%' },
  },
];

export function initialDividendDiscountTexts(
  setup: DividendDiscountSetup = {},
): Record<DividendDiscountField, string> {
  return initialTexts(DIVIDEND_DISCOUNT_FIELDS, {
    nextDividend: setup.nextDividend ?? 2.08,
    requiredReturn: setup.requiredReturn ?? 0.09,
    growthRate: setup.growthRate ?? 0.04,
  });
}

export function validateDividendDiscount(
  texts: Record<DividendDiscountField, string>,
): TermValidated<DividendDiscountInputs, FieldErrors<DividendDiscountField>> {
  return validateFields(DIVIDEND_DISCOUNT_FIELDS, texts, (values) =>
    values.growthRate < values.requiredReturn
      ? {}
      : {
          growthRate:
            'Growth must be below the required return: at or above it the model has no finite value.',
        },
  );
}

export interface DividendDiscountOutcome extends FormulaOutcome {
  value: number;
}

export function computeDividendDiscount(inputs: DividendDiscountInputs): DividendDiscountOutcome {
  const value = gordonGrowthValue(inputs);
  const { nextDividend, requiredReturn, growthRate } = inputs;
  const result = formatNumber(value, 2);
  const spread = `(${percentOperand(requiredReturn)} ${MINUS} ${percentOperand(growthRate)})`;
  return {
    value,
    figures: [{ label: 'Value per share (P₀)', value: result }],
    readout: `P₀ = ${amountOperand(nextDividend, 4)} ÷ ${spread} = ${result}`,
  };
}
