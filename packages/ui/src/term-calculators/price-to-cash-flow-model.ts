/** P/CF calculator: share price ÷ operating cash flow per share. */

import { priceToCashFlow } from '@vixshield/engine';
import { formatNumber } from '../lib/format';
import {
  type FieldErrors,
  type FormulaField,
  type FormulaOutcome,
  initialTexts,
  validateFields,
} from './formula-model';
import { amountText } from './formula-text';
import type { TermValidated } from './use-term-calculator';

export interface PriceToCashFlowSetup {
  /** Share price, default 150. */
  price?: number;
  /** Operating cash flow per share, default 10. */
  cashFlowPerShare?: number;
}

export type PriceToCashFlowField = 'price' | 'cashFlowPerShare';
export type PriceToCashFlowInputs = Record<PriceToCashFlowField, number>;

export const PRICE_TO_CASH_FLOW_FIELDS: readonly FormulaField<PriceToCashFlowField>[] = [
  {
    key: 'price',
    label: 'Share price',
    unit: '$',
    spec: { min: 0, minExclusive: true, max: 1_000_000 },
  },
  {
    key: 'cashFlowPerShare',
    label: 'Operating cash flow per share',
    unit: '$',
    hint: 'Cash from operations over the last twelve months ÷ shares.',
    spec: { min: -1_000_000, max: 1_000_000 },
  },
];

export function initialPriceToCashFlowTexts(
  setup: PriceToCashFlowSetup = {},
): Record<PriceToCashFlowField, string> {
  return initialTexts(PRICE_TO_CASH_FLOW_FIELDS, {
    price: setup.price ?? 150,
    cashFlowPerShare: setup.cashFlowPerShare ?? 10,
  });
}

export function validatePriceToCashFlow(
  texts: Record<PriceToCashFlowField, string>,
): TermValidated<PriceToCashFlowInputs, FieldErrors<PriceToCashFlowField>> {
  return validateFields(PRICE_TO_CASH_FLOW_FIELDS, texts, (values) =>
    values.cashFlowPerShare > 0
      ? {}
      : {
          cashFlowPerShare: 'P/CF is only meaningful when operating cash flow is positive.',
        },
  );
}

export interface PriceToCashFlowOutcome extends FormulaOutcome {
  ratio: number;
}

export function computePriceToCashFlow(inputs: PriceToCashFlowInputs): PriceToCashFlowOutcome {
  const ratio = priceToCashFlow(inputs);
  const result = formatNumber(ratio, 1);
  return {
    ratio,
    figures: [
      {
        label: 'P/CF ratio',
        value: result,
        note: 'Dollars paid per dollar of operating cash flow',
      },
    ],
    readout: `P/CF = ${amountText(inputs.price)} ÷ ${amountText(inputs.cashFlowPerShare)} = ${result}`,
  };
}
