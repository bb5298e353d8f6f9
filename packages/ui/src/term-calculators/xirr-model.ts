/** XIRR calculator: the annual rate r with Σ C_i ÷ (1 + r)^((d_i − d_0)/365) = 0 for dated flows. */

import { xirr } from '@vixshield/engine';
import { formatPercent, toFieldText } from '../lib/format';
import {
  type DatedRow,
  makeRowList,
  NEEDS_BOTH_SIGNS,
  parseAmounts,
  type RowList,
} from './cash-flow-list';
import { amountText, growthBase, joinSigned, type SignedTerm } from './formula-text';
import { solveRate } from './irr-model';
import { rowErrors } from './npv-model';
import type { TermValidated } from './use-term-calculator';

export interface DatedFlow {
  /** ISO calendar date, YYYY-MM-DD. */
  date: string;
  /** Negative for money put in, positive for money taken out or the ending value. */
  amount: number;
}

export interface XirrSetup {
  /** Dated flows, default the glossary's account example (10,000 in, 5,000 added, 16,200 at the end). */
  flows?: DatedFlow[];
}

export const DEFAULT_DATED_FLOWS: DatedFlow[] = [
  { date: '2026-01-02', amount: -10000 },
  { date: '2026-04-01', amount: -5000 },
  { date: '2026-12-31', amount: 16200 },
];

export interface XirrState {
  flows: RowList<DatedRow>;
}

export interface XirrErrors {
  /** Message per row's amount, by row id. */
  rows: Record<number, string>;
  /** Message per row's date, by row id. */
  dates: Record<number, string>;
  list?: string;
}

export interface XirrInputs {
  flows: DatedFlow[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date, else null ("2026-02-30" is not a date). */
export function dayNumber(text: string): number | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    year < 1900 ||
    year > 2200
  ) {
    return null;
  }
  return Math.round(time / MS_PER_DAY);
}

export function initialXirrState(setup: XirrSetup = {}): XirrState {
  return {
    flows: makeRowList(setup.flows ?? DEFAULT_DATED_FLOWS, (flow, id) => ({
      id,
      date: flow.date,
      amount: toFieldText(flow.amount),
    })),
  };
}

export function validateXirr(state: XirrState): TermValidated<XirrInputs, XirrErrors> {
  const { rows } = state.flows;
  const amounts = parseAmounts(rows.map((row) => row.amount));
  const errors: XirrErrors = { rows: rowErrors(rows, amounts.errors), dates: {} };
  const days = rows.map((row) => dayNumber(row.date));
  rows.forEach((row, index) => {
    if (days[index] === null) {
      errors.dates[row.id] = row.date.trim() === '' ? 'Enter a date.' : 'Enter a valid date.';
    }
  });
  const first = days[0];
  if (first !== null && first !== undefined) {
    rows.forEach((row, index) => {
      const day = days[index];
      if (index > 0 && day !== null && day !== undefined && day < first) {
        errors.dates[row.id] = 'Dates cannot be earlier than the first flow’s date.';
      }
    });
  }
  const values = amounts.values;
  if (values !== null && !(values.some((v) => v < 0) && values.some((v) => v > 0))) {
    errors.list = NEEDS_BOTH_SIGNS;
  }
  if (values === null || Object.keys(errors.dates).length > 0 || errors.list) {
    return { inputs: null, errors };
  }
  return {
    inputs: {
      flows: rows.map((row, index) => ({ date: row.date.trim(), amount: values[index]! })),
    },
    errors,
  };
}

export interface XirrResult {
  inputs: XirrInputs;
  xirr: number;
  /** Days from the first flow to each flow. */
  days: number[];
  readout: string;
}

export function computeXirr(inputs: XirrInputs): XirrResult {
  const rate = solveRate(() => xirr(inputs.flows));
  const dayNumbers = inputs.flows.map((flow) => dayNumber(flow.date) ?? 0);
  const d0 = dayNumbers[0] ?? 0;
  const days = dayNumbers.map((day) => day - d0);
  const base = growthBase(rate, { fixed: 4 });
  const terms: SignedTerm[] = inputs.flows.map((flow, index) => {
    const amount = amountText(Math.abs(flow.amount));
    const age = days[index] ?? 0;
    return { value: flow.amount, text: age === 0 ? amount : `${amount} ÷ ${base}^(${age}/365)` };
  });
  const readout = `${joinSigned(terms)} = 0 at XIRR = ${formatPercent(rate, { decimals: 2 })}`;
  return { inputs, xirr: rate, days, readout };
}
