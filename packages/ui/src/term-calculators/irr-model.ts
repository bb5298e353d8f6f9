/** IRR calculator: the rate r with Σ C_t ÷ (1 + r)^t = 0, and the NPV at a hurdle rate. */

import { irr, npv } from '@vixshield/engine';
import { parseNumberField } from '../lib/fields';
import { formatPercent, toFieldText } from '../lib/format';
import {
  type AmountRow,
  NEEDS_BOTH_SIGNS,
  parseAmounts,
  type RowList,
  signChanges,
} from './cash-flow-list';
import { discountedSum, growthBase } from './formula-text';
import { amountRows, DEFAULT_CASH_FLOWS, RATE_SPEC, rowErrors } from './npv-model';
import type { TermValidated } from './use-term-calculator';

export interface IrrSetup {
  /** Cash flows at t = 0, 1, 2, … (the outlay negative), default [−1000, 300, 400, 500]. */
  cashFlows?: number[];
  /** Hurdle rate (cost of capital) to compare with, decimal, default 0.1. */
  hurdleRate?: number;
}

export interface IrrState {
  hurdle: string;
  flows: RowList<AmountRow>;
}

export interface IrrErrors {
  hurdle?: string;
  rows: Record<number, string>;
  /** A message about the list as a whole (no sign change). */
  list?: string;
}

export interface IrrInputs {
  hurdleRate: number;
  cashFlows: number[];
}

export function initialIrrState(setup: IrrSetup = {}): IrrState {
  return {
    hurdle: toFieldText((setup.hurdleRate ?? 0.1) * 100),
    flows: amountRows(setup.cashFlows ?? DEFAULT_CASH_FLOWS),
  };
}

export function validateIrr(state: IrrState): TermValidated<IrrInputs, IrrErrors> {
  const hurdle = parseNumberField(state.hurdle, RATE_SPEC);
  const amounts = parseAmounts(state.flows.rows.map((row) => row.amount));
  const errors: IrrErrors = { rows: rowErrors(state.flows.rows, amounts.errors) };
  if (!hurdle.ok) errors.hurdle = hurdle.error;
  if (
    amounts.values !== null &&
    !(amounts.values.some((v) => v < 0) && amounts.values.some((v) => v > 0))
  ) {
    errors.list = NEEDS_BOTH_SIGNS;
  }
  if (!hurdle.ok || amounts.values === null || errors.list) return { inputs: null, errors };
  return { inputs: { hurdleRate: hurdle.value, cashFlows: amounts.values }, errors };
}

/**
 * Runs an engine rate solver, turning its "no root" RangeError into a sentence for the reader
 * (flows such as −100, +50, −10 have a negative NPV at every rate, so no IRR exists).
 */
export function solveRate(solve: () => number): number {
  try {
    return solve();
  } catch (error) {
    if (error instanceof RangeError) {
      throw new Error(
        'no discount rate makes the NPV of these cash flows zero, so there is no IRR.',
      );
    }
    throw error;
  }
}

export interface IrrResult {
  inputs: IrrInputs;
  irr: number;
  /** NPV of the flows at the hurdle rate. */
  npvAtHurdle: number;
  /** True when the IRR is above the hurdle (for conventional flows: NPV at the hurdle > 0). */
  clearsHurdle: boolean;
  /** More than one sign change: there may be several IRRs (or the NPV rule disagrees). */
  multipleSignChanges: boolean;
  readout: string;
}

export function computeIrr(inputs: IrrInputs): IrrResult {
  const { cashFlows, hurdleRate } = inputs;
  const rate = solveRate(() => irr(cashFlows));
  const npvAtHurdle = npv(hurdleRate, cashFlows);
  const readout = `${discountedSum(cashFlows, growthBase(rate, { fixed: 4 }))} = 0 at IRR = ${formatPercent(rate, { decimals: 2 })}`;
  return {
    inputs,
    irr: rate,
    npvAtHurdle,
    clearsHurdle: rate > hurdleRate,
    multipleSignChanges: signChanges(cashFlows) > 1,
    readout,
  };
}
