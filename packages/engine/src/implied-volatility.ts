/**
 * Implied volatility: the σ at which the Black-Scholes-Merton (or Black-76) price equals a
 * given price, to the precision the price allows.
 *
 * Method (after P. Jäckel, "Let's Be Rational", Wilmott (2015), 40–53; the code is written from
 * the mathematics, with its own initial guesses). In normalised form b(x, s) = price/(D·√(F·K)),
 * x = ln(F/K), s = σ√T, an in-the-money price is reduced to the out-of-the-money one by
 * subtracting the intrinsic value 2·sinh(|x|/2); the out-of-the-money call b(−|x|, s) rises from
 * 0 to e^(−|x|/2) with one inflection, at s_c = √(2|x|). The tangent there meets b = 0 at s_l and
 * b = e^(−|x|/2) at s_u, which splits the range into three branches with an objective each that
 * is nearly linear in s:
 *   - below b(s_l): g = 1/ln b(s) − 1/ln β, since ln b ≈ −x²/(2s²) for small s (prices down to
 *     the smallest subnormals keep full relative resolution);
 *   - between: g = b(s) − β;
 *   - above b(s_u): g = ln(e^(−|x|/2) − β) − ln(e^(−|x|/2) − b(s)), the complement being a sum
 *     of two tail probabilities, never a difference.
 * The start is an asymptotic solve in the lowest branch (b ≈ φ(x/s)·s³/x² ·e^(−s²/8)), a cubic
 * Hermite interpolation of s(β) through the branch ends in the middle (the derivatives ∂b/∂s are
 * analytic), and the large-s expansion b ≈ e^(−|x|/2) − 2cosh(x/2)·Φ(−s/2) in the highest
 * branch. Householder's third-order iteration (quartic convergence) then uses the analytic
 * derivatives b′ = e^(−(x²/s² + s²/4)/2)/√(2π), b″/b′ = x²/s³ − s/4,
 * b‴/b′ = (x²/s³ − s/4)² − 3x²/s⁴ − 1/4, inside a bracket that falls back to bisection, so it
 * cannot diverge. Typical cases converge in two or three iterations.
 */

import type { OptionSpec } from './black-scholes.ts';
import { sinhSmall } from './hyperbolic.ts';
import { logRatio } from './log-ratio.ts';
import { INV_SQRT_2PI, lowerQuantile, normalCdfUnchecked } from './normal.ts';
import { TABLE_LIMIT, tabulatedDensity, tabulatedTailOnly } from './normal-table.ts';
import { kernelOut, otmKernel } from './normalized-black.ts';
import {
  optionalFinite,
  optionSign,
  requireFinite,
  requireNonNegative,
  requirePositive,
} from './validate.ts';

export type ImpliedVolatilityFailure = 'below-intrinsic' | 'above-maximum' | 'invalid-input';

/**
 * Thrown by the implied-volatility functions. `reason` says why no volatility exists:
 * 'below-intrinsic' (the price is below the option's discounted intrinsic value),
 * 'above-maximum' (at or above the price of an option with infinite volatility: the discounted
 * forward for a call, the discounted strike for a put), 'invalid-input' (a field is NaN,
 * infinite, negative, or time is 0). Extends RangeError, with the field named in the message.
 */
export class ImpliedVolatilityError extends RangeError {
  readonly reason: ImpliedVolatilityFailure;
  constructor(reason: ImpliedVolatilityFailure, message: string) {
    super(message);
    this.name = 'ImpliedVolatilityError';
    this.reason = reason;
  }
}

/** A RangeError from the input checks, re-thrown as an ImpliedVolatilityError('invalid-input'). */
function asInvalid(error: unknown): unknown {
  return error instanceof RangeError && !(error instanceof ImpliedVolatilityError)
    ? new ImpliedVolatilityError('invalid-input', error.message)
    : error;
}

const EPSILON = Number.EPSILON;

/** b(−ax, s) with side outputs in kernelOut; ehalf = e^(−ax/2). */
function otm(ax: number, s: number, ehalf: number): number {
  return otmKernel(ax / s, 0.5 * s, 0, ehalf);
}

/** Φ(−z) for any z ≥ 0: from the table below its limit, from Cody's erfc beyond. */
function upperTail(z: number): number {
  return z < TABLE_LIMIT ? tabulatedTailOnly(z) : normalCdfUnchecked(-z);
}

/**
 * b(−ax, s) from the plain Black formula e^(−ax/2)·Φ(−p) − e^(ax/2)·Φ(−q): the two terms may
 * cancel (relative error up to ~1e−13), which is harmless where it is used, to choose the branch
 * and the interpolation nodes of the starting guess, and costs two table look-ups instead of a
 * full kernel evaluation.
 */
function roughOtm(ax: number, s: number, ehalf: number): number {
  const a = ax / s;
  const t = 0.5 * s;
  const p = a - t;
  const tailP = p >= 0 ? upperTail(p) : 1 - upperTail(-p);
  return Math.max(ehalf * tailP - upperTail(a + t) / ehalf, 0);
}

/** ∂b/∂s at s for |x| = ax, ehalf = e^(−ax/2): E = e^(−ax/2)·φ(ax/s − s/2). */
function vegaAt(ax: number, s: number, ehalf: number): number {
  const p = Math.abs(ax / s - 0.5 * s);
  return ehalf * (p < TABLE_LIMIT ? tabulatedDensity(p) : INV_SQRT_2PI * Math.exp(-0.5 * p * p));
}

/** Cubic Hermite interpolation of s(β) between (b0, s0) and (b1, s1) with slopes ds/dβ. */
function hermite(
  beta: number,
  b0: number,
  s0: number,
  m0: number,
  b1: number,
  s1: number,
  m1: number,
) {
  const width = b1 - b0;
  const u = (beta - b0) / width;
  const u2 = u * u;
  const u3 = u2 * u;
  const s =
    (2 * u3 - 3 * u2 + 1) * s0 +
    (u3 - 2 * u2 + u) * width * m0 +
    (-2 * u3 + 3 * u2) * s1 +
    (u3 - u2) * width * m1;
  return s;
}

/** Start in the lowest branch: solve ln β = −x²/(2s²) − s²/8 + ln(s³/(x² − s⁴/4)) − ln√(2π). */
function lowerGuess(beta: number, ax: number): number {
  const logBeta = Math.log(beta);
  const x2 = ax * ax;
  let s = ax / Math.sqrt(-2 * logBeta);
  for (let i = 0; i < 2; i++) {
    const s2 = s * s;
    const denominator = x2 - 0.25 * s2 * s2;
    if (!(denominator > 0)) break;
    const u = -logBeta - 0.125 * s2 + Math.log((s2 * s) / denominator) - 0.9189385332046728;
    if (!(u > 0)) break;
    s = ax / Math.sqrt(2 * u);
  }
  return s;
}

/**
 * The total volatility s = σ√T at which the out-of-the-money normalised call b(−ax, s) equals
 * beta, for ax = |x| ≥ 0 and 0 < beta < e^(−ax/2). Internal: no checks.
 */
export function solveNormalizedVolatility(
  beta: number,
  ax: number,
  ehalf = Math.exp(-0.5 * ax),
): number {
  const bmax = ehalf;
  const sc = Math.sqrt(2 * ax);
  const vc = INV_SQRT_2PI * bmax; // b′(s_c): at s_c, x²/s² = s²/4 = |x|/2
  const bc = ax > 0 ? roughOtm(ax, sc, bmax) : 0;
  // The bracket starts open: it only ever shrinks on exact evaluations inside the loop.
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  let s: number;
  let branch: 0 | 1 | 2; // 0 lowest, 1 middle, 2 highest
  if (beta < bc) {
    const sl = sc - bc / vc;
    const bl = sl > 0 ? roughOtm(ax, sl, bmax) : 0;
    if (beta < bl) {
      branch = 0;
      s = lowerGuess(beta, ax);
    } else {
      branch = 1;
      s = hermite(beta, bl, sl, 1 / vegaAt(ax, sl, bmax), bc, sc, 1 / vc);
    }
  } else {
    const su = sc + (bmax - bc) / vc;
    const bu = roughOtm(ax, su, bmax);
    if (beta > bu) {
      branch = 2;
      const complement = bmax - beta;
      s = -2 * lowerQuantile(complement / (bmax + 1 / bmax));
    } else {
      branch = 1;
      s = hermite(beta, bc, sc, 1 / vc, bu, su, 1 / vegaAt(ax, su, bmax));
    }
  }
  const betaBar = bmax - beta;
  const logBetaInverse = branch === 0 ? 1 / Math.log(beta) : 0;
  const logBetaBar = branch === 2 ? Math.log(betaBar) : 0;
  const x2 = ax * ax;

  for (let iteration = 0; iteration < 64; iteration++) {
    if (!(s > lo && s < hi)) s = Number.isFinite(hi) ? 0.5 * (lo + hi) : Math.max(2 * lo, 1);
    const b = otm(ax, s, bmax);
    if (b === beta) return s;
    if (b < beta) lo = s;
    else hi = s;
    const vega = kernelOut.vega;
    let step: number;
    if (!(b > 0) || !(vega > 0)) {
      step = Number.NaN; // underflow: bisect
    } else {
      const s2 = s * s;
      const q2 = x2 / (s2 * s) - 0.25 * s; // b″/b′
      const q3 = q2 * q2 - (3 * x2) / (s2 * s2) - 0.25; // b‴/b′
      let nu: number;
      let h2: number;
      let h3: number;
      if (branch === 0) {
        const L = Math.log(b);
        const r1 = vega / b;
        nu = (L * (1 - logBetaInverse * L)) / r1;
        h2 = q2 - r1 - (2 * r1) / L;
        h3 = q3 - 3 * q2 * r1 + 2 * r1 * r1 - (6 * r1 * (q2 - r1)) / L + (6 * r1 * r1) / (L * L);
      } else if (branch === 2) {
        const complement = Number.isNaN(kernelOut.complement) ? bmax - b : kernelOut.complement;
        const r = vega / complement;
        nu = (Math.log(complement) - logBetaBar) / r;
        h2 = q2 + r;
        h3 = q3 + 3 * r * q2 + 2 * r * r;
      } else {
        nu = (beta - b) / vega;
        h2 = q2;
        h3 = q3;
      }
      step = (nu * (1 + 0.5 * h2 * nu)) / (1 + nu * (h2 + (h3 * nu) / 6));
    }
    const next = s + step;
    if (Math.abs(step) <= 4 * EPSILON * s) return next;
    if (!(next > lo && next < hi)) {
      s = Number.isFinite(hi) ? 0.5 * (lo + hi) : 2 * s;
      continue;
    }
    // Quartic convergence: once a step is below 2e−6·s the next would be below 1e−20·s.
    if (Math.abs(step) <= 2e-6 * next || hi - lo <= 4 * EPSILON * lo) return next;
    s = next;
  }
  return s;
}

/** Inputs of {@link impliedVolatility}: an option spec without volatility, plus its price. */
export type ImpliedVolatilitySpec = Omit<OptionSpec, 'volatility'> & {
  /** the option's market price, in the currency of spot and strike */
  price: number;
};

/** Normalises a price and solves; shared by the BSM and Black-76 entry points. */
function solvePrice(
  sign: number,
  price: number,
  x: number,
  scale: number,
  time: number,
  type: string,
): number {
  const beta = price / scale;
  const ax = Math.abs(x);
  const ehalf = Math.exp(-0.5 * ax); // e^(−|x|/2), the supremum of the out-of-the-money price
  const intrinsic =
    sign * x > 0 ? (ax < Math.LN2 ? 2 * sinhSmall(0.5 * ax) : 1 / ehalf - ehalf) : 0;
  // The forward terms e^(±x/2) carry a rounding of a few ulp; a price that close to the
  // intrinsic value has no time value left to invert.
  const rounding = (4 * EPSILON) / ehalf;
  if (beta < intrinsic - rounding) {
    throw new ImpliedVolatilityError(
      'below-intrinsic',
      `price is below the discounted intrinsic value (${type} at ${price})`,
    );
  }
  if (beta >= intrinsic + ehalf) {
    throw new ImpliedVolatilityError(
      'above-maximum',
      `price is at or above the infinite-volatility limit (${type} at ${price})`,
    );
  }
  const otmBeta = beta - intrinsic;
  if (otmBeta <= 0) return 0;
  return solveNormalizedVolatility(otmBeta, ax, ehalf) / Math.sqrt(time);
}

/**
 * Implied volatility of a European option under Black-Scholes-Merton with a continuous
 * dividend yield: the annualised σ ≥ 0 with optionPrice({ ...spec, volatility: σ }) = price.
 *
 * Precision: the returned σ reproduces the price to within a few ulp, so its own error is
 * about ε·max(price, forward terms)/vega, the precision the price allows; this holds from
 * prices of 1e−300 to within 1e−10 of the intrinsic value and for σ up to 300 % and beyond.
 * A price exactly equal to the intrinsic value returns 0. Method: see the module comment
 * (Householder iterations on branch-wise objectives of the normalised Black function, after
 * P. Jäckel, "Let's Be Rational", Wilmott 2015).
 *
 * Throws {@link ImpliedVolatilityError} with reason 'below-intrinsic', 'above-maximum' or
 * 'invalid-input' (message names the field; time must be > 0).
 * @example
 * impliedVolatility({ type: 'call', spot: 42, strike: 40, time: 0.5, rate: 0.1, price: 4.759422392871532 })
 * // 0.2 (to ~1e−16)
 */
export function impliedVolatility(spec: ImpliedVolatilitySpec): number {
  let sign: number;
  let spot: number;
  let strike: number;
  let time: number;
  let rate: number;
  let q: number;
  let price: number;
  try {
    if (typeof spec !== 'object' || spec === null) throw new RangeError('spec must be an object');
    sign = optionSign(spec.type, 'type');
    spot = requirePositive(spec.spot, 'spot');
    strike = requirePositive(spec.strike, 'strike');
    time = requirePositive(spec.time, 'time');
    rate = requireFinite(spec.rate, 'rate');
    q = optionalFinite(spec.dividendYield, 'dividendYield', 0);
    price = requireNonNegative(spec.price, 'price');
  } catch (error) {
    throw asInvalid(error);
  }
  const x = logRatio(spot, strike) + (rate - q) * time;
  const scale = Math.sqrt(spot) * Math.sqrt(strike) * Math.exp(-0.5 * (rate + q) * time);
  return solvePrice(sign, price, x, scale, time, spec.type);
}

/** Inputs of {@link black76ImpliedVolatility}. */
export interface Black76ImpliedVolatilitySpec {
  type: 'call' | 'put';
  /** forward or futures price, > 0 */
  forward: number;
  /** strike, > 0 */
  strike: number;
  /** years to expiry, > 0 */
  time: number;
  /** discount rate; default 0 */
  rate?: number;
  /** option price */
  price: number;
}

/**
 * Implied volatility of an option on a forward or future (Black 1976), e.g. a VIX option
 * priced off its VIX future. Same method, precision and errors as {@link impliedVolatility}.
 * @example black76ImpliedVolatility({ type: 'put', forward: 19, strike: 19, time: 0.75, rate: 0.1, price: 1.7010507252362674 }) // 0.28
 */
export function black76ImpliedVolatility(spec: Black76ImpliedVolatilitySpec): number {
  let sign: number;
  let forward: number;
  let strike: number;
  let time: number;
  let rate: number;
  let price: number;
  try {
    if (typeof spec !== 'object' || spec === null) throw new RangeError('spec must be an object');
    sign = optionSign(spec.type, 'type');
    forward = requirePositive(spec.forward, 'forward');
    strike = requirePositive(spec.strike, 'strike');
    time = requirePositive(spec.time, 'time');
    rate = optionalFinite(spec.rate, 'rate', 0);
    price = requireNonNegative(spec.price, 'price');
  } catch (error) {
    throw asInvalid(error);
  }
  const scale = Math.exp(-rate * time) * Math.sqrt(forward) * Math.sqrt(strike);
  return solvePrice(sign, price, logRatio(forward, strike), scale, time, spec.type);
}
