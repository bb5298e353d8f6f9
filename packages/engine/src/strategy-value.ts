/**
 * Strategy P&L before expiry ("T+n" curves): every option leg is marked to the
 * Black-Scholes-Merton model at the evaluation date, legs that have expired by then at their
 * intrinsic value. Legs may expire on different dates (layered condors, calendars).
 */

import { logRatio } from './log-ratio.ts';
import { normalTable, TABLE_LIMIT, tabulatedTailAbsolute } from './normal-table.ts';
import { otmNormalizedBlack } from './normalized-black.ts';
import { checkStrategy, type Strategy } from './strategy.ts';
import {
  optionalFinite,
  requireFinite,
  requireInteger,
  requireNonNegative,
  requirePositive,
} from './validate.ts';

/** The model inputs shared by all legs of a strategy at one evaluation date. */
export interface StrategyMarket {
  /** years from now to the evaluation date (0 = today), ≥ 0 */
  evaluationTime: number;
  /** annualised volatility for legs without their own `volatility`, ≥ 0 */
  volatility: number;
  /** continuously compounded risk-free rate */
  rate: number;
  /** continuous dividend yield; default 0 */
  dividendYield?: number;
  /**
   * years from now to the expiry of option legs that carry no `expiry` of their own. If
   * neither is given the leg is valued at expiry, i.e. at its intrinsic value.
   */
  expiry?: number;
}

/** Per-leg constants hoisted out of the price loop. */
export interface LegModel {
  /** +1 call, −1 put, 0 stock */
  sign: number;
  strike: number;
  /** signed shares: contracts × multiplier, or shares for stock */
  size: number;
  /** premium (or stock price) per share */
  cost: number;
  /** σ√τ of the remaining life τ; 0 when expired */
  s: number;
  /** 1/s and s/2 */
  inverseS: number;
  halfS: number;
  /** (r − q)·τ, so that x = ln(S/K) + carry */
  carry: number;
  /** ln K */
  logStrike: number;
  /** e^(−qτ) and K·e^(−rτ) */
  dfq: number;
  kr: number;
  /** √K·e^(−(r+q)τ/2), so that √(S·e^(−qτ)·K·e^(−rτ)) = √S·scale */
  scale: number;
}

export function legModels(strategy: Strategy, market: StrategyMarket): LegModel[] {
  const { positions } = checkStrategy(strategy);
  if (typeof market !== 'object' || market === null)
    throw new RangeError('market must be an object');
  const now = requireNonNegative(market.evaluationTime, 'market.evaluationTime');
  const marketVol = requireNonNegative(market.volatility, 'market.volatility');
  const rate = requireFinite(market.rate, 'market.rate');
  const q = optionalFinite(market.dividendYield, 'market.dividendYield', 0);
  const defaultExpiry =
    market.expiry === undefined ? now : requireNonNegative(market.expiry, 'market.expiry');
  return positions.map((p, i): LegModel => {
    const leg = strategy.legs[i]!;
    if (p.sign === 0 || leg.kind === 'stock') {
      return {
        sign: 0,
        strike: 0,
        size: p.size,
        cost: p.cost,
        s: 0,
        inverseS: 0,
        halfS: 0,
        carry: 0,
        logStrike: 0,
        dfq: 1,
        kr: 0,
        scale: 0,
      };
    }
    const tau = Math.max((leg.expiry ?? defaultExpiry) - now, 0);
    const sigma = leg.volatility ?? marketVol;
    const s = sigma * Math.sqrt(tau);
    return {
      sign: p.sign,
      strike: p.strike,
      size: p.size,
      cost: p.cost,
      s,
      inverseS: s > 0 ? 1 / s : 0,
      halfS: 0.5 * s,
      carry: (rate - q) * tau,
      logStrike: Math.log(p.strike),
      dfq: Math.exp(-q * tau),
      kr: p.strike * Math.exp(-rate * tau),
      scale: Math.sqrt(p.strike) * Math.exp(-0.5 * (rate + q) * tau),
    };
  });
}

/**
 * Model value per share of one leg at underlying S, given ln(S/K) and √S. The in-the-money
 * part is the discounted forward intrinsic value; the rest is the out-of-the-money option.
 */
export function legValue(m: LegModel, S: number, logMoneyness: number, sqrtS: number): number {
  if (m.sign === 0) return S;
  const forwardIntrinsic = m.sign * (S * m.dfq - m.kr);
  const intrinsic = Math.max(forwardIntrinsic, 0);
  if (m.s === 0) return intrinsic;
  return intrinsic + sqrtS * m.scale * otmNormalizedBlack(Math.abs(logMoneyness + m.carry), m.s);
}

/** ln(1 + d) for 0 ≤ d < 0.01 by its alternating series through d⁹ (truncation below 1e−19). */
function log1pSmall(d: number): number {
  const d2 = d * d;
  const d4 = d2 * d2;
  const low = 1 - d / 2 + (1 / 3 - d / 4) * d2;
  const high = 1 / 5 - d / 6 + (1 / 7 - d / 8) * d2;
  return d * (low + (high + d4 / 9) * d4);
}

/**
 * Profit or loss in dollars of a strategy at underlying price `underlying` on the evaluation
 * date `market.evaluationTime` years from now: Σ contracts × multiplier × (model value −
 * premium) over option legs plus shares × (underlying − price) over stock legs.
 *
 * Model: each option leg is a European Black-Scholes-Merton option with remaining life
 * τ = expiry − evaluationTime, the leg's own volatility if it has one (else the market's), and
 * the market's rate and dividend yield; legs with τ ≤ 0 are worth their intrinsic value. A leg
 * without `expiry` expires at `market.expiry`, or at the evaluation date if that is absent
 * too. This is the mark-to-model P&L, not a forecast: it assumes the volatility does not change.
 * Reference: Hull, Options, Futures, and Other Derivatives, 10th ed., ch. 15 (BSM).
 * @example
 * strategyValue(ironCondor({ longPut: 90, shortPut: 95, shortCall: 105, longCall: 110, credit: 1.5 }),
 *   100, { evaluationTime: 0, expiry: 30 / 365, volatility: 0.2, rate: 0.04 }) // > 0 and < 150
 */
export function strategyValue(
  strategy: Strategy,
  underlying: number,
  market: StrategyMarket,
): number {
  const models = legModels(strategy, market);
  const S = requirePositive(underlying, 'underlying');
  const sqrtS = Math.sqrt(S);
  let total = 0;
  for (const m of models) {
    const logMoneyness = m.sign === 0 ? 0 : logRatio(S, m.strike);
    total += m.size * (legValue(m, S, logMoneyness, sqrtS) - m.cost);
  }
  return total;
}

/** Options of {@link strategyPnlCurve}. */
export interface PnlCurveOptions {
  /** lowest underlying price, > 0 */
  from: number;
  /** highest underlying price, > from */
  to: number;
  /** number of evenly spaced prices including both ends, ≥ 2 */
  points: number;
  market: StrategyMarket;
}

/**
 * The P&L curve of {@link strategyValue} over `points` evenly spaced underlying prices from
 * `from` to `to` inclusive, in dollars. Per-leg constants (discount factors, σ√τ, ln K) are
 * computed once; each point costs one logarithm plus one normalised-Black evaluation per
 * live option leg, with no allocation inside the loop. With `market.evaluationTime` at the
 * front expiry this is the payoff of the front legs plus the model value of later legs.
 * @example
 * strategyPnlCurve(condor, { from: 80, to: 120, points: 1001, market: { evaluationTime: 0, expiry: 0.1, volatility: 0.2, rate: 0.04 } })
 * // { prices: [80, 80.04, …, 120], pnl: [−350, …] }
 */
export function strategyPnlCurve(
  strategy: Strategy,
  options: PnlCurveOptions,
): { prices: number[]; pnl: number[] } {
  if (typeof options !== 'object' || options === null)
    throw new RangeError('options must be an object');
  const from = requirePositive(options.from, 'from');
  const to = requirePositive(options.to, 'to');
  if (!(to > from)) throw new RangeError(`to must be greater than from (got ${to} ≤ ${from})`);
  const points = requireInteger(options.points, 'points', 2);
  const models = legModels(strategy, options.market);
  const prices = new Array<number>(points);
  const pnl = new Array<number>(points);
  const logs = new Float64Array(points);
  const totals = new Float64Array(points);
  const step = (to - from) / (points - 1);
  let fixed = 0;
  for (const m of models) fixed -= m.size * m.cost;
  // ln S at every 8th price; in between ln S = ln A + log1p((S − A)/A) by its series, which is
  // exact to rounding while (S − A)/A < 0.01 (else the library log is used)
  let anchor = from;
  let anchorLog = Math.log(from);
  let anchorInverse = 1 / from;
  for (let i = 0; i < points; i++) {
    const S = i === points - 1 ? to : from + i * step;
    prices[i] = S;
    totals[i] = fixed;
    const d = (S - anchor) * anchorInverse;
    if ((i & 7) === 0 || d >= 0.01) {
      anchor = S;
      anchorLog = Math.log(S);
      anchorInverse = 1 / S;
      logs[i] = anchorLog;
    } else {
      logs[i] = anchorLog + log1pSmall(d);
    }
  }
  // Leg by leg, so that each leg's constants stay in registers. The out-of-the-money part is
  // the Black formula A·Φ(−p) − B·Φ(−q) in its own orientation (A, B the discounted forward
  // terms, p, q = |x|/s ∓ s/2) with tails from the table: no exponential per point. Near the
  // money the two terms cancel, which costs relative accuracy of that part but not absolute
  // accuracy: the error stays within a few ulp of the forward terms, the rounding any dollar
  // P&L sum has anyway (the tests hold the curve to strategyValue within 1e−12 of the credit).
  const table = normalTable();
  for (const m of models) {
    const size = m.size;
    if (m.sign === 0) {
      for (let i = 0; i < points; i++) totals[i]! += size * prices[i]!;
      continue;
    }
    if (m.s === 0) {
      // expired (or zero volatility): the discounted intrinsic value
      for (let i = 0; i < points; i++) {
        const intrinsic = m.sign * (prices[i]! * m.dfq - m.kr);
        if (intrinsic > 0) totals[i]! += size * intrinsic;
      }
      continue;
    }
    const { sign, dfq, kr, inverseS, halfS, s } = m;
    const shift = m.carry - m.logStrike;
    for (let i = 0; i < points; i++) {
      const S = prices[i]!;
      const sq = S * dfq;
      const forwardIntrinsic = sign * (sq - kr);
      let value = Math.max(forwardIntrinsic, 0);
      const x = logs[i]! + shift;
      const a = (x < 0 ? -x : x) * inverseS;
      const p = a - halfS;
      const q = a + halfS;
      if (q < TABLE_LIMIT && p > -TABLE_LIMIT) {
        // the Black formula in the out-of-the-money orientation, tails from the table
        const upperP =
          p >= 0 ? tabulatedTailAbsolute(table, p) : 1 - tabulatedTailAbsolute(table, -p);
        const upperQ = tabulatedTailAbsolute(table, q);
        value += x <= 0 ? sq * upperP - kr * upperQ : kr * upperP - sq * upperQ;
      } else if (p < TABLE_LIMIT) {
        value += Math.sqrt(sq * kr) * otmNormalizedBlack(Math.abs(x), s);
      }
      totals[i]! += size * value;
    }
  }
  for (let i = 0; i < points; i++) pnl[i] = totals[i]!;
  return { prices, pnl };
}
