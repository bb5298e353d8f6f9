/**
 * Black-Scholes-Merton prices of European options on an asset with a continuous dividend
 * yield, and Black-76 prices of options on a forward or future.
 */

import { sinhSmall } from './hyperbolic.ts';
import { logRatio } from './log-ratio.ts';
import { otmKernel } from './normalized-black.ts';
import {
  optionalFinite,
  optionSign,
  requireFinite,
  requireNonNegative,
  requirePositive,
} from './validate.ts';

export type OptionType = 'call' | 'put';

/** A European option on a spot asset with a continuous dividend yield. */
export interface OptionSpec {
  type: OptionType;
  /** price of the underlying now, > 0 */
  spot: number;
  /** strike, > 0 */
  strike: number;
  /** time to expiry in years (365-day calendar years are the usual convention), ≥ 0 */
  time: number;
  /** continuously compounded risk-free rate, 0.05 = 5 %; may be negative */
  rate: number;
  /** continuously compounded dividend yield, 0.013 = 1.3 %; default 0; may be negative */
  dividendYield?: number;
  /** annualised volatility, 0.2 = 20 %, ≥ 0 */
  volatility: number;
}

/**
 * BSM price without checks. x = ln(F/K) comes from an accurate ln(S/K), so a far-wing price keeps
 * its relative accuracy. An in-the-money price is its forward intrinsic value plus the
 * out-of-the-money option: S·e^(−qT) − K·e^(−rT) directly when the two terms differ by more than
 * a factor 2 (no cancellation), √(F·K)·e^(−rT)·2·sinh(|x|/2) closer to the money.
 */
export function bsmPriceUnchecked(
  sign: number,
  spot: number,
  strike: number,
  time: number,
  rate: number,
  dividendYield: number,
  volatility: number,
): number {
  const sq = dividendYield === 0 ? spot : spot * Math.exp(-dividendYield * time);
  const kr = rate === 0 ? strike : strike * Math.exp(-rate * time);
  const x = logRatio(spot, strike) + (rate - dividendYield) * time;
  return forwardOptionValue(sign, sq, kr, x, volatility * Math.sqrt(time));
}

/**
 * Value of an option given the discounted forward terms sq = S·e^(−qT) (or F·e^(−rT)), kr =
 * K·e^(−rT), x = ln(F/K) and s = σ√T; shared by the BSM and Black-76 prices.
 */
export function forwardOptionValue(
  sign: number,
  sq: number,
  kr: number,
  x: number,
  s: number,
): number {
  const ax = Math.abs(x);
  const half = Math.sqrt(sq / kr); // e^(x/2), spares an exponential
  const root = kr * half; // √(sq·kr)
  let intrinsic = 0;
  if (sign * x > 0) intrinsic = ax > Math.LN2 ? sign * (sq - kr) : root * 2 * sinhSmall(0.5 * ax);
  if (!(s > 0)) return intrinsic;
  const ehalf = x < 0 ? half : 1 / half; // e^(−|x|/2)
  return intrinsic + root * otmKernel(ax / s, 0.5 * s, 0, ehalf);
}

/**
 * Black-Scholes-Merton price of a European call or put on an asset paying a continuous
 * dividend yield q (the generalized BSM model with cost of carry b = r − q):
 *
 *   call = S·e^(−qT)·N(d₁) − K·e^(−rT)·N(d₂),  put = K·e^(−rT)·N(−d₂) − S·e^(−qT)·N(−d₁),
 *   d₁,₂ = [ln(S/K) + (r − q ± σ²/2)·T]/(σ√T).
 *
 * Evaluated through the normalised Black function (see normalized-black.ts), so a far
 * out-of-the-money price keeps its relative accuracy down to the underflow threshold and is
 * never negative. Zero time gives the intrinsic value max(θ(S − K), 0); zero volatility gives the
 * discounted intrinsic value of the forward, max(θ(S·e^(−qT) − K·e^(−rT)), 0).
 *
 * Units: currency of spot and strike; time in years, rates and volatility annualised decimals.
 * References: F. Black and M. Scholes (1973); R. C. Merton (1973); E. G. Haug, The Complete Guide
 * to Option Pricing Formulas, 2nd ed. (2007), §1.1.6; J. C. Hull, Options, Futures, and Other
 * Derivatives, 10th ed., ch. 15 (the S = 42, K = 40 worked example).
 * @example
 * optionPrice({ type: 'call', spot: 42, strike: 40, time: 0.5, rate: 0.1, volatility: 0.2 })
 * // 4.759422392871532 (Hull: 4.76)
 */
export function optionPrice(spec: OptionSpec): number {
  const sign = optionSpecSign(spec);
  return bsmPriceUnchecked(
    sign,
    spec.spot,
    spec.strike,
    spec.time,
    spec.rate,
    spec.dividendYield ?? 0,
    spec.volatility,
  );
}

/**
 * +1 for a valid call, −1 for a valid put; otherwise throws the RangeError that names the first
 * invalid field (type, spot, strike, time, rate, dividendYield, volatility, in that order).
 *
 * The valid case is one expression of typeof tests and comparisons, which the JIT inlines into
 * the function that computes with the fields: they then stay unboxed doubles. Passing each field
 * through a checking function instead costs a boxed number per field, a sixth of a price.
 */
export function optionSpecSign(spec: OptionSpec): 1 | -1 {
  if (typeof spec === 'object' && spec !== null) {
    const { type, spot, strike, time, rate, dividendYield, volatility } = spec;
    if (
      typeof spot === 'number' &&
      spot > 0 &&
      spot < Number.POSITIVE_INFINITY &&
      typeof strike === 'number' &&
      strike > 0 &&
      strike < Number.POSITIVE_INFINITY &&
      typeof time === 'number' &&
      time >= 0 &&
      time < Number.POSITIVE_INFINITY &&
      typeof rate === 'number' &&
      rate - rate === 0 &&
      (dividendYield === undefined ||
        (typeof dividendYield === 'number' && dividendYield - dividendYield === 0)) &&
      typeof volatility === 'number' &&
      volatility >= 0 &&
      volatility < Number.POSITIVE_INFINITY
    ) {
      if (type === 'call') return 1;
      if (type === 'put') return -1;
    }
  }
  return rejectOptionSpec(spec);
}

function rejectOptionSpec(spec: OptionSpec): never {
  if (typeof spec !== 'object' || spec === null) throw new RangeError('spec must be an object');
  optionSign(spec.type, 'type');
  requirePositive(spec.spot, 'spot');
  requirePositive(spec.strike, 'strike');
  requireNonNegative(spec.time, 'time');
  requireFinite(spec.rate, 'rate');
  optionalFinite(spec.dividendYield, 'dividendYield', 0);
  requireNonNegative(spec.volatility, 'volatility');
  throw new RangeError('spec is invalid');
}

/** A European option on a forward or futures price (Black 1976). */
export interface Black76Spec {
  type: OptionType;
  /** forward or futures price for the option's expiry, > 0 */
  forward: number;
  /** strike, > 0 */
  strike: number;
  /** time to expiry in years, ≥ 0 */
  time: number;
  /** continuously compounded rate used to discount the payoff; default 0 */
  rate?: number;
  /** annualised volatility of the forward, ≥ 0 */
  volatility: number;
}

/**
 * Black-76 price of a European option on a forward or futures price F:
 *
 *   call = e^(−rT)·[F·N(d₁) − K·N(d₂)],  put = e^(−rT)·[K·N(−d₂) − F·N(−d₁)],
 *   d₁,₂ = [ln(F/K) ± σ²T/2]/(σ√T).
 *
 * This is how VIX options are valued: they settle on the VIX special opening quotation, so the
 * relevant underlying is the VIX future of the same expiry, not spot VIX. Same accuracy and
 * edge-case rules as {@link optionPrice}. Reference: F. Black, "The pricing of commodity
 * contracts", Journal of Financial Economics 3 (1976), 167–179; Haug (2007) §1.1.3.
 * @example black76Price({ type: 'call', forward: 20, strike: 25, time: 0.25, rate: 0.04, volatility: 0.9 })
 * // ≈ 1.8 (an out-of-the-money VIX call)
 */
export function black76Price(spec: Black76Spec): number {
  if (typeof spec !== 'object' || spec === null) throw new RangeError('spec must be an object');
  const sign = optionSign(spec.type, 'type');
  const forward = requirePositive(spec.forward, 'forward');
  const strike = requirePositive(spec.strike, 'strike');
  const time = requireNonNegative(spec.time, 'time');
  const rate = optionalFinite(spec.rate, 'rate', 0);
  const volatility = requireNonNegative(spec.volatility, 'volatility');
  const discount = Math.exp(-rate * time);
  const x = logRatio(forward, strike);
  return forwardOptionValue(
    sign,
    forward * discount,
    strike * discount,
    x,
    volatility * Math.sqrt(time),
  );
}

/**
 * Forward price of an asset with a continuous dividend yield: F = S·e^((r − q)T).
 * @example forwardPrice({ spot: 100, time: 1, rate: 0.05, dividendYield: 0.02 }) // 103.0454533953517
 */
export function forwardPrice(spec: {
  spot: number;
  time: number;
  rate: number;
  dividendYield?: number;
}): number {
  const spot = requirePositive(spec.spot, 'spot');
  const time = requireNonNegative(spec.time, 'time');
  const rate = requireFinite(spec.rate, 'rate');
  const q = optionalFinite(spec.dividendYield, 'dividendYield', 0);
  return spot * Math.exp((rate - q) * time);
}
