/**
 * The normalised Black function, the dimensionless core of every Black-Scholes-Merton and
 * Black-76 price:
 *
 *   b(x, s, θ) = θ·[e^(x/2)·Φ(θ(x/s + s/2)) − e^(−x/2)·Φ(θ(x/s − s/2))]
 *
 * with x = ln(F/K) the log-moneyness of the forward, s = σ√T the total volatility and θ = +1 for
 * a call, −1 for a put; the undiscounted price is √(F·K)·b (P. Jäckel, "Let's Be Rational",
 * Wilmott (2015), 40–53, section 2). An in-the-money option is its intrinsic value
 * 2·sinh(|x|/2) plus the out-of-the-money option b(−|x|, s), so everything below reduces to
 * the out-of-the-money call with x ≤ 0.
 *
 * Writing h = x/s, t = s/2 and Y(z) = Φ(z)/φ(z) (so Y(z) = R(−z), the Mills ratio), the two
 * terms share the factor E = e^(−(h² + t²)/2)/√(2π):
 *
 *   b = E·[Y(h + t) − Y(h − t)]
 *
 * which is exact, never forms 1 − Φ, and underflows to exactly 0 only when E does. Three
 * regions keep full relative accuracy (a = −h = |x|/s):
 *   - h + t > 0.85: b = e^(x/2) − E·[R(h + t) + R(t − h)], two positive tails, no cancellation;
 *   - t·max(a, 1) < 1: the difference Y(h+t) − Y(h−t) would cancel, so it is summed as its
 *     Taylor series 2·Σ_{k odd} Y⁽ᵏ⁾(h)·tᵏ/k!, whose derivatives follow from Y′ = 1 + hY:
 *     Y⁽ⁿ⁺¹⁾ = h·Y⁽ⁿ⁾ + n·Y⁽ⁿ⁻¹⁾ (for a > 4√2, Y′ = 1 − aR(a) comes from the tail term of
 *     Cody's erfcx, which holds it without cancellation);
 *   - elsewhere the difference loses at most a factor comparable to the condition number of
 *     b itself (≈ a²), so the direct difference of the two Mills ratios is as good as exact.
 */

import { erfcxTailCorrection, INV_SQRT_2PI, millsRatioUnchecked } from './normal.ts';
import { optionSign, requireFinite, requireNonNegative } from './validate.ts';

const SQRT_PI = 1.772453850905516;
/** 4√2: beyond it Y′(−a) comes from Cody's third-interval term. */
const TAIL_A = 5.656854249492381;
/** 2⁻⁵⁴: a Taylor term below this fraction of the sum no longer changes it. */
const HALF_ULP = 5.551115123125783e-17;

/**
 * Y(−a + t) − Y(−a − t) by its Taylor series in t about −a (a ≥ 0, t·max(a, 1) < 1).
 */
function taylorDifference(a: number, t: number): number {
  const y0 = millsRatioUnchecked(a);
  let y1 = a > TAIL_A ? SQRT_PI * erfcxTailCorrection(a * Math.SQRT1_2) : 1 - a * y0;
  let y2 = y0;
  // y1 = Y⁽ⁿ⁾, y2 = Y⁽ⁿ⁻¹⁾; coefficient = tⁿ/n!
  let coefficient = t;
  let sum = y1 * t;
  const t2 = t * t;
  for (let n = 1; n < 200; n += 2) {
    // two steps of the recurrence: Y⁽ⁿ⁺¹⁾ then Y⁽ⁿ⁺²⁾ (only odd orders enter the sum)
    const even = -a * y1 + n * y2;
    const odd = -a * even + (n + 1) * y1;
    y2 = even;
    y1 = odd;
    coefficient *= t2 / ((n + 1) * (n + 2));
    const term = odd * coefficient;
    sum += term;
    if (term <= sum * HALF_ULP) break;
  }
  return 2 * sum;
}

/**
 * The out-of-the-money normalised call b(−ax, s) for ax = |x| ≥ 0, s ≥ 0. Internal: no checks.
 */
export function otmNormalizedBlack(ax: number, s: number): number {
  if (!(s > 0)) return 0;
  const t = 0.5 * s;
  const a = ax / s;
  const e = INV_SQRT_2PI * Math.exp(-0.5 * (a * a + t * t));
  if (t - a > 0.85) {
    return Math.exp(-0.5 * ax) - e * (millsRatioUnchecked(t - a) + millsRatioUnchecked(a + t));
  }
  if (e === 0) return 0;
  if (t * Math.max(a, 1) < 1) return e * taylorDifference(a, t);
  return e * (millsRatioUnchecked(a - t) - millsRatioUnchecked(a + t));
}

/**
 * e^(−ax/2) − b(−ax, s): how far the out-of-the-money call is below its supremum, computed as
 * a sum of two positive tails when s > 2·ax/s (internal, used by the implied-volatility solver).
 */
export function otmNormalizedBlackComplement(ax: number, s: number): number {
  if (!(s > 0)) return Math.exp(-0.5 * ax);
  const t = 0.5 * s;
  const a = ax / s;
  if (t > a) {
    const e = INV_SQRT_2PI * Math.exp(-0.5 * (a * a + t * t));
    return e * (millsRatioUnchecked(t - a) + millsRatioUnchecked(a + t));
  }
  return Math.exp(-0.5 * ax) - otmNormalizedBlack(ax, s);
}

/** b(x, s, θ) without checks; `sign` is +1 for a call, −1 for a put. */
export function normalizedBlackUnchecked(x: number, s: number, sign: number): number {
  const ax = Math.abs(x);
  const intrinsic = sign * x > 0 ? 2 * Math.sinh(0.5 * ax) : 0;
  return intrinsic + otmNormalizedBlack(ax, s);
}

/**
 * The normalised Black function b(x, s, θ) = θ·[e^(x/2)Φ(θ(x/s + s/2)) − e^(−x/2)Φ(θ(x/s − s/2))].
 *
 * Units: x = ln(F/K) (dimensionless), s = σ√T (annualised volatility times √years). The
 * discounted price of a Black or Black-Scholes-Merton option is D·√(F·K)·b. Accurate to a few
 * ulp relative (see the module comment for the method); never negative; exactly 0 only when the
 * true value is below the smallest subnormal. Reference: P. Jäckel, "Let's Be Rational" (2015).
 * @example normalizedBlack(0, 0.2, 'call') // 0.07965567455405798 (= erf(0.1/√2))
 */
export function normalizedBlack(x: number, s: number, type: 'call' | 'put'): number {
  const sign = optionSign(type, 'type');
  requireFinite(x, 'x');
  requireNonNegative(s, 's');
  return normalizedBlackUnchecked(x, s, sign);
}
