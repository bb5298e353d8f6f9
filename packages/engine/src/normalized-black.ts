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
 * which is exact, never forms 1 − Φ, and underflows to exactly 0 only when E does. With
 * a = −h = |x|/s, p = a − t and q = a + t, E·Y(h + t) = e^(−|x|/2)·Φ(−p) and
 * E·Y(h − t) = e^(|x|/2)·Φ(−q), and three regions keep full relative accuracy:
 *   - p < −0.85 (Φ(d₁) > 0.8): b = e^(−|x|/2) − [e^(−|x|/2)·Φ(p) + e^(|x|/2)·Φ(−q)], two small
 *     positive tails subtracted from the supremum, no cancellation;
 *   - where the two terms would cancel by more than a factor 8 (near the money with small t, or
 *     t < a/8 in the wing, see {@link useSeries}): the difference is summed as its Taylor series
 *     2·Σ_{k odd} Y⁽ᵏ⁾(h)·tᵏ/k!, whose derivatives follow from Y′ = 1 + hY by the recurrence
 *     Y⁽ⁿ⁺¹⁾ = h·Y⁽ⁿ⁾ + n·Y⁽ⁿ⁻¹⁾ (for a > 4√2, Y′ = 1 − aR(a) comes from the tail term of
 *     Cody's erfcx, which holds it without cancellation);
 *   - elsewhere the plain difference of the two terms, which then loses at most a factor 8, or
 *     in the far wing a factor comparable to the condition number of b itself (≈ a²).
 * The tails come from the normal table (normal-table.ts) while |p|, q < 9 and from Cody's
 * rational functions beyond.
 */

import { erfcxNonNegative, erfcxTailCorrection, erfSmall, INV_SQRT_2PI } from './normal.ts';
import { TABLE_LIMIT, tableOut, tabulatedTail, tabulatedTailOnly } from './normal-table.ts';
import { optionSign, requireFinite, requireNonNegative } from './validate.ts';

export const SQRT_PI = 1.772453850905516;
export const SQRT_HALF_PI = 1.2533141373155003;
/** Below this argument Cody's erfcx needs an exponential; Φ(−z) = (1 − erf(z/√2))/2 does not. */
export const CENTRAL = 0.6629126073623883; // 0.46875·√2
/** 4√2: beyond it Y′(−a) comes from Cody's third-interval term. */
export const TAIL_A = 5.656854249492381;
/** 2⁻⁵⁴: a Taylor term below this fraction of the sum no longer changes it. */
export const HALF_ULP = 5.551115123125783e-17;
/** 1/((n+1)(n+2)) for odd n, the ratio of t^(n+2)/(n+2)! to tⁿ/n! over t². */
const TAYLOR_RATIO = Float64Array.from({ length: 100 }, (_, i) => 1 / ((2 * i + 2) * (2 * i + 3)));

/** R(z) = (1 − Φ(z))/φ(z) for z ≥ CENTRAL: Cody's rational erfcx, no exponential. */
export function millsRatioRational(z: number): number {
  return SQRT_HALF_PI * erfcxNonNegative(z * Math.SQRT1_2);
}

/**
 * Where Y(h + t) − Y(h − t) is summed as a Taylor series in t instead of formed as a difference:
 * wherever the two terms would cancel by more than a factor of about 8 (t < a/8, or t small near
 * the money), as long as the forward recurrence of the derivatives stays accurate — its error
 * grows like e^(a·t)/(a·t), so a·t < 4. Beyond that, in the far wing, the difference costs at most
 * a factor comparable to the condition number a² of b itself.
 */
export function useSeries(a: number, t: number): boolean {
  return t * Math.max(a, 1) < 1 || (8 * t < a && a * t < 4);
}

/**
 * Side outputs of the last {@link otmKernel} call, for the implied-volatility solver: the
 * vega factor E = ∂b/∂s = e^(−(a² + t²)/2)/√(2π) and, when it was formed without cancellation
 * (t > a), the complement e^(−|x|/2) − b as a sum of tails (NaN otherwise).
 */
export const kernelOut = { vega: 0, complement: Number.NaN };

/**
 * The out-of-the-money normalised call b(−|x|, s) from a = |x|/s ≥ 0 and t = s/2 > 0. Callers
 * that know them pass vega = E = e^(−(a² + t²)/2)/√(2π) = ∂b/∂s and eh = e^(−|x|/2) = e^(−at)
 * (a value ≤ 0 means "not known": it is computed when needed). Internal: no checks.
 */
export function otmKernel(a: number, t: number, vega: number, eh: number): number {
  const p = a - t;
  const q = a + t;
  if (q < TABLE_LIMIT && -p < TABLE_LIMIT)
    return otmKernelTable(a, t, p, q, eh > 0 ? eh : Math.exp(-a * t));
  if (p < -0.85) {
    // Φ(d₁) is above 0.8: b = e^(x/2) − [e^(x/2)Φ(−d₁) + e^(−x/2)Φ(d₂)], both tails small.
    const ehalf = eh > 0 ? eh : Math.exp(-a * t);
    const e = vega > 0 ? vega : ehalf * INV_SQRT_2PI * Math.exp(-0.5 * p * p); // E = e^(x/2)·φ(d₁)
    const tails = e * (millsRatioRational(-p) + millsRatioRational(q));
    kernelOut.vega = e;
    kernelOut.complement = tails;
    return ehalf - tails;
  }
  // e^(−745.2) is below the smallest subnormal: the price underflows to exactly 0.
  if (a * a + t * t > 1490.5) {
    kernelOut.vega = 0;
    kernelOut.complement = Number.NaN;
    return 0;
  }
  const e = vega > 0 ? vega : INV_SQRT_2PI * Math.exp(-0.5 * (a * a + t * t));
  kernelOut.vega = e;
  if (useSeries(a, t)) {
    // z0 = E·Y(h) = E·R(a), z1 = E·Y′(h) = E·(1 − a·R(a)); near a = 0, R(a) = √(π/2)·e^(a²/2)·erfc(a/√2)
    const z0 =
      a < CENTRAL
        ? e * SQRT_HALF_PI * Math.exp(0.5 * a * a) * (1 - erfSmall(a * Math.SQRT1_2))
        : e * millsRatioRational(a);
    const z1 = a > TAIL_A ? e * SQRT_PI * erfcxTailCorrection(a * Math.SQRT1_2) : e - a * z0;
    kernelOut.complement = Number.NaN;
    return taylorDifference(a, t, z0, z1);
  }
  if (p >= CENTRAL) {
    kernelOut.complement = Number.NaN;
    return e * (millsRatioRational(p) - millsRatioRational(q));
  }
  // E·R(p) = e^(x/2)·Φ(−p), taken from erf near 0 or from the upper tail below −CENTRAL.
  const ehalf = eh > 0 ? eh : Math.exp(-a * t);
  const upper = e * millsRatioRational(q);
  if (p > -CENTRAL) {
    const erfP = erfSmall(p * Math.SQRT1_2);
    kernelOut.complement = p < 0 ? 0.5 * ehalf * (1 + erfP) + upper : Number.NaN;
    return 0.5 * ehalf * (1 - erfP) - upper;
  }
  const tails = e * millsRatioRational(-p) + upper;
  kernelOut.complement = tails;
  return ehalf - tails;
}

/**
 * The same regions with every tail and density read from the normal table (|p|, q < 9): with
 * e^(−|x|/2) known, no exponential and no rational function is evaluated. E = e^(−|x|/2)·φ(p),
 * E·R(p) = e^(−|x|/2)·Φ(−p) and E·R(q) = e^(|x|/2)·Φ(−q).
 */
function otmKernelTable(a: number, t: number, p: number, q: number, ehalf: number): number {
  const tailP = tabulatedTail(p < 0 ? -p : p); // Φ(−|p|)
  const e = ehalf * tableOut.density;
  kernelOut.vega = e;
  const upperQ = tabulatedTailOnly(q) / ehalf; // E·R(q)
  const upperP = p >= 0 ? ehalf * tailP : ehalf * (1 - tailP); // E·R(p)
  // the series only where the two terms cancel by more than a factor 8
  if (useSeries(a, t) && upperP + upperQ > 8 * (upperP - upperQ)) {
    kernelOut.complement = Number.NaN;
    const tailA = tabulatedTail(a);
    const z0 = (e * tailA) / tableOut.density; // E·R(a)
    const z1 = a > TAIL_A ? e * SQRT_PI * erfcxTailCorrection(a * Math.SQRT1_2) : e - a * z0;
    return taylorDifference(a, t, z0, z1);
  }
  kernelOut.complement = p < 0 ? ehalf * tailP + upperQ : Number.NaN;
  return upperP - upperQ;
}

/**
 * E·[Y(−a + t) − Y(−a − t)] by its Taylor series 2·Σ_{k odd} E·Y⁽ᵏ⁾(−a)·tᵏ/k!, from z0 = E·Y and
 * z1 = E·Y′ and the recurrence Y⁽ⁿ⁺¹⁾ = −a·Y⁽ⁿ⁾ + n·Y⁽ⁿ⁻¹⁾ (linear, so it holds scaled by E).
 */
function taylorDifference(a: number, t: number, z0: number, z1: number): number {
  let previous = z0;
  let current = z1;
  let coefficient = t;
  let sum = z1 * t;
  const t2 = t * t;
  for (let i = 0, n = 1; i < 100; i++, n += 2) {
    const even = -a * current + n * previous;
    const odd = -a * even + (n + 1) * current;
    previous = even;
    current = odd;
    coefficient *= t2 * TAYLOR_RATIO[i]!;
    const term = odd * coefficient;
    sum += term;
    if (term <= sum * HALF_ULP) break;
  }
  return 2 * sum;
}

/** 1/k for k = 0…199 (index 0 unused). */
export const INVERSE = Float64Array.from({ length: 200 }, (_, k) => (k === 0 ? 0 : 1 / k));

/**
 * The out-of-the-money normalised call b(−ax, s) for ax = |x| ≥ 0, s ≥ 0. Internal: no checks.
 */
export function otmNormalizedBlack(ax: number, s: number): number {
  if (!(s > 0)) return 0;
  return otmKernel(ax / s, 0.5 * s, 0, 0);
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
