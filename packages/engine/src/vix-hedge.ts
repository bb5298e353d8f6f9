/**
 * Sizing a VIX call-spread hedge for an equity portfolio, with an SPX × VIX scenario grid.
 */

import { black76Price } from './black-scholes.ts';
import {
  optionalFinite,
  requireArray,
  requireFinite,
  requireNonNegative,
  requirePositive,
} from './validate.ts';

/** Inputs of {@link sizeVixHedge}. Amounts in dollars, index levels in points. */
export interface VixHedgeInput {
  /** portfolio market value, dollars, > 0 */
  portfolioValue: number;
  /** portfolio beta to the S&P 500 (1 = moves with the index) */
  beta: number;
  /** the SPX shock to hedge, as a fraction: −0.1 is a 10 % fall */
  spxMove: number;
  /** VIX index level now */
  vixSpot: number;
  /** price now of the VIX future expiring with the options (VIX options settle on it, not spot) */
  vixFuture: number;
  /**
   * VIX points added per 1 % SPX fall (subtracted per 1 % rise); default 1. Ignored when
   * `vixTarget` is given.
   */
  vixSensitivity?: number;
  /** the VIX level assumed after the shock; overrides `vixSensitivity` */
  vixTarget?: number;
  /**
   * how many points the future moves per point of spot VIX move, ≥ 0; default 0.6. Futures
   * move less than spot in a spike (they price an expected mean reversion), and the further
   * out the expiry the smaller the ratio; estimate it from your own data if you can.
   */
  futuresBeta?: number;
  /** strike of the VIX call bought, > 0 */
  longStrike: number;
  /** strike of the VIX call sold, > longStrike */
  shortStrike: number;
  /** years to the options' expiry, ≥ 0 */
  time: number;
  /** annualised volatility of the VIX future used to price the spread (VIX options trade at ~80–120 %) */
  volatility: number;
  /** continuously compounded rate for discounting; default 0 */
  rate?: number;
  /** fraction of the portfolio loss the spreads should pay back, > 0; default 1 */
  coverage?: number;
  /** dollars per VIX point per contract; default 100 */
  multiplier?: number;
}

/** Result of {@link sizeVixHedge}; dollars unless stated. */
export interface VixHedgeResult {
  /** number of call spreads to buy (0 when the shock is not a loss or the spread pays nothing) */
  contracts: number;
  /** Black-76 price of one spread per VIX point */
  spreadPrice: number;
  /** cost of one spread: spreadPrice × multiplier */
  costPerSpread: number;
  /** total premium paid */
  cost: number;
  /** cost as a percentage of the portfolio value (1.5 = 1.5 %) */
  costPercent: number;
  /** assumed VIX level after the shock */
  vixAfter: number;
  /** assumed VIX future price after the shock */
  futureAfter: number;
  /** intrinsic value of one spread at futureAfter, dollars */
  payoffPerSpread: number;
  /** portfolio P&L in the shock without the hedge: value × beta × spxMove */
  unhedgedPnl: number;
  /** contracts × payoffPerSpread */
  hedgePayoff: number;
  /** unhedgedPnl + hedgePayoff − cost */
  hedgedPnl: number;
  /** hedgePayoff / loss, the fraction of the loss actually covered (0 when there is no loss) */
  coverageAchieved: number;
}

interface CheckedHedge {
  portfolioValue: number;
  beta: number;
  vixSpot: number;
  vixFuture: number;
  sensitivity: number;
  futuresBeta: number;
  longStrike: number;
  shortStrike: number;
  time: number;
  volatility: number;
  rate: number;
  coverage: number;
  multiplier: number;
}

function checkHedge(input: VixHedgeInput): CheckedHedge {
  if (typeof input !== 'object' || input === null) throw new RangeError('input must be an object');
  const longStrike = requirePositive(input.longStrike, 'longStrike');
  const shortStrike = requirePositive(input.shortStrike, 'shortStrike');
  if (!(shortStrike > longStrike)) {
    throw new RangeError(
      `shortStrike must be above longStrike (got ${shortStrike} ≤ ${longStrike})`,
    );
  }
  return {
    portfolioValue: requirePositive(input.portfolioValue, 'portfolioValue'),
    beta: requireFinite(input.beta, 'beta'),
    vixSpot: requirePositive(input.vixSpot, 'vixSpot'),
    vixFuture: requirePositive(input.vixFuture, 'vixFuture'),
    sensitivity:
      input.vixSensitivity === undefined
        ? 1
        : requireNonNegative(input.vixSensitivity, 'vixSensitivity'),
    futuresBeta:
      input.futuresBeta === undefined ? 0.6 : requireNonNegative(input.futuresBeta, 'futuresBeta'),
    longStrike,
    shortStrike,
    time: requireNonNegative(input.time, 'time'),
    volatility: requireNonNegative(input.volatility, 'volatility'),
    rate: optionalFinite(input.rate, 'rate', 0),
    coverage: input.coverage === undefined ? 1 : requirePositive(input.coverage, 'coverage'),
    multiplier:
      input.multiplier === undefined ? 100 : requirePositive(input.multiplier, 'multiplier'),
  };
}

function spreadPayoff(future: number, h: CheckedHedge): number {
  const long = Math.max(future - h.longStrike, 0);
  const short = Math.max(future - h.shortStrike, 0);
  return (long - short) * h.multiplier;
}

function futureAfterShock(vixAfter: number, h: CheckedHedge): number {
  return Math.max(h.vixFuture + h.futuresBeta * (vixAfter - h.vixSpot), 0);
}

/**
 * How many VIX call spreads (buy `longStrike`, sell `shortStrike`) pay back a chosen fraction of
 * a portfolio's loss in an SPX shock, and what that costs.
 *
 * Model, step by step (every assumption is an input):
 * 1. Portfolio P&L = portfolioValue × beta × spxMove (a linear beta model; no convexity).
 * 2. VIX after the shock = vixTarget, or vixSpot + vixSensitivity × (−100 × spxMove), floored at 0.
 * 3. The VIX future moves futuresBeta times as much as spot VIX. VIX options are European and
 *    settle on the special opening quotation, whose expectation is the future, so the future,
 *    not spot VIX, is the underlying.
 * 4. The spread is priced now with Black-76 on the future (time, volatility, rate) and pays its
 *    intrinsic value at the shocked future (conservative: remaining time value is ignored).
 * 5. contracts = ceil(coverage × loss / payoffPerSpread).
 * It is a scenario calculation, not a forecast: real VIX moves, futures basis and fills vary.
 * References: Black (1976) for the pricing; Cboe, "VIX Options Product Specifications";
 * Hull (10th ed.), ch. 18 (options on futures).
 * @example
 * sizeVixHedge({ portfolioValue: 1e6, beta: 1, spxMove: -0.1, vixSpot: 15, vixFuture: 17,
 *   longStrike: 20, shortStrike: 30, time: 0.1, volatility: 1 }).contracts // 334 (future 17 → 23)
 */
export function sizeVixHedge(input: VixHedgeInput): VixHedgeResult {
  const h = checkHedge(input);
  const spxMove = requireFinite(input.spxMove, 'spxMove');
  const vixAfter =
    input.vixTarget === undefined
      ? Math.max(h.vixSpot - 100 * spxMove * h.sensitivity, 0)
      : requireNonNegative(input.vixTarget, 'vixTarget');
  return evaluate(h, spxMove, vixAfter, undefined);
}

function evaluate(
  h: CheckedHedge,
  spxMove: number,
  vixAfter: number,
  fixedContracts: number | undefined,
): VixHedgeResult {
  const option = { forward: h.vixFuture, time: h.time, rate: h.rate, volatility: h.volatility };
  const spreadPrice =
    black76Price({ type: 'call', strike: h.longStrike, ...option }) -
    black76Price({ type: 'call', strike: h.shortStrike, ...option });
  const costPerSpread = Math.max(spreadPrice, 0) * h.multiplier;
  const futureAfter = futureAfterShock(vixAfter, h);
  const payoffPerSpread = spreadPayoff(futureAfter, h);
  const unhedgedPnl = h.portfolioValue * h.beta * spxMove;
  const loss = Math.max(-unhedgedPnl, 0);
  const contracts =
    fixedContracts ??
    (loss > 0 && payoffPerSpread > 0 ? Math.ceil((h.coverage * loss) / payoffPerSpread - 1e-9) : 0);
  const cost = contracts * costPerSpread;
  const hedgePayoff = contracts * payoffPerSpread;
  return {
    contracts,
    spreadPrice,
    costPerSpread,
    cost,
    costPercent: (100 * cost) / h.portfolioValue,
    vixAfter,
    futureAfter,
    payoffPerSpread,
    unhedgedPnl,
    hedgePayoff,
    hedgedPnl: unhedgedPnl + hedgePayoff - cost,
    coverageAchieved: loss > 0 ? hedgePayoff / loss : 0,
  };
}

/** One cell of {@link vixHedgeScenarios}. */
export interface VixHedgeScenario {
  spxMove: number;
  vixLevel: number;
  futureLevel: number;
  unhedgedPnl: number;
  hedgePayoff: number;
  hedgedPnl: number;
}

/**
 * The hedge sized by {@link sizeVixHedge} for `input`, evaluated on a grid of SPX moves (rows)
 * and VIX levels after the move (columns): cells[i][j] is spxMoves[i] with vixLevels[j]. The
 * number of spreads and their cost stay those of the sizing scenario; each cell re-applies the
 * futures beta and the spread's intrinsic value. Dollars; moves as fractions; levels in points.
 * @example vixHedgeScenarios(input, { spxMoves: [-0.2, -0.1, 0], vixLevels: [15, 25, 40] }).cells[0][2].hedgedPnl
 */
export function vixHedgeScenarios(
  input: VixHedgeInput,
  grid: { spxMoves: number[]; vixLevels: number[] },
): { contracts: number; cost: number; cells: VixHedgeScenario[][] } {
  const sized = sizeVixHedge(input);
  const h = checkHedge(input);
  if (typeof grid !== 'object' || grid === null) throw new RangeError('grid must be an object');
  const spxMoves = requireArray(grid.spxMoves, 'spxMoves').map((m, i) =>
    requireFinite(m, `spxMoves[${i}]`),
  );
  const vixLevels = requireArray(grid.vixLevels, 'vixLevels').map((v, i) =>
    requireNonNegative(v, `vixLevels[${i}]`),
  );
  const cells = spxMoves.map((spxMove) =>
    vixLevels.map((vixLevel): VixHedgeScenario => {
      const r = evaluate(h, spxMove, vixLevel, sized.contracts);
      return {
        spxMove,
        vixLevel,
        futureLevel: r.futureAfter,
        unhedgedPnl: r.unhedgedPnl,
        hedgePayoff: r.hedgePayoff,
        hedgedPnl: r.hedgedPnl,
      };
    }),
  );
  return { contracts: sized.contracts, cost: sized.cost, cells };
}
