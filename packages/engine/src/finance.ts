/**
 * The corporate-finance and valuation terms of the glossary: discounting, internal rates of
 * return, CAPM, the Gordon growth model, WACC and three ratios. Rates are decimals (0.08 = 8 %).
 */

import { requireArray, requireFinite, requireNonNegative, requirePositive } from './validate.ts';

/**
 * Net present value of periodic cash flows, the first at time 0:
 * NPV = Σₜ CFₜ/(1 + r)ᵗ, t = 0, 1, …, n − 1.
 *
 * Note: Excel's NPV() discounts its first value by one period; this follows the textbook
 * convention (R. A. Brealey, S. C. Myers, F. Allen, Principles of Corporate Finance, 13th ed.,
 * ch. 2), so npv(r, flows) = flows[0] + Excel NPV(r, flows[1..]).
 * @example npv(0.1, [-1000, 500, 500, 500]) // 243.42599549211104
 */
export function npv(rate: number, cashflows: readonly number[]): number {
  const r = requireFinite(rate, 'rate');
  if (!(r > -1)) throw new RangeError(`rate must be greater than −1 (got ${r})`);
  const flows = checkFlows(cashflows, 'cashflows');
  return npvUnchecked(r, flows);
}

function checkFlows(cashflows: readonly number[], field: string): number[] {
  return requireArray(cashflows, field).map((c, i) => requireFinite(c, `${field}[${i}]`));
}

function npvUnchecked(r: number, flows: readonly number[]): number {
  // Horner in v = 1/(1 + r), from the last flow back to the first
  const v = 1 / (1 + r);
  let sum = 0;
  for (let t = flows.length - 1; t >= 0; t--) sum = sum * v + flows[t]!;
  return sum;
}

/**
 * Finds a root of f on (lo, hi) where f(lo) and f(hi) have opposite signs (Brent 1973:
 * inverse quadratic interpolation with bisection safeguards), to full double precision.
 */
function brent(f: (u: number) => number, a0: number, b0: number, fa0: number, fb0: number): number {
  let a = a0;
  let b = b0;
  let fa = fa0;
  let fb = fb0;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < 200; i++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 1e-300;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}

/**
 * Solves g(r) = 0 for a discount rate r > −1 where g is a sum of discounted flows. Works in
 * u = ln(1 + r), scans u from −10 to 10 (r from −99.995 % to 2.2 million %) for sign changes and
 * polishes the one nearest r = 10 % with Brent's method. Throws if no sign change exists.
 */
function solveRate(g: (r: number) => number, label: string): number {
  const f = (u: number) => g(Math.expm1(u));
  const steps = 400;
  let best: [number, number, number, number] | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const start = Math.log1p(0.1);
  let uPrev = -10;
  let fPrev = f(uPrev);
  if (fPrev === 0) return Math.expm1(uPrev);
  for (let k = 1; k <= steps; k++) {
    const u = -10 + (20 * k) / steps;
    const fu = f(u);
    if (fu === 0) return Math.expm1(u);
    if (Number.isFinite(fPrev) && Number.isFinite(fu) && fPrev * fu < 0) {
      const distance = Math.min(Math.abs(uPrev - start), Math.abs(u - start));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = [uPrev, u, fPrev, fu];
      }
    }
    uPrev = u;
    fPrev = fu;
  }
  if (best === undefined) {
    throw new RangeError(`${label} has no rate at which its value is zero (no sign change)`);
  }
  return Math.expm1(brent(f, ...best));
}

function requireMixedSigns(flows: readonly number[], field: string): void {
  if (!flows.some((c) => c > 0) || !flows.some((c) => c < 0)) {
    throw new RangeError(`${field} must contain both positive and negative amounts`);
  }
}

/**
 * Internal rate of return of periodic cash flows (the first at time 0): the r > −1 with
 * Σₜ CFₜ/(1 + r)ᵗ = 0, as a per-period rate.
 *
 * Method: a scan of ln(1 + r) for sign changes of the NPV, then Brent's method (R. P. Brent,
 * Algorithms for Minimization without Derivatives, 1973, ch. 4) to full precision. Flows that
 * change sign more than once can have several IRRs (Descartes' rule of signs); the one closest
 * to 10 % is returned. Throws a RangeError when the flows do not change sign or no root exists.
 * Reference: Brealey, Myers and Allen (13th ed.), ch. 5.
 * @example irr([-70000, 12000, 15000, 18000, 21000, 26000]) // 0.0866309480365… (Excel doc: 8.7 %)
 */
export function irr(cashflows: readonly number[]): number {
  const flows = checkFlows(cashflows, 'cashflows');
  requireMixedSigns(flows, 'cashflows');
  return solveRate((r) => npvUnchecked(r, flows), 'cashflows');
}

/** A dated cash flow for {@link xirr}: a Date or an ISO date string 'YYYY-MM-DD'. */
export interface DatedCashflow {
  date: Date | string;
  amount: number;
}

const MS_PER_DAY = 86_400_000;

function dayNumber(date: Date | string, field: string): number {
  if (date instanceof Date) {
    const t = date.getTime();
    if (!Number.isFinite(t)) throw new RangeError(`${field} is an invalid Date`);
    // calendar day of the Date in its own time zone, so local midnights count whole days
    return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
  }
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const t = Date.UTC(y, mo - 1, d);
      const check = new Date(t);
      if (check.getUTCMonth() === mo - 1 && check.getUTCDate() === d) return t / MS_PER_DAY;
    }
  }
  throw new RangeError(`${field} must be a Date or a 'YYYY-MM-DD' string (got ${String(date)})`);
}

/**
 * Internal rate of return of dated cash flows, annualised on an Actual/365 basis: the r with
 * Σᵢ amountᵢ/(1 + r)^((dᵢ − d₀)/365) = 0, d₀ the first flow's date (flows need not be sorted).
 * This is the convention of Excel's XIRR. Same method and errors as {@link irr}.
 * @example
 * xirr([{ date: '2008-01-01', amount: -10000 }, { date: '2008-03-01', amount: 2750 },
 *   { date: '2008-10-30', amount: 4250 }, { date: '2009-02-15', amount: 3250 },
 *   { date: '2009-04-01', amount: 2750 }]) // 0.373362535… (Excel doc: 37.34 %)
 */
export function xirr(flows: readonly DatedCashflow[]): number {
  const list = requireArray(flows, 'flows').map((f, i) => {
    if (typeof f !== 'object' || f === null) throw new RangeError(`flows[${i}] must be an object`);
    return {
      day: dayNumber(f.date, `flows[${i}].date`),
      amount: requireFinite(f.amount, `flows[${i}].amount`),
    };
  });
  requireMixedSigns(
    list.map((f) => f.amount),
    'flows',
  );
  const d0 = list[0]!.day;
  const years = list.map((f) => (f.day - d0) / 365);
  const amounts = list.map((f) => f.amount);
  const value = (r: number) => {
    const logGrowth = Math.log1p(r);
    let sum = 0;
    for (let i = 0; i < amounts.length; i++) sum += amounts[i]! * Math.exp(-years[i]! * logGrowth);
    return sum;
  };
  return solveRate(value, 'flows');
}

/**
 * Capital Asset Pricing Model expected return: E[R] = r_f + β·(E[R_m] − r_f).
 * Reference: W. F. Sharpe, "Capital asset prices", Journal of Finance 19 (1964); Brealey,
 * Myers and Allen (13th ed.), ch. 8.
 * @example capmExpectedReturn({ riskFreeRate: 0.04, beta: 1.2, marketReturn: 0.09 }) // 0.1
 */
export function capmExpectedReturn(input: {
  riskFreeRate: number;
  beta: number;
  marketReturn: number;
}): number {
  const rf = requireFinite(input.riskFreeRate, 'riskFreeRate');
  const beta = requireFinite(input.beta, 'beta');
  const rm = requireFinite(input.marketReturn, 'marketReturn');
  return rf + beta * (rm - rf);
}

/**
 * Gordon (constant-growth) dividend discount value per share: P₀ = D₁/(r − g), with D₁ the
 * dividend expected over the next period. Requires r > g.
 * Reference: M. J. Gordon, "Dividends, earnings, and stock prices", Review of Economics and
 * Statistics 41 (1959); Brealey, Myers and Allen (13th ed.), ch. 4.
 * @example gordonGrowthValue({ nextDividend: 2, requiredReturn: 0.08, growthRate: 0.03 }) // 40
 */
export function gordonGrowthValue(input: {
  nextDividend: number;
  requiredReturn: number;
  growthRate: number;
}): number {
  const d1 = requireNonNegative(input.nextDividend, 'nextDividend');
  const r = requireFinite(input.requiredReturn, 'requiredReturn');
  const g = requireFinite(input.growthRate, 'growthRate');
  if (!(r > g)) {
    throw new RangeError(
      `requiredReturn must exceed growthRate (got ${r} ≤ ${g}); the value would be unbounded`,
    );
  }
  return d1 / (r - g);
}

/**
 * Weighted average cost of capital: WACC = E/V·R_e + D/V·R_d·(1 − T_c), V = E + D, with
 * market values of equity and debt.
 * Reference: Brealey, Myers and Allen (13th ed.), ch. 9 and 19.
 * @example wacc({ equityValue: 600, debtValue: 400, costOfEquity: 0.1, costOfDebt: 0.05, taxRate: 0.25 }) // 0.075
 */
export function wacc(input: {
  equityValue: number;
  debtValue: number;
  costOfEquity: number;
  costOfDebt: number;
  taxRate: number;
}): number {
  const e = requireNonNegative(input.equityValue, 'equityValue');
  const d = requireNonNegative(input.debtValue, 'debtValue');
  const re = requireFinite(input.costOfEquity, 'costOfEquity');
  const rd = requireFinite(input.costOfDebt, 'costOfDebt');
  const tax = requireFinite(input.taxRate, 'taxRate');
  if (tax < 0 || tax > 1) throw new RangeError(`taxRate must be between 0 and 1 (got ${tax})`);
  const v = e + d;
  if (!(v > 0)) throw new RangeError('equityValue + debtValue must be greater than 0');
  return (e / v) * re + (d / v) * rd * (1 - tax);
}

/**
 * Price-to-earnings ratio P/E = price / earnings per share. Not meaningful for zero or negative
 * earnings, which throw a RangeError naming earningsPerShare.
 * @example peRatio({ price: 150, earningsPerShare: 6 }) // 25
 */
export function peRatio(input: { price: number; earningsPerShare: number }): number {
  const price = requireNonNegative(input.price, 'price');
  const eps = requirePositive(input.earningsPerShare, 'earningsPerShare');
  return price / eps;
}

/**
 * Price-to-cash-flow ratio P/CF = price / operating cash flow per share (> 0).
 * @example priceToCashFlow({ price: 50, cashFlowPerShare: 5 }) // 10
 */
export function priceToCashFlow(input: { price: number; cashFlowPerShare: number }): number {
  const price = requireNonNegative(input.price, 'price');
  const cf = requirePositive(input.cashFlowPerShare, 'cashFlowPerShare');
  return price / cf;
}

/**
 * Quick (acid-test) ratio = (cash + marketable securities + receivables) / current liabilities:
 * liquid assets per unit of short-term obligations, inventory excluded.
 * Reference: Brealey, Myers and Allen (13th ed.), ch. 28 (financial ratios).
 * @example quickRatio({ cash: 50, marketableSecurities: 30, receivables: 70, currentLiabilities: 100 }) // 1.5
 */
export function quickRatio(input: {
  cash: number;
  marketableSecurities: number;
  receivables: number;
  currentLiabilities: number;
}): number {
  const cash = requireNonNegative(input.cash, 'cash');
  const securities = requireNonNegative(input.marketableSecurities, 'marketableSecurities');
  const receivables = requireNonNegative(input.receivables, 'receivables');
  const liabilities = requirePositive(input.currentLiabilities, 'currentLiabilities');
  return (cash + securities + receivables) / liabilities;
}
