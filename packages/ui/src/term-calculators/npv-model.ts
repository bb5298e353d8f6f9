/** NPV calculator: Σ C_t ÷ (1 + r)^t for periodic cash flows, C_0 today. */

import { npv } from '@vixshield/engine';
import { parseNumberField } from '../lib/fields';
import { formatNumber, toFieldText } from '../lib/format';
import { type AmountRow, makeRowList, parseAmounts, type RowList } from './cash-flow-list';
import { discountedSum, growthBase } from './formula-text';
import type { TermValidated } from './use-term-calculator';

export interface NpvSetup {
  /** Discount rate per period, decimal, default 0.08. */
  rate?: number;
  /** Cash flows at t = 0, 1, 2, … (the outlay negative), default [−1000, 300, 400, 500]. */
  cashFlows?: number[];
}

export const DEFAULT_CASH_FLOWS = [-1000, 300, 400, 500];

export const RATE_SPEC = { scale: 100, min: -99, max: 1000, unit: '%' } as const;

export interface NpvState {
  rate: string;
  flows: RowList<AmountRow>;
}

export interface NpvErrors {
  rate?: string;
  /** Message per row, by row id. */
  rows: Record<number, string>;
}

export interface NpvInputs {
  rate: number;
  cashFlows: number[];
}

export function amountRows(cashFlows: readonly number[]): RowList<AmountRow> {
  return makeRowList(cashFlows, (amount, id) => ({ id, amount: toFieldText(amount) }));
}

export function initialNpvState(setup: NpvSetup = {}): NpvState {
  return {
    rate: toFieldText((setup.rate ?? 0.08) * 100),
    flows: amountRows(setup.cashFlows ?? DEFAULT_CASH_FLOWS),
  };
}

/** Row errors keyed by row id, from errors in row order. */
export function rowErrors(
  rows: readonly { id: number }[],
  errors: readonly (string | undefined)[],
): Record<number, string> {
  const out: Record<number, string> = {};
  rows.forEach((row, index) => {
    const error = errors[index];
    if (error) out[row.id] = error;
  });
  return out;
}

export function validateNpv(state: NpvState): TermValidated<NpvInputs, NpvErrors> {
  const rate = parseNumberField(state.rate, RATE_SPEC);
  const amounts = parseAmounts(state.flows.rows.map((row) => row.amount));
  const errors: NpvErrors = { rows: rowErrors(state.flows.rows, amounts.errors) };
  if (!rate.ok) errors.rate = rate.error;
  if (!rate.ok || amounts.values === null) return { inputs: null, errors };
  return { inputs: { rate: rate.value, cashFlows: amounts.values }, errors };
}

export interface NpvResult {
  inputs: NpvInputs;
  npv: number;
  /** Present value of each flow alone (the engine's NPV of that one flow). */
  presentValues: number[];
  readout: string;
}

export function computeNpv(inputs: NpvInputs): NpvResult {
  const { rate, cashFlows } = inputs;
  const total = npv(rate, cashFlows);
  const presentValues = cashFlows.map((flow, t) => {
    const single = cashFlows.map((_, index) => (index === t ? flow : 0));
    return npv(rate, single);
  });
  const readout = `NPV = ${discountedSum(cashFlows, growthBase(rate))} = ${formatNumber(total, 2, { plus: true })}`;
  return { inputs, npv: total, presentValues, readout };
}
