/** Quick (acid-test) ratio calculator: (cash + marketable securities + receivables) ÷ current liabilities. */

import { quickRatio } from '@vixshield/engine';
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

export interface QuickRatioSetup {
  /** Cash, default 50 (millions in the glossary example). */
  cash?: number;
  /** Marketable securities, default 30. */
  marketableSecurities?: number;
  /** Accounts receivable, default 70. */
  receivables?: number;
  /** Current liabilities, default 125. */
  currentLiabilities?: number;
}

export type QuickRatioField =
  | 'cash'
  | 'marketableSecurities'
  | 'receivables'
  | 'currentLiabilities';
export type QuickRatioInputs = Record<QuickRatioField, number>;

const AMOUNT = { min: 0, max: 1e12 };

export const QUICK_RATIO_FIELDS: readonly FormulaField<QuickRatioField>[] = [
  { key: 'cash', label: 'Cash', spec: AMOUNT },
  { key: 'marketableSecurities', label: 'Marketable securities', spec: AMOUNT },
  { key: 'receivables', label: 'Accounts receivable', spec: AMOUNT },
  {
    key: 'currentLiabilities',
    label: 'Current liabilities',
    hint: 'Same unit as the assets (e.g. $ millions).',
    spec: { min: 0, minExclusive: true, max: 1e12 },
  },
];

export function initialQuickRatioTexts(
  setup: QuickRatioSetup = {},
): Record<QuickRatioField, string> {
  return initialTexts(QUICK_RATIO_FIELDS, {
    cash: setup.cash ?? 50,
    marketableSecurities: setup.marketableSecurities ?? 30,
    receivables: setup.receivables ?? 70,
    currentLiabilities: setup.currentLiabilities ?? 125,
  });
}

export function validateQuickRatio(
  texts: Record<QuickRatioField, string>,
): TermValidated<QuickRatioInputs, FieldErrors<QuickRatioField>> {
  return validateFields(QUICK_RATIO_FIELDS, texts);
}

export interface QuickRatioOutcome extends FormulaOutcome {
  ratio: number;
}

export function computeQuickRatio(inputs: QuickRatioInputs): QuickRatioOutcome {
  const ratio = quickRatio(inputs);
  const { cash, marketableSecurities, receivables, currentLiabilities } = inputs;
  const result = formatNumber(ratio, 2);
  const covered = ratio >= 1;
  return {
    ratio,
    figures: [
      {
        label: 'Quick ratio',
        value: result,
        note: covered
          ? 'Quick assets cover current liabilities'
          : 'Quick assets fall short of current liabilities',
        tone: covered ? 'profit' : 'loss',
      },
    ],
    readout: `Quick ratio = (${amountText(cash)} + ${amountText(marketableSecurities)} + ${amountText(receivables)}) ÷ ${amountText(currentLiabilities)} = ${result}`,
  };
}
