/**
 * The standard normal distribution and the error-function family, accurate to a few units in
 * the last place over the whole double range, tails included.
 *
 * erf, erfc and erfcx use W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev
 * approximations for the error function", Mathematics of Computation 23 (1969), 631–637; the
 * coefficient sets of his CALERF routine, designed for about 18 significant digits) on
 * |x| ≤ 0.46875, 0.46875 ≤ |x| ≤ 4 and |x| > 4. Tails are never formed as `1 − something`:
 * erfc(x) = exp(−x²)·erfcx(x), where exp(−x²) is evaluated as exp(−xₕ²)·exp(−(x − xₕ)(x + xₕ))
 * with xₕ = x rounded to 1/16, so the rounding of x² is not amplified by the exponential.
 */

import { requireFinite } from './validate.ts';

/** 1/√π */
const INV_SQRT_PI = 0.5641895835477563;
/** 1/√(2π) */
export const INV_SQRT_2PI = 0.3989422804014327;
/** √(2π) */
export const SQRT_2PI = 2.5066282746310007;
/** √(π/2) */
const SQRT_HALF_PI = 1.2533141373155003;

/** erf(x) for |x| ≤ 0.46875 (Cody's first interval, rational in x²). */
export function erfSmall(x: number): number {
  const z = x * x;
  let num = 0.18577770618460315 * z + 3.1611237438705655;
  num = num * z + 113.86415415105016;
  num = num * z + 377.485237685302;
  num = num * z + 3209.3775891384694;
  let den = z + 23.601290952344122;
  den = den * z + 244.02463793444417;
  den = den * z + 1282.6165260773723;
  den = den * z + 2844.236833439171;
  return (x * num) / den;
}

/** erfcx(x) = exp(x²)·erfc(x) for 0.46875 ≤ x ≤ 4 (Cody's second interval, rational in x). */
function erfcxMiddle(x: number): number {
  let num = 2.1531153547440383e-8 * x + 0.5641884969886701;
  num = num * x + 8.883149794388377;
  num = num * x + 66.11919063714163;
  num = num * x + 298.6351381974001;
  num = num * x + 881.952221241769;
  num = num * x + 1712.0476126340707;
  num = num * x + 2051.0783778260716;
  num = num * x + 1230.3393547979972;
  let den = x + 15.744926110709835;
  den = den * x + 117.6939508913125;
  den = den * x + 537.1811018620099;
  den = den * x + 1621.3895745666903;
  den = den * x + 3290.7992357334597;
  den = den * x + 4362.619090143247;
  den = den * x + 3439.3676741437216;
  den = den * x + 1230.3393548037495;
  return num / den;
}

/**
 * Cody's third interval, x > 4: erfcx(x) = (1/√π − r)/x with r = z·P(z)/Q(z), z = 1/x².
 * Returns r, which is also 1/√π − x·erfcx(x) computed without cancellation.
 */
export function erfcxTailCorrection(x: number): number {
  const z = 1 / (x * x);
  let num = 0.016315387137302097 * z + 0.30532663496123236;
  num = num * z + 0.36034489994980445;
  num = num * z + 0.12578172611122926;
  num = num * z + 0.016083785148742275;
  num = num * z + 0.0006587491615298378;
  let den = z + 2.568520192289822;
  den = den * z + 1.8729528499234604;
  den = den * z + 0.5279051029514285;
  den = den * z + 0.06051834131244132;
  den = den * z + 0.0023352049762686918;
  return (z * num) / den;
}

/** exp(−x²) with the rounding of x² kept out of the exponential (Cody's splitting). */
function expNegSquare(x: number): number {
  const hi = Math.trunc(x * 16) / 16;
  return Math.exp(-hi * hi) * Math.exp(-(x - hi) * (x + hi));
}

/** exp(x²), split the same way; overflows to Infinity for |x| > 26.64. */
function expSquare(x: number): number {
  const hi = Math.trunc(x * 16) / 16;
  return Math.exp(hi * hi) * Math.exp((x - hi) * (x + hi));
}

/** erfcx(x) for x ≥ 0 without argument checks (internal fast path). */
export function erfcxNonNegative(x: number): number {
  if (x < 0.46875) return Math.exp(x * x) * (1 - erfSmall(x));
  if (x <= 4) return erfcxMiddle(x);
  return (INV_SQRT_PI - erfcxTailCorrection(x)) / x;
}

/**
 * Error function erf(x) = (2/√π)∫₀ˣ e^(−u²) du.
 *
 * Method: Cody (1969) rational Chebyshev approximations; relative error a few ulp.
 * @example erf(0.5) // 0.5204998778130465
 */
export function erf(x: number): number {
  requireFinite(x, 'x');
  const ax = Math.abs(x);
  if (ax < 0.46875) return erfSmall(x);
  const tail = ax <= 4 ? expNegSquare(ax) * erfcxMiddle(ax) : erfcUpperTail(ax);
  return x > 0 ? 1 - tail : tail - 1;
}

function erfcUpperTail(x: number): number {
  // Beyond x ≈ 27.3 erfc(x) is below the smallest subnormal.
  if (x > 27.3) return 0;
  return (expNegSquare(x) * (INV_SQRT_PI - erfcxTailCorrection(x))) / x;
}

/**
 * Complementary error function erfc(x) = 1 − erf(x), computed directly so that the upper tail
 * keeps full relative accuracy (erfc(10) = 2.088487583762545e−45, erfc(26) ≈ 5.7e−296).
 *
 * Method: Cody (1969) rational Chebyshev approximations, erfc(x) = exp(−x²)·erfcx(x) for
 * x ≥ 0.46875 and erfc(x) = 2 − erfc(−x) below −0.46875.
 * @example erfc(3) // 0.00002209049699858544
 */
export function erfc(x: number): number {
  requireFinite(x, 'x');
  const ax = Math.abs(x);
  if (ax < 0.46875) return 1 - erfSmall(x);
  const tail = ax <= 4 ? expNegSquare(ax) * erfcxMiddle(ax) : erfcUpperTail(ax);
  return x > 0 ? tail : 2 - tail;
}

/**
 * Scaled complementary error function erfcx(x) = exp(x²)·erfc(x). Decreases from +∞ to 0;
 * erfcx(x) ≈ 1/(x√π) for large x, so it never underflows where erfc does. Overflows to
 * Infinity for x < −26.64.
 *
 * Method: Cody (1969); for x < 0, erfcx(x) = 2·exp(x²) − erfcx(−x).
 * @example erfcx(10) // 0.05614099274382259
 */
export function erfcx(x: number): number {
  requireFinite(x, 'x');
  if (x >= 0) return erfcxNonNegative(x);
  if (x > -0.46875) return Math.exp(x * x) * (1 - erfSmall(x));
  return 2 * expSquare(x) - erfcxNonNegative(-x);
}

/**
 * Standard normal density φ(x) = exp(−x²/2)/√(2π).
 *
 * The square is split as in Cody's erfc so that φ keeps full relative accuracy out to x ≈ ±38
 * (φ(38) ≈ 1.1e−314).
 * @example normalPdf(1) // 0.24197072451914337
 */
export function normalPdf(x: number): number {
  requireFinite(x, 'x');
  return normalPdfUnchecked(x);
}

/** φ(x) without argument checks. */
export function normalPdfUnchecked(x: number): number {
  const ax = Math.abs(x);
  if (ax > 38.6) return 0;
  const hi = Math.trunc(ax * 16) / 16;
  return INV_SQRT_2PI * Math.exp(-0.5 * hi * hi) * Math.exp(-0.5 * (ax - hi) * (ax + hi));
}

/**
 * Standard normal cumulative distribution Φ(x) = P(Z ≤ x).
 *
 * Lower tail: Φ(x) = φ(x)·√(π/2)·erfcx(−x/√2), so Φ(−37) = 5.72e−300 is accurate to a few ulp;
 * the upper half returns 1 − Φ(−x). Use `normalCdf(-x)` rather than `1 - normalCdf(x)` for an
 * upper-tail probability. Method: Cody (1969) erfcx; see the module comment.
 * @example normalCdf(-1.96) // 0.024997895148220435
 */
export function normalCdf(x: number): number {
  requireFinite(x, 'x');
  return normalCdfUnchecked(x);
}

/** Φ(x) without argument checks. */
export function normalCdfUnchecked(x: number): number {
  const z = Math.abs(x) * Math.SQRT1_2;
  if (z < 0.46875) return 0.5 + 0.5 * erfSmall(x * Math.SQRT1_2);
  const lower = normalPdfUnchecked(x) * SQRT_HALF_PI * erfcxNonNegative(z);
  return x < 0 ? lower : 1 - lower;
}

/**
 * Mills ratio R(x) = (1 − Φ(x))/φ(x) = √(π/2)·erfcx(x/√2). R(x) ≈ 1/x for large x, and
 * 1 − Φ(x) = φ(x)·R(x) is the cancellation-free upper tail. Overflows to Infinity for x < −37.7.
 * @example millsRatio(0) // 1.2533141373155003 (= √(π/2))
 */
export function millsRatio(x: number): number {
  requireFinite(x, 'x');
  return millsRatioUnchecked(x);
}

/** R(x) without argument checks. */
export function millsRatioUnchecked(x: number): number {
  const z = x * Math.SQRT1_2;
  if (z >= 0) return SQRT_HALF_PI * erfcxNonNegative(z);
  if (z > -0.46875) return SQRT_HALF_PI * Math.exp(z * z) * (1 - erfSmall(z));
  return SQRT_2PI * Math.exp(0.5 * x * x) - SQRT_HALF_PI * erfcxNonNegative(-z);
}

/**
 * Inverse of the standard normal CDF: the x with Φ(x) = p, for 0 ≤ p ≤ 1 (±Infinity at 0, 1).
 *
 * Method: P. J. Acklam's rational approximation (2003, relative error 1.15e−9) refined by one
 * Halley step on Φ(x) − p using the accurate tail above, which brings it to full precision. For
 * p > 0.5 the upper tail 1 − p is used (exact in floating point for p ≥ 0.5).
 * @example inverseNormalCdf(0.975) // 1.959963984540054
 */
export function inverseNormalCdf(p: number): number {
  requireFinite(p, 'p');
  if (p < 0 || p > 1) throw new RangeError(`p must be between 0 and 1 (got ${p})`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  return p <= 0.5 ? lowerQuantile(p) : -lowerQuantile(1 - p);
}

/** The x ≤ 0 with Φ(x) = q, for 0 < q ≤ 0.5. */
export function lowerQuantile(q: number): number {
  let x: number;
  if (q < 0.02425) {
    const u = Math.sqrt(-2 * Math.log(q));
    let num = -0.007784894002430293 * u - 0.3223964580411365;
    num = num * u - 2.400758277161838;
    num = num * u - 2.549732539343734;
    num = num * u + 4.374664141464968;
    num = num * u + 2.938163982698783;
    let den = 0.007784695709041462 * u + 0.3224671290700398;
    den = den * u + 2.445134137142996;
    den = den * u + 3.754408661907416;
    den = den * u + 1;
    x = num / den;
  } else {
    const u = q - 0.5;
    const v = u * u;
    let num = -39.69683028665376 * v + 220.9460984245205;
    num = num * v - 275.9285104469687;
    num = num * v + 1.38357751867269e2;
    num = num * v - 30.66479806614716;
    num = num * v + 2.506628277459239;
    let den = -54.47609879822406 * v + 161.5858368580409;
    den = den * v - 155.6989798598866;
    den = den * v + 66.80131188771972;
    den = den * v - 13.28068155288572;
    den = den * v + 1;
    x = (num * u) / den;
  }
  // One Halley step on Φ(x) − q: the error term e/φ(x) is the Newton step.
  const pdf = normalPdfUnchecked(x);
  if (pdf === 0) return x;
  const step = (normalCdfUnchecked(x) - q) / pdf;
  return x - step / (1 + 0.5 * x * step);
}
