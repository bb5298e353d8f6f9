/**
 * Multi-leg option strategies at expiry: payoff, net premium, maximum profit and loss,
 * break-evens and the lognormal probability of profit.
 */

import { ExactSum, exactOut, twoSum } from './error-free.ts';
import {
  checkDistribution,
  checkedProbabilityBetween,
  type PriceDistribution,
} from './lognormal.ts';
import { requireFinite, requireNonNegative, requirePositive } from './validate.ts';

/**
 * One leg of a strategy. Option quantities are in contracts (> 0 long, < 0 short), premiums
 * per share (per unit of underlying) as quoted; a stock leg's quantity is in shares.
 */
export type Leg =
  | {
      kind: 'call' | 'put';
      /** strike, > 0 */
      strike: number;
      /** contracts: > 0 bought, < 0 sold */
      quantity: number;
      /** premium per share paid (long) or received (short), ≥ 0 */
      premium: number;
      /** years from now to this leg's expiry (only used by strategyValue/strategyPnlCurve) */
      expiry?: number;
      /** this leg's own implied volatility (only used by strategyValue/strategyPnlCurve) */
      volatility?: number;
    }
  | {
      kind: 'stock';
      /** shares: > 0 long, < 0 short */
      quantity: number;
      /** price per share paid or received, > 0 */
      price: number;
    };

export interface Strategy {
  legs: Leg[];
  /** shares per option contract; default 100 */
  multiplier?: number;
}

/**
 * The market used to turn a payoff into a probability: spot, volatility, years to expiry
 * (`time`), rate, dividend yield and the drift convention of the lognormal law.
 */
export type ExpiryMarket = PriceDistribution;

export interface StrategyAnalysis {
  /** net option premium in dollars: > 0 a credit received, < 0 a debit paid (stock legs excluded) */
  netPremium: number;
  /** largest profit at expiry in dollars over all underlying prices ≥ 0; Infinity if unbounded */
  maxProfit: number;
  /** largest loss at expiry in dollars, as a positive number; Infinity if unbounded; ≤ 0 if no price loses */
  maxLoss: number;
  /** underlying prices where the profit at expiry is exactly 0, ascending */
  breakevens: number[];
  /** risk-neutral probability that the profit at expiry is > 0 (only when a market is given) */
  probabilityOfProfit?: number;
}

/** A validated leg in dollar terms: `size` = signed shares controlled (quantity × multiplier). */
export interface Position {
  /** +1 call, −1 put, 0 stock */
  sign: number;
  strike: number;
  size: number;
  /** per share, paid (> 0) */
  cost: number;
}

export function checkStrategy(strategy: Strategy): { positions: Position[]; multiplier: number } {
  if (typeof strategy !== 'object' || strategy === null) {
    throw new RangeError('strategy must be an object');
  }
  const multiplier =
    strategy.multiplier === undefined ? 100 : requirePositive(strategy.multiplier, 'multiplier');
  if (!Array.isArray(strategy.legs)) throw new RangeError('legs must be an array');
  const positions = strategy.legs.map((leg, i): Position => {
    const field = `legs[${i}]`;
    if (typeof leg !== 'object' || leg === null) throw new RangeError(`${field} must be an object`);
    if (leg.kind === 'stock') {
      return {
        sign: 0,
        strike: 0,
        size: requireFinite(leg.quantity, `${field}.quantity`),
        cost: requirePositive(leg.price, `${field}.price`),
      };
    }
    if (leg.kind !== 'call' && leg.kind !== 'put') {
      throw new RangeError(`${field}.kind must be 'call', 'put' or 'stock'`);
    }
    if (leg.expiry !== undefined) requireNonNegative(leg.expiry, `${field}.expiry`);
    if (leg.volatility !== undefined) requireNonNegative(leg.volatility, `${field}.volatility`);
    return {
      sign: leg.kind === 'call' ? 1 : -1,
      strike: requirePositive(leg.strike, `${field}.strike`),
      size: requireFinite(leg.quantity, `${field}.quantity`) * multiplier,
      cost: requireNonNegative(leg.premium, `${field}.premium`),
    };
  });
  return { positions, multiplier };
}

/**
 * Profit at expiry, summed exactly: payoffs of several legs at a low price are large and
 * cancel (a condor at S = 0), so each leg's contribution is added as an error-free product.
 */
export function pnl(positions: readonly Position[], underlying: number): number {
  const sum = new ExactSum();
  for (const p of positions) {
    if (p.sign === 0) {
      sum.addProduct(p.size, underlying).addProduct(-p.size, p.cost);
      continue;
    }
    twoSum(underlying, -p.strike); // S − K exactly
    const hi = p.sign * exactOut.hi;
    const lo = p.sign * exactOut.lo;
    if (hi > 0 || (hi === 0 && lo > 0)) sum.addProduct(p.size, hi).addProduct(p.size, lo);
    sum.addProduct(-p.size, p.cost);
  }
  return sum.value();
}

/**
 * Profit or loss of the whole strategy in dollars if the underlying is at `underlying` when
 * the options expire: Σ contracts × multiplier × (payoff − premium) over option legs plus
 * shares × (underlying − price) over stock legs. Premiums are included, commissions are not.
 * All option legs are taken at their payoff, whatever their `expiry`; for legs expiring on
 * different dates use {@link strategyPnlCurve}.
 * @example
 * profitAtExpiry({ legs: [{ kind: 'call', strike: 100, quantity: 1, premium: 3 }] }, 110) // 700
 */
export function profitAtExpiry(strategy: Strategy, underlying: number): number {
  const { positions } = checkStrategy(strategy);
  return pnl(positions, requireNonNegative(underlying, 'underlying'));
}

/**
 * Maximum profit, maximum loss, break-evens and probability of profit of a strategy held to
 * expiry.
 *
 * Method: the payoff is piecewise linear in the underlying price S ≥ 0 with kinks at the
 * strikes, so it is evaluated exactly at 0 and at each strike; the slope beyond the highest
 * strike (calls plus stock) decides whether profit or loss is unbounded (Infinity). Each
 * break-even is the root of a linear piece, taken from the nearer kink. The probability of
 * profit is the risk-neutral lognormal probability of the set where the payoff is > 0:
 * P(a < S_T < b) = N(z_b) − N(z_a) with z_k = [ln(k/S) − (r − q − σ²/2)T]/(σ√T), summed over
 * the profitable pieces, using upper tails where they are small so that nothing cancels.
 * With zero volatility or time it is 1 or 0 according to the payoff at the expected price.
 * The drift b is r − q unless `market.drift` is 'zero' (then b = 0). A payoff that is zero at
 * every price (a position and its opposite) has no break-evens.
 *
 * Units: dollars (premiums × multiplier), prices in the underlying's currency; market in
 * years and annualised decimals. All option legs are treated as expiring together.
 * Reference: J. C. Hull, Options, Futures, and Other Derivatives, 10th ed., ch. 12 (trading
 * strategies) and ch. 15 (lognormal distribution of S_T).
 * @example
 * analyzeStrategy(ironCondor({ longPut: 90, shortPut: 95, shortCall: 105, longCall: 110, credit: 1.5 }))
 * // { netPremium: 150, maxProfit: 150, maxLoss: 350, breakevens: [93.5, 106.5] }
 */
export function analyzeStrategy(strategy: Strategy, market?: ExpiryMarket): StrategyAnalysis {
  const { positions } = checkStrategy(strategy);
  let netPremium = 0;
  let slopeRight = 0;
  for (const p of positions) {
    if (p.sign !== 0) netPremium -= p.size * p.cost;
    if (p.sign >= 0) slopeRight += p.size; // calls and stock gain one-for-one above every strike
  }
  const nodes = [0, ...new Set(positions.filter((p) => p.sign !== 0).map((p) => p.strike))].sort(
    (a, b) => a - b,
  );
  const values = nodes.map((s) => pnl(positions, s));

  let maxProfit = Number.NEGATIVE_INFINITY;
  let minProfit = Number.POSITIVE_INFINITY;
  for (const v of values) {
    if (v > maxProfit) maxProfit = v;
    if (v < minProfit) minProfit = v;
  }
  if (slopeRight > 0) maxProfit = Number.POSITIVE_INFINITY;
  if (slopeRight < 0) minProfit = Number.NEGATIVE_INFINITY;

  const breakevens: number[] = [];
  const add = (s: number) => {
    if (breakevens.length === 0 || breakevens[breakevens.length - 1] !== s) breakevens.push(s);
  };
  for (let j = 0; j < nodes.length; j++) {
    const s0 = nodes[j]!;
    const v0 = values[j]!;
    if (v0 === 0) add(s0);
    const last = j === nodes.length - 1;
    const s1 = last ? Number.POSITIVE_INFINITY : nodes[j + 1]!;
    const v1 = last
      ? slopeRight === 0
        ? v0
        : slopeRight * Number.POSITIVE_INFINITY
      : values[j + 1]!;
    if ((v0 < 0 && v1 > 0) || (v0 > 0 && v1 < 0)) {
      // slope of this piece, exact from the legs: every leg in the money on (s0, s1) counts
      let slope = 0;
      const mid = last ? s0 + 1 : 0.5 * (s0 + s1);
      for (const p of positions) {
        if (p.sign === 0) slope += p.size;
        else if (p.sign * (mid - p.strike) > 0) slope += p.sign * p.size;
      }
      const fromLeft = last || Math.abs(v0) <= Math.abs(v1);
      add(fromLeft ? s0 - v0 / slope : s1 - v1 / slope);
    }
  }

  const result: StrategyAnalysis = {
    netPremium: netPremium === 0 ? 0 : netPremium,
    maxProfit,
    maxLoss: minProfit === 0 ? 0 : -minProfit,
    breakevens: slopeRight === 0 && values.every((v) => v === 0) ? [] : breakevens,
  };
  if (market !== undefined) {
    result.probabilityOfProfit = probabilityOfProfitOver(
      (s) => pnl(positions, s),
      result.breakevens,
      market,
    );
  }
  return result;
}

/**
 * Probability that `profitAt(S_T) > 0` at expiry under the lognormal law of `market`, given
 * every sign change of the profit (`breakevens`, ascending): the profit keeps its sign between
 * consecutive break-evens, so each piece is probed once at its middle and the probabilities of
 * the profitable pieces are summed.
 */
export function probabilityOfProfitOver(
  profitAt: (underlying: number) => number,
  breakevens: readonly number[],
  market: ExpiryMarket,
): number {
  const d = checkDistribution(market, 'market');
  if (d.s === 0) return profitAt(d.mean) > 0 ? 1 : 0;
  const edges = [0, ...breakevens.filter((b) => b > 0), Number.POSITIVE_INFINITY];
  let probability = 0;
  for (let j = 0; j + 1 < edges.length; j++) {
    const a = edges[j]!;
    const b = edges[j + 1]!;
    const probe = Number.isFinite(b) ? 0.5 * (a + b) : 2 * a + 1;
    if (profitAt(probe) > 0) probability += checkedProbabilityBetween(d, a, b);
  }
  return Math.min(1, probability);
}
