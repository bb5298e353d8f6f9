/** WACC calculator: E/V·r_E + D/V·r_D·(1 − t), V = E + D. */

import { wacc } from '@vixshield/engine';
import { formatPercent, MINUS } from '../lib/format';
import {
  type FieldErrors,
  type FormulaField,
  type FormulaOutcome,
  initialTexts,
  validateFields,
} from './formula-model';
import { amountText, percentOperand, percentText } from './formula-text';
import type { TermValidated } from './use-term-calculator';

export interface WaccSetup {
  /** Market value of equity, default 600 (millions in the glossary example). */
  equityValue?: number;
  /** Market value of debt, default 400. */
  debtValue?: number;
  /** Cost of equity, decimal, default 0.10. */
  costOfEquity?: number;
  /** Pre-tax cost of debt, decimal, default 0.06. */
  costOfDebt?: number;
  /** Marginal tax rate, decimal, default 0.21. */
  taxRate?: number;
}

export type WaccField = 'equityValue' | 'debtValue' | 'costOfEquity' | 'costOfDebt' | 'taxRate';
export type WaccInputs = Record<WaccField, number>;

export const WACC_FIELDS: readonly FormulaField<WaccField>[] = [
  {
    key: 'equityValue',
    label: 'Equity value (E)',
    hint: 'Market value, any unit (e.g. $ millions).',
    spec: { min: 0, max: 1e12 },
  },
  {
    key: 'debtValue',
    label: 'Debt value (D)',
    hint: 'Market value, same unit as equity.',
    spec: { min: 0, max: 1e12 },
  },
  {
    key: 'costOfEquity',
    label: 'Cost of equity',
    unit: '%',
    hint: 'For example from the CAPM.',
    spec: { scale: 100, min: -50, max: 100, unit: '%' },
  },
  {
    key: 'costOfDebt',
    label: 'Pre-tax cost of debt',
    unit: '%',
    spec: { scale: 100, min: -50, max: 100, unit: '%' },
  },
  {
    key: 'taxRate',
    label: 'Tax rate',
    unit: '%',
    spec: { scale: 100, min: 0, max: 100, unit: '%' },
  },
];

export function initialWaccTexts(setup: WaccSetup = {}): Record<WaccField, string> {
  return initialTexts(WACC_FIELDS, {
    equityValue: setup.equityValue ?? 600,
    debtValue: setup.debtValue ?? 400,
    costOfEquity: setup.costOfEquity ?? 0.1,
    costOfDebt: setup.costOfDebt ?? 0.06,
    taxRate: setup.taxRate ?? 0.21,
  });
}

export function validateWacc(
  texts: Record<WaccField, string>,
): TermValidated<WaccInputs, FieldErrors<WaccField>> {
  return validateFields(WACC_FIELDS, texts, (values) =>
    values.equityValue + values.debtValue > 0
      ? {}
      : { equityValue: 'Equity and debt cannot both be zero: there is nothing to weight.' },
  );
}

export interface WaccOutcome extends FormulaOutcome {
  wacc: number;
}

export function computeWacc(inputs: WaccInputs): WaccOutcome {
  const value = wacc(inputs);
  const { equityValue, debtValue, costOfEquity, costOfDebt, taxRate } = inputs;
  const total = `(${amountText(equityValue)} + ${amountText(debtValue)})`;
  const equityPart = `${amountText(equityValue)} ÷ ${total} × ${percentOperand(costOfEquity)}`;
  const debtPart = `${amountText(debtValue)} ÷ ${total} × ${percentOperand(costOfDebt)} × (1 ${MINUS} ${percentText(taxRate)})`;
  const result = formatPercent(value, { decimals: 2 });
  return {
    wacc: value,
    figures: [{ label: 'WACC', value: result, note: `Unrounded: ${percentText(value, 4)}` }],
    readout: `WACC = ${equityPart} + ${debtPart} = ${result}`,
  };
}
