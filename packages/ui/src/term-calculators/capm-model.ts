/** CAPM calculator: expected return from the risk-free rate, beta and the market's return. */

import { capmExpectedReturn } from '@vixshield/engine';
import { formatPercent, MINUS } from '../lib/format';
import {
  type FieldErrors,
  type FormulaField,
  type FormulaOutcome,
  initialTexts,
  validateFields,
} from './formula-model';
import { amountOperand, percentOperand } from './formula-text';
import type { TermValidated } from './use-term-calculator';

export interface CapmSetup {
  /** Risk-free rate, decimal, default 0.04. */
  riskFreeRate?: number;
  /** The asset's beta to the market, default 1.2. */
  beta?: number;
  /** Expected market return, decimal, default 0.09 (a 5 % premium over 4 %). */
  marketReturn?: number;
}

export type CapmField = 'riskFreeRate' | 'beta' | 'marketReturn';
export type CapmInputs = Record<CapmField, number>;

export const CAPM_FIELDS: readonly FormulaField<CapmField>[] = [
  {
    key: 'riskFreeRate',
    label: 'Risk-free rate',
    unit: '%',
    spec: { scale: 100, min: -10, max: 50, unit: '%' },
  },
  { key: 'beta', label: 'Beta', spec: { min: -10, max: 10 } },
  {
    key: 'marketReturn',
    label: 'Expected market return',
    unit: '%',
    hint: 'The risk-free rate plus the market risk premium.',
    spec: { scale: 100, min: -50, max: 100, unit: '%' },
  },
];

export function initialCapmTexts(setup: CapmSetup = {}): Record<CapmField, string> {
  return initialTexts(CAPM_FIELDS, {
    riskFreeRate: setup.riskFreeRate ?? 0.04,
    beta: setup.beta ?? 1.2,
    marketReturn: setup.marketReturn ?? 0.09,
  });
}

export function validateCapm(
  texts: Record<CapmField, string>,
): TermValidated<CapmInputs, FieldErrors<CapmField>> {
  return validateFields(CAPM_FIELDS, texts);
}

export interface CapmOutcome extends FormulaOutcome {
  expectedReturn: number;
}

export function computeCapm(inputs: CapmInputs): CapmOutcome {
  const expectedReturn = capmExpectedReturn(inputs);
  const { riskFreeRate, beta, marketReturn } = inputs;
  const result = formatPercent(expectedReturn, { decimals: 2 });
  const premium = `(${percentOperand(marketReturn)} ${MINUS} ${percentOperand(riskFreeRate)})`;
  return {
    expectedReturn,
    figures: [{ label: 'Expected (required) return', value: result }],
    readout: `E[R] = ${percentOperand(riskFreeRate)} + ${amountOperand(beta, 3)} × ${premium} = ${result}`,
  };
}
