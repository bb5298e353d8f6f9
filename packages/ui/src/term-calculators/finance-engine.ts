/**
 * The engine's finance functions as the term calculators call them. Temporary bridge while
 * @vixshield/engine's finance module is being written: each call looks the function up on the
 * engine and throws a clear error if it is not there yet (the calculator then shows that
 * error instead of a figure). No finance math lives here.
 */
import * as engine from '@vixshield/engine';

export interface DatedCashFlow {
  date: string;
  amount: number;
}

function pick<F>(name: string): F {
  const fn = (engine as unknown as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`the engine has no ${name}() yet`);
  return fn as F;
}

export const npv = (rate: number, cashFlows: readonly number[]): number =>
  pick<(rate: number, cashFlows: readonly number[]) => number>('npv')(rate, cashFlows);

export const irr = (cashFlows: readonly number[]): number =>
  pick<(cashFlows: readonly number[]) => number>('irr')(cashFlows);

export const xirr = (flows: readonly DatedCashFlow[]): number =>
  pick<(flows: readonly DatedCashFlow[]) => number>('xirr')(flows);

export const capmExpectedReturn = (spec: {
  riskFreeRate: number;
  beta: number;
  marketReturn: number;
}): number => pick<(spec: object) => number>('capmExpectedReturn')(spec);

export const gordonGrowthValue = (spec: {
  nextDividend: number;
  requiredReturn: number;
  growthRate: number;
}): number => pick<(spec: object) => number>('gordonGrowthValue')(spec);

export const wacc = (spec: {
  equityValue: number;
  debtValue: number;
  costOfEquity: number;
  costOfDebt: number;
  taxRate: number;
}): number => pick<(spec: object) => number>('wacc')(spec);

export const peRatio = (spec: { price: number; earningsPerShare: number }): number =>
  pick<(spec: object) => number>('peRatio')(spec);

export const priceToCashFlow = (spec: { price: number; cashFlowPerShare: number }): number =>
  pick<(spec: object) => number>('priceToCashFlow')(spec);

export const quickRatio = (spec: {
  cash: number;
  marketableSecurities: number;
  receivables: number;
  currentLiabilities: number;
}): number => pick<(spec: object) => number>('quickRatio')(spec);
