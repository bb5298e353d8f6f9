/**
 * The lognormal law of the underlying price at a horizon, and the probability that it ends in a
 * range: what "probability of profit" and "chance of ending inside the expected move" are made of.
 */

import { logRatio } from './log-ratio.ts';
import { normalCdfUnchecked, normalPdfUnchecked } from './normal.ts';
import { optionalFinite, requireFinite, requireNonNegative, requirePositive } from './validate.ts';

/**
 * The drift of the price until the horizon:
 * - `'risk-neutral'`: the price grows at the rate minus the dividend yield, so its expected value
 *   is the forward S·e^((r − q)T). This is the law under which the Black-Scholes-Merton prices are
 *   expectations, so a probability taken under it is consistent with model premiums (N(d₂) is the
 *   chance a call finishes in the money).
 * - `'zero'`: no drift, the expected price at the horizon is today's price, S·e^(0).
 * Neither is a forecast: the real drift of an index is unknown and matters little over weeks.
 */
export type DriftConvention = 'risk-neutral' | 'zero';

/** The price now and the parameters of its lognormal law at the horizon. */
export interface PriceDistribution {
  /** underlying price now, > 0 */
  spot: number;
  /** annualised volatility, ≥ 0 */
  volatility: number;
  /** years to the horizon, ≥ 0 */
  time: number;
  /** continuously compounded risk-free rate (used by the risk-neutral drift) */
  rate: number;
  /** continuous dividend yield; default 0 (used by the risk-neutral drift) */
  dividendYield?: number;
  /** default 'risk-neutral' */
  drift?: DriftConvention;
}

/** A checked distribution: ln S_T ~ N(ln S + mu, s²). */
export interface CheckedDistribution {
  spot: number;
  /** σ√T */
  s: number;
  /** (b − σ²/2)·T, b the annual drift */
  mu: number;
  /** the expected price at the horizon, S·e^(bT) */
  mean: number;
}

export function checkDistribution(d: PriceDistribution, field = 'market'): CheckedDistribution {
  if (typeof d !== 'object' || d === null) throw new RangeError(`${field} must be an object`);
  const spot = requirePositive(d.spot, `${field}.spot`);
  const volatility = requireNonNegative(d.volatility, `${field}.volatility`);
  const time = requireNonNegative(d.time, `${field}.time`);
  const rate = requireFinite(d.rate, `${field}.rate`);
  const q = optionalFinite(d.dividendYield, `${field}.dividendYield`, 0);
  const drift = d.drift ?? 'risk-neutral';
  if (drift !== 'risk-neutral' && drift !== 'zero') {
    throw new RangeError(`${field}.drift must be 'risk-neutral' or 'zero' (got ${String(drift)})`);
  }
  const b = drift === 'zero' ? 0 : rate - q;
  const s = volatility * Math.sqrt(time);
  return {
    spot,
    s,
    mu: (b - 0.5 * volatility * volatility) * time,
    mean: spot * Math.exp(b * time),
  };
}

/** P(S_T < k) and P(S_T > k), each computed directly so that a small tail keeps its digits. */
function tails(k: number, d: CheckedDistribution): { below: number; above: number } {
  if (k <= 0) return { below: 0, above: 1 };
  if (!Number.isFinite(k)) return { below: 1, above: 0 };
  if (d.s === 0) return d.mean < k ? { below: 1, above: 0 } : { below: 0, above: 1 };
  const z = (logRatio(k, d.spot) - d.mu) / d.s;
  return { below: normalCdfUnchecked(z), above: normalCdfUnchecked(-z) };
}

/** P(lower < S_T < upper) for a checked distribution, from whichever tails are small. */
export function checkedProbabilityBetween(
  d: CheckedDistribution,
  lower: number,
  upper: number,
): number {
  if (!(upper > lower)) return 0;
  const lo = tails(lower, d);
  const hi = tails(upper, d);
  const p = lo.above < hi.below ? lo.above - hi.above : hi.below - lo.below;
  return Math.min(1, Math.max(0, p));
}

/**
 * Probability that the price ends strictly between `lower` and `upper` at the horizon under
 * the lognormal law: N(z_upper) − N(z_lower) with z_k = [ln(k/S) − (b − σ²/2)T]/(σ√T), b the
 * drift of `distribution.drift` (Hull, Options, Futures, and Other Derivatives, 10th ed.,
 * ch. 15). `lower` may be 0 and `upper` Infinity. With zero volatility or time the price ends
 * at its expected value S·e^(bT), so the result is 1 or 0.
 * @example
 * probabilityBetween({ spot: 100, volatility: 0.2, time: 1, rate: 0, drift: 'zero' }, 0, 100) // 0.5398 (N(0.1))
 */
export function probabilityBetween(
  distribution: PriceDistribution,
  lower: number,
  upper: number,
): number {
  const d = checkDistribution(distribution, 'distribution');
  const lo = lower === 0 ? 0 : requirePositive(lower, 'lower');
  const hi = upper === Number.POSITIVE_INFINITY ? upper : requirePositive(upper, 'upper');
  return checkedProbabilityBetween(d, lo, hi);
}

/**
 * Density of the price at the horizon at `x` (per unit of price) under the lognormal law:
 * φ(z_x)/(x·σ√T), z_x as in {@link probabilityBetween}; 0 at x ≤ 0 and, with zero volatility or
 * time, everywhere (the law is a point mass at the expected price).
 * @example priceDensity({ spot: 100, volatility: 0.2, time: 1, rate: 0, drift: 'zero' }, 100) // 0.01985
 */
export function priceDensity(distribution: PriceDistribution, x: number): number {
  const d = checkDistribution(distribution, 'distribution');
  if (!(x > 0) || d.s === 0) return 0;
  const z = (logRatio(x, d.spot) - d.mu) / d.s;
  return normalPdfUnchecked(z) / (x * d.s);
}
