/** P/E calculator: share price ÷ earnings per share. */

import { peRatio } from '@vixshield/engine';
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

export interface PeRatioSetup {
  /** Share price, default 150. */
  price?: number;
  /** Earnings per share (trailing or forward), default 6. */
  earningsPerShare?: number;
}

export type PeRatioField = 'price' | 'earningsPerShare';
export type PeRatioInputs = Record<PeRatioField, number>;

export const PE_RATIO_FIELDS: readonly FormulaField<PeRatioField>[] = [
  {
    key: 'price',
    label: 'Share price',
    unit: '$',
    spec: { min: 0, minExclusive: true, max: 1_000_000 },
  },
  {
    key: 'earningsPerShare',
    label: 'Earnings per share (EPS)',
    unit: '$',
    hint: 'Trailing twelve months, or a forward estimate.',
    spec: { min: -1_000_000, max: 1_000_000 },
  },
];

export function initialPeRatioTexts(setup: PeRatioSetup = {}): Record<PeRatioField, string> {
  return initialTexts(PE_RATIO_FIELDS, {
    price: setup.price ?? 150,
    earningsPerShare: setup.earningsPerShare ?? 6,
  });
}

export function validatePeRatio(
  texts: Record<PeRatioField, string>,
): TermValidated<PeRatioInputs, FieldErrors<PeRatioField>> {
  return validateFields(PE_RATIO_FIELDS, texts, (values) =>
    values.earningsPerShare > 0
      ? {}
      : {
          earningsPerShare:
            'P/E is only meaningful for positive earnings; for a loss, compare price with cash flow or sales.',
        },
  );
}

export interface PeRatioOutcome extends FormulaOutcome {
  ratio: number;
}

export function computePeRatio(inputs: PeRatioInputs): PeRatioOutcome {
  const ratio = peRatio(inputs);
  const result = formatNumber(ratio, 1);
  return {
    ratio,
    figures: [{ label: 'P/E ratio', value: result, note: 'Dollars paid per dollar of earnings' }],
    readout: `P/E = ${amountText(inputs.price)} ÷ ${amountText(inputs.earningsPerShare)} = ${result}`,
  };
}
