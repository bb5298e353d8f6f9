/**
 * Positions of any legs and expirations, as a strategy builder needs them: the P&L at any date
 * up to the first expiration, position Greeks in dollars, and the maximum profit, maximum loss,
 * break-evens and probability of profit at the first expiration, with the legs that expire
 * later valued by the model there.
 */

import { ExactSum } from './error-free.ts';
import { optionGreeks } from './greeks.ts';
import { logRatio } from './log-ratio.ts';
import type { DriftConvention } from './lognormal.ts';
import {
  analyzeStrategy,
  checkStrategy,
  probabilityOfProfitOver,
  type Strategy,
  type StrategyAnalysis,
} from './strategy.ts';
import { legModels, legValue } from './strategy-value.ts';
import { optionalFinite, requireFinite, requireNonNegative, requirePositive } from './validate.ts';

/**
 * How an option may be exercised. `'european'`: only at expiration (SPX, XSP). `'american'`: at
 * any time (SPY), approximated by the European Black-Scholes-Merton value floored at the value of
 * exercising now, max(V_European, θ(S − K)): a lower bound of the American value that is exact
 * wherever early exercise is never optimal (a call without dividends) and otherwise misses only
 * the early-exercise premium beyond that floor (deep in-the-money puts, calls just before a
 * dividend), which is small for the weeks-to-months options the site discusses.
 */
export type ExerciseStyle = 'european' | 'american';

/** The model inputs shared by every leg of a position. */
export interface PositionMarket {
  /** annualised volatility of option legs without their own `volatility`, ≥ 0 */
  volatility: number;
  /** continuously compounded risk-free rate */
  rate: number;
  /** continuous dividend yield; default 0 */
  dividendYield?: number;
  /** default 'european' */
  exercise?: ExerciseStyle;
  /** years from now to the expiry of option legs without their own `expiry` */
  expiry?: number;
}

/** {@link PositionMarket} on a date: `evaluationTime` years from now (0 = today). */
export interface DatedPositionMarket extends PositionMarket {
  evaluationTime: number;
}

/** Position Greeks in dollars, for all contracts and shares together. */
export interface PositionGreeks {
  /** profit or loss in dollars: model value of every leg minus what was paid for it */
  pnl: number;
  /** dollars gained per 1-point rise of the underlying (= share-equivalent delta) */
  delta: number;
  /** change of `delta` per 1-point rise of the underlying */
  gamma: number;
  /** dollars gained per calendar day passing, all else equal */
  theta: number;
  /** dollars gained per 1 volatility point (0.01) rise of every leg's volatility */
  vega: number;
}

/** Inputs of {@link analyzePosition}: the market plus today's price and the probability law. */
export interface PositionAnalysisMarket extends PositionMarket {
  /** underlying price now, > 0 */
  spot: number;
  /** drift of the probability of profit; default 'risk-neutral' (see {@link DriftConvention}) */
  drift?: DriftConvention;
}

export interface PositionAnalysis extends StrategyAnalysis {
  /** years from now to the first expiration (0 for a position without options) */
  firstExpiry: number;
  /** true when option legs expire after the first expiration (valued by the model there) */
  laterLegs: boolean;
  probabilityOfProfit: number;
}

/** A live option leg after netting: `size` in signed shares (contracts × multiplier). */
interface BookLeg {
  sign: 1 | -1;
  strike: number;
  size: number;
  expiry: number;
  volatility: number;
}

/** A position reduced to what its value depends on. */
interface Book {
  legs: BookLeg[];
  /** net shares of stock */
  shares: number;
  /** −(premiums paid) − (stock cost), dollars: the P&L of a position worth nothing */
  cash: number;
  rate: number;
  dividendYield: number;
  american: boolean;
  /** earliest expiry of a live option leg (0 if none) */
  firstExpiry: number;
}

/**
 * Nets the legs: options of the same type, strike, expiry and volatility are one leg (a
 * position plus its opposite is empty); premiums and stock prices become one cash amount,
 * summed exactly.
 */
function buildBook(strategy: Strategy, market: PositionMarket): Book {
  const { positions } = checkStrategy(strategy);
  if (typeof market !== 'object' || market === null)
    throw new RangeError('market must be an object');
  const volatility = requireNonNegative(market.volatility, 'market.volatility');
  const rate = requireFinite(market.rate, 'market.rate');
  const dividendYield = optionalFinite(market.dividendYield, 'market.dividendYield', 0);
  const exercise = market.exercise ?? 'european';
  if (exercise !== 'european' && exercise !== 'american') {
    throw new RangeError(
      `market.exercise must be 'european' or 'american' (got ${String(exercise)})`,
    );
  }
  const defaultExpiry =
    market.expiry === undefined ? undefined : requireNonNegative(market.expiry, 'market.expiry');
  const cash = new ExactSum();
  let shares = 0;
  const byKey = new Map<string, BookLeg>();
  positions.forEach((p, i) => {
    cash.addProduct(-p.size, p.cost);
    if (p.sign === 0) {
      shares += p.size;
      return;
    }
    const leg = strategy.legs[i]!;
    if (leg.kind === 'stock') return;
    const expiry = leg.expiry ?? defaultExpiry;
    if (expiry === undefined) {
      throw new RangeError(`legs[${i}].expiry must be given (or market.expiry)`);
    }
    const sigma = leg.volatility ?? volatility;
    const key = `${p.sign}|${p.strike}|${expiry}|${sigma}`;
    const same = byKey.get(key);
    if (same) same.size += p.size;
    else
      byKey.set(key, {
        sign: p.sign as 1 | -1,
        strike: p.strike,
        size: p.size,
        expiry,
        volatility: sigma,
      });
  });
  const legs = [...byKey.values()].filter((l) => l.size !== 0);
  return {
    legs,
    shares,
    cash: cash.value(),
    rate,
    dividendYield,
    american: exercise === 'american',
    firstExpiry: legs.length === 0 ? 0 : Math.min(...legs.map((l) => l.expiry)),
  };
}

/** Value, delta, gamma, theta (per year) and vega (per 1.00) per share of the last leg valued. */
const legOut = { value: 0, delta: 0, gamma: 0, theta: 0, vega: 0 };

/** One leg per share at underlying S > 0 and evaluation time t, into legOut. */
function valueLeg(book: Book, leg: BookLeg, S: number, t: number): void {
  const tau = leg.expiry - t;
  const exercise = leg.sign * (S - leg.strike);
  if (tau <= 0) {
    legOut.value = Math.max(exercise, 0);
    legOut.delta = exercise > 0 ? leg.sign : 0;
    legOut.gamma = 0;
    legOut.theta = 0;
    legOut.vega = 0;
    return;
  }
  const g = optionGreeks({
    type: leg.sign === 1 ? 'call' : 'put',
    spot: S,
    strike: leg.strike,
    time: tau,
    rate: book.rate,
    dividendYield: book.dividendYield,
    volatility: leg.volatility,
  });
  if (book.american && exercise > g.price) {
    legOut.value = exercise;
    legOut.delta = leg.sign;
    legOut.gamma = 0;
    legOut.theta = 0;
    legOut.vega = 0;
    return;
  }
  legOut.value = g.price;
  legOut.delta = g.delta;
  legOut.gamma = g.gamma;
  legOut.theta = g.theta;
  legOut.vega = g.vega;
}

/** A leg's value per share at S = 0: a call is worthless, a put worth its (discounted) strike. */
function legValueAtZero(book: Book, leg: BookLeg, t: number): number {
  if (leg.sign === 1) return 0;
  const tau = leg.expiry - t;
  if (tau <= 0 || book.american) return leg.strike;
  return leg.strike * Math.exp(-book.rate * tau);
}

/** P&L of the book in dollars at S ≥ 0 on date t. */
function bookPnl(book: Book, S: number, t: number): number {
  let total = book.cash + book.shares * S;
  for (const leg of book.legs) {
    if (S === 0) total += leg.size * legValueAtZero(book, leg, t);
    else {
      valueLeg(book, leg, S, t);
      total += leg.size * legOut.value;
    }
  }
  return total;
}

/** The checked and netted position and its evaluation date. */
function datedBook(strategy: Strategy, market: DatedPositionMarket): { book: Book; t: number } {
  if (typeof market !== 'object' || market === null)
    throw new RangeError('market must be an object');
  const t = requireNonNegative(market.evaluationTime, 'market.evaluationTime');
  return { book: buildBook(strategy, market), t };
}

/**
 * Profit or loss in dollars of a position at underlying price `underlying` (≥ 0) on the date
 * `market.evaluationTime` years from now: Σ contracts × multiplier × (model value − premium)
 * over option legs plus shares × (underlying − price) over stock legs.
 *
 * Model: every option leg is a Black-Scholes-Merton option with its remaining life
 * τ = expiry − evaluationTime, its own volatility (or the market's) and the market's rate and
 * dividend yield; a leg with τ ≤ 0 is worth its payoff. American exercise: see
 * {@link ExerciseStyle}. Mark-to-model with volatilities unchanged, not a forecast.
 * Reference: J. C. Hull, Options, Futures, and Other Derivatives, 10th ed., ch. 15.
 * @example
 * positionPnl({ legs: [{ kind: 'call', strike: 100, quantity: 1, premium: 2, expiry: 0.25 }] },
 *   110, { evaluationTime: 0.25, volatility: 0.2, rate: 0 }) // 800
 */
export function positionPnl(
  strategy: Strategy,
  underlying: number,
  market: DatedPositionMarket,
): number {
  const { book, t } = datedBook(strategy, market);
  return bookPnl(book, requireNonNegative(underlying, 'underlying'), t);
}

/**
 * P&L of a position on a grid of prices and dates, in dollars: `pnl[i][j]` at `prices[i]` (each
 * ≥ 0) on `times[j]` (years from now, each ≥ 0). The legs are checked and netted once.
 * @example
 * positionPnlGrid(condor, { prices: [5800, 6000], times: [0, 0.05] }, market).pnl[1][0] // T+0 at 6000
 */
export function positionPnlGrid(
  strategy: Strategy,
  grid: { prices: readonly number[]; times: readonly number[] },
  market: PositionMarket,
): { pnl: number[][] } {
  const book = buildBook(strategy, market);
  if (typeof grid !== 'object' || grid === null) throw new RangeError('grid must be an object');
  if (!Array.isArray(grid.prices)) throw new RangeError('grid.prices must be an array');
  if (!Array.isArray(grid.times)) throw new RangeError('grid.times must be an array');
  const prices = grid.prices.map((p, i) => requireNonNegative(p, `grid.prices[${i}]`));
  const times = grid.times.map((t, j) => requireNonNegative(t, `grid.times[${j}]`));
  const pnl = prices.map(() => new Array<number>(times.length));
  // one date at a time, with each leg's discount factors and σ√τ computed once for the column
  const netted: Strategy = {
    multiplier: 1,
    legs: book.legs.map((l) => ({
      kind: l.sign === 1 ? 'call' : 'put',
      strike: l.strike,
      quantity: l.size,
      premium: 0,
      expiry: l.expiry,
      volatility: l.volatility,
    })),
  };
  times.forEach((t, j) => {
    const models = legModels(netted, {
      evaluationTime: t,
      volatility: 0,
      rate: book.rate,
      dividendYield: book.dividendYield,
    });
    prices.forEach((S, i) => {
      if (S === 0) {
        pnl[i]![j] = bookPnl(book, 0, t);
        return;
      }
      const sqrtS = Math.sqrt(S);
      let total = book.cash + book.shares * S;
      for (const m of models) {
        let v = legValue(m, S, logRatio(S, m.strike), sqrtS);
        if (book.american) v = Math.max(v, m.sign * (S - m.strike));
        total += m.size * v;
      }
      pnl[i]![j] = total;
    });
  });
  return { pnl };
}

/**
 * P&L and Greeks of a position in dollars at `underlying` (> 0) on `market.evaluationTime`:
 * Σ size × (the leg's analytic Black-Scholes-Merton Greek), size = contracts × multiplier
 * (shares for stock, whose delta is 1 each). Units for a trader: delta in dollars per point of
 * the underlying, gamma in delta-dollars per point, theta in dollars per calendar day (the
 * per-year dV/dt ÷ 365), vega in dollars per volatility point (per-1.00 vega ÷ 100). Legs
 * expired by the date count at their payoff with zero gamma, theta and vega; an American leg
 * whose exercise value exceeds its European value counts as exercised (delta ±1, rest 0).
 * Reference: Hull, 10th ed., ch. 19 (Greeks of a portfolio are the sums of its legs' Greeks).
 * @example
 * positionGreeks(condor, 6000, { evaluationTime: 0, volatility: 0.16, rate: 0.04 }).theta // > 0 (short premium)
 */
export function positionGreeks(
  strategy: Strategy,
  underlying: number,
  market: DatedPositionMarket,
): PositionGreeks {
  const { book, t } = datedBook(strategy, market);
  const S = requirePositive(underlying, 'underlying');
  const out: PositionGreeks = {
    pnl: book.cash + book.shares * S,
    delta: book.shares,
    gamma: 0,
    theta: 0,
    vega: 0,
  };
  for (const leg of book.legs) {
    valueLeg(book, leg, S, t);
    out.pnl += leg.size * legOut.value;
    out.delta += leg.size * legOut.delta;
    out.gamma += leg.size * legOut.gamma;
    out.theta += (leg.size * legOut.theta) / 365;
    out.vega += (leg.size * legOut.vega) / 100;
  }
  return out;
}

/**
 * The position's P&L far above every strike on date t: slope·S + constant (exactly, for the
 * legs' payoffs and the deep in-the-money limits of the model values: a European call tends
 * to S·e^(−qτ) − K·e^(−rτ), a put to 0; an American call to max of that and S − K).
 */
function asymptote(book: Book, t: number): { slope: number; constant: number } {
  let slope = book.shares;
  const constant = new ExactSum().add(book.cash);
  for (const leg of book.legs) {
    if (leg.sign !== 1) continue;
    const tau = leg.expiry - t;
    let unit = 1;
    let strike = leg.strike;
    if (tau > 0) {
      const dfq = Math.exp(-book.dividendYield * tau);
      const dfr = Math.exp(-book.rate * tau);
      // the American floor S − K wins far out when it grows faster (q > 0), or as fast but
      // from a higher level (q = 0, r < 0)
      const floored = book.american && (dfq < 1 || (dfq === 1 && dfr > 1));
      unit = floored ? 1 : dfq;
      strike = floored ? leg.strike : leg.strike * dfr;
    }
    slope += leg.size * unit;
    constant.addProduct(-leg.size, strike);
  }
  return { slope, constant: constant.value() };
}

/** Root of h on [a, b] where h(a), h(b) differ in sign: Newton steps kept inside a bisection bracket. */
function solve(
  h: (x: number) => number,
  dh: (x: number) => number,
  a: number,
  b: number,
  ha: number,
): number {
  let lo = a;
  let hi = b;
  const rising = ha < 0;
  let x = 0.5 * (lo + hi);
  for (let k = 0; k < 200; k++) {
    const v = h(x);
    if (v === 0) return x;
    if (v < 0 === rising) lo = x;
    else hi = x;
    const slope = dh(x);
    let next = slope !== 0 && Number.isFinite(slope) ? x - v / slope : Number.NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (next === x || next === lo || next === hi) return next;
    x = next;
  }
  return x;
}

/**
 * Maximum profit, maximum loss, break-evens and probability of profit of a position at its
 * first expiration, with every option leg that expires later valued by the model there.
 *
 * Method. When every option leg expires together the payoff is piecewise linear and
 * {@link analyzeStrategy} gives everything exactly (payoffs summed error-free at each strike,
 * slopes at 0 and beyond the highest strike). Otherwise the P&L at the first expiration T₁ is
 * f(S) = front payoffs + Σ model values of the later legs, smooth between the front strikes:
 * - unbounded profit or loss is decided exactly from the slope far above every strike, the
 *   net position in calls and stock (a later call counting e^(−qτ), its deep in-the-money
 *   delta; 1 if American with q > 0);
 * - extremes lie at 0, at a front strike, at a root of f′ (f′ = Σ dollar deltas) or at the
 *   limit far above the strikes; f′ is sampled on a grid dense in the later legs' own scale
 *   (every 0.25 σ√τ within ±12 σ√τ of each later strike, where all their curvature is) and
 *   each sign change is solved by Newton's method with f″ = dollar gamma inside a bisection
 *   bracket, to the last bit;
 * - break-evens: every sign change of f on the same grid, solved the same way with f′.
 * A zero of f or f′ that touches without crossing between two grid points (a double root) is
 * not reported; it changes neither the sign of the P&L nor its extremes by more than the
 * grid's resolution.
 * The probability of profit is the lognormal probability of {f > 0} at T₁ under
 * `market.drift` ('risk-neutral' by default), from `market.volatility`.
 * @example
 * analyzePosition(calendar, { spot: 6000, volatility: 0.16, rate: 0.04 }).breakevens // two prices around 6000
 */
export function analyzePosition(
  strategy: Strategy,
  market: PositionAnalysisMarket,
): PositionAnalysis {
  const book = buildBook(strategy, market);
  const spot = requirePositive(market.spot, 'market.spot');
  const t1 = book.firstExpiry;
  const laterLegs = book.legs.some((l) => l.expiry > t1);
  const distribution = {
    spot,
    volatility: market.volatility,
    time: t1,
    rate: market.rate,
    dividendYield: market.dividendYield,
    drift: market.drift,
  };
  if (!laterLegs) {
    const a = analyzeStrategy(strategy, distribution);
    return {
      ...a,
      firstExpiry: t1,
      laterLegs,
      probabilityOfProfit: a.probabilityOfProfit ?? 0,
    };
  }
  let netPremium = 0;
  for (const leg of strategy.legs) {
    if (leg.kind !== 'stock') netPremium -= leg.quantity * leg.premium;
  }
  const { multiplier } = checkStrategy(strategy);
  const f = (S: number) => bookPnl(book, S, t1);
  const front = book.legs.filter((l) => l.expiry <= t1);
  const later = book.legs.filter((l) => l.expiry > t1);

  // sample points: front strikes (kinks), the later legs' scale, American crossover levels
  const points = new Set<number>(front.map((l) => l.strike));
  for (const leg of later) {
    const tau = leg.expiry - t1;
    const s = leg.volatility * Math.sqrt(tau);
    const carry = (book.rate - book.dividendYield) * tau;
    points.add(leg.strike * Math.exp(-carry));
    if (s > 0)
      for (let u = -12; u <= 12; u += 0.25) points.add(leg.strike * Math.exp(u * s - carry));
    if (book.american) {
      const crossover =
        (leg.strike * -Math.expm1(-book.rate * tau)) / -Math.expm1(-book.dividendYield * tau);
      if (crossover > 0 && Number.isFinite(crossover)) points.add(crossover);
    }
  }
  const xs = [...points].filter((x) => x > 0 && Number.isFinite(x)).sort((a, b) => a - b);
  const values = xs.map(f);
  const atZero = f(0);
  const far = asymptote(book, t1);

  let maxProfit = Math.max(atZero, ...values);
  let minProfit = Math.min(atZero, ...values);
  if (far.slope > 0) maxProfit = Number.POSITIVE_INFINITY;
  else if (far.slope < 0) minProfit = Number.NEGATIVE_INFINITY;
  else {
    maxProfit = Math.max(maxProfit, far.constant);
    minProfit = Math.min(minProfit, far.constant);
  }

  // the front legs' payoff slope on an interval, from its midpoint
  const frontSlope = (mid: number) => {
    let slope = 0;
    for (const l of front) if (l.sign * (mid - l.strike) > 0) slope += l.sign * l.size;
    return slope;
  };
  const laterDelta = (x: number) => {
    let d = book.shares;
    for (const l of later) {
      valueLeg(book, l, x, t1);
      d += l.size * legOut.delta;
    }
    return d;
  };
  const laterGamma = (x: number) => {
    let g = 0;
    for (const l of later) {
      valueLeg(book, l, x, t1);
      g += l.size * legOut.gamma;
    }
    return g;
  };

  const breakevens: number[] = [];
  const edges = [0, ...xs];
  const edgeValues = [atZero, ...values];
  const edgeDeltas = [0, ...xs.map(laterDelta)];
  for (let k = 0; k < edges.length; k++) {
    const a = edges[k]!;
    const fa = edgeValues[k]!;
    if (fa === 0 && a > 0) breakevens.push(a);
    const last = k === edges.length - 1;
    const b = last ? Number.POSITIVE_INFINITY : edges[k + 1]!;
    const fb = last ? (far.slope === 0 ? far.constant : far.slope * b) : edgeValues[k + 1]!;
    const mid = last ? 2 * a + 1 : 0.5 * (a + b);
    const fs = frontSlope(mid);
    const df = (x: number) => fs + laterDelta(x);
    if (last || a === 0) {
      // f is affine here (the later legs' time value is below e^(−72) of their size): a root
      // by one step from the finite end, polished by Newton's method on the model curve
      if ((fa < 0 && fb > 0) || (fa > 0 && fb < 0)) {
        const end = last ? a : b;
        const fEnd = last ? fa : fb;
        const slope = last ? far.slope : fs + edgeDeltas[k + 1]!;
        let x = end - fEnd / slope;
        for (let i = 0; i < 3 && x > 0; i++) {
          const v = f(x);
          const d = df(x);
          if (v === 0 || d === 0) break;
          const next = x - v / d;
          if (next === x) break;
          x = next;
        }
        breakevens.push(x);
      }
      continue;
    }
    if ((fa < 0 && fb > 0) || (fa > 0 && fb < 0)) breakevens.push(solve(f, df, a, b, fa));
    const da = fs + edgeDeltas[k]!;
    const db = fs + edgeDeltas[k + 1]!;
    if ((da < 0 && db > 0) || (da > 0 && db < 0)) {
      const x = solve(df, laterGamma, a, b, da);
      const v = f(x);
      if (v > maxProfit) maxProfit = v;
      if (v < minProfit) minProfit = v;
    }
  }
  breakevens.sort((a, b) => a - b);
  const probabilityOfProfit = probabilityOfProfitOver(f, breakevens, distribution);
  return {
    netPremium: netPremium * multiplier,
    maxProfit,
    maxLoss: minProfit === 0 ? 0 : -minProfit,
    breakevens,
    probabilityOfProfit,
    firstExpiry: t1,
    laterLegs,
  };
}

/**
 * Fills in a volatility for every option leg that has none, from one at-the-money volatility
 * and a simple linear skew in log-moneyness (sticky strike: each leg keeps its volatility as the
 * price and date move): σ(K) = σ_ATM − skew·ln(K/reference), floored at 1 %. A positive `skew`
 * raises the volatility of lower strikes, as on index options; skew 0.5 adds about 5.3
 * volatility points 10 % below the reference price. Legs with their own volatility keep it.
 * @example
 * withSkew(strategy, { volatility: 0.16, skew: 0.5, reference: 6000 })
 */
export function withSkew(
  strategy: Strategy,
  smile: { volatility: number; skew?: number; reference: number },
): Strategy {
  checkStrategy(strategy);
  if (typeof smile !== 'object' || smile === null) throw new RangeError('smile must be an object');
  const atm = requireNonNegative(smile.volatility, 'smile.volatility');
  const skew = optionalFinite(smile.skew, 'smile.skew', 0);
  const reference = requirePositive(smile.reference, 'smile.reference');
  return {
    ...strategy,
    legs: strategy.legs.map((leg) =>
      leg.kind === 'stock' || leg.volatility !== undefined
        ? leg
        : {
            ...leg,
            volatility: Math.max(
              MIN_SKEWED_VOLATILITY,
              atm - skew * Math.log(leg.strike / reference),
            ),
          },
    ),
  };
}

/** The floor of {@link withSkew}: a steep skew never makes a far strike's volatility vanish. */
export const MIN_SKEWED_VOLATILITY = 0.01;
