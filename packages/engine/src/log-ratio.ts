/**
 * ln(a/b) for positive a and b, accurate to a couple of ulp of the result even when a/b is close
 * to 1, where the rounding of the quotient would otherwise be an absolute error of an ulp of 1.
 *
 * Log-moneyness enters option prices divided by σ√T, so an absolute error of one ulp of 1 in
 * ln(S/K) would be amplified ((ln(S/K))²/(σ²T) ≈ 1,400 in the far wing); this keeps it relative.
 *
 * Near 1 (a/b within 0.8–1.25, where every quoted strike of a short-dated option lies) it is
 * 2·atanh(w) with w = (a − b)/(a + b): a − b is exact there (Sterbenz's lemma), so w carries two
 * roundings, and the odd series 2w·Σ w²ᵏ/(2k + 1) through w¹⁹ (|w| ≤ 1/9: truncation below
 * 1e−19 relative) is a dozen multiply-adds instead of a library call. Within a factor 2, log1p
 * of (a − b)/b; further apart |ln(a/b)| > ln 2 and the rounding of a/b is already small
 * relative to it.
 * @example logRatio(101, 100) // 0.009950330853168083
 */
export function logRatio(a: number, b: number): number {
  const sum = a + b;
  const w = (a - b) / sum;
  const u = w * w;
  if (u <= ATANH_SERIES_LIMIT && sum < Number.POSITIVE_INFINITY) {
    // 2·atanh(w) = 2w + 2w·u·Σₖ uᵏ/(2k + 3), k = 0…8, by Estrin's scheme
    const u2 = u * u;
    const u4 = u2 * u2;
    // the coefficients 1/3, 1/5, …, 1/19 as literals: constant loads keep the function small
    const low = 0.3333333333333333 + 0.2 * u + (0.14285714285714285 + 0.1111111111111111 * u) * u2;
    const high =
      0.09090909090909091 +
      0.07692307692307693 * u +
      (0.06666666666666667 + 0.058823529411764705 * u) * u2;
    const series = low + (high + 0.05263157894736842 * u4) * u4;
    return 2 * w + 2 * w * u * series;
  }
  return logRatioFar(a, b);
}

/**
 * ln(a/b) away from 1, kept out of logRatio so that logRatio stays small enough for the JIT to
 * inline into the pricing functions.
 */
function logRatioFar(a: number, b: number): number {
  if (a <= 2 * b && b <= 2 * a) return Math.log1p((a - b) / b);
  const q = a / b;
  // a/b overflowing or leaving the normal range: the difference of the two logs instead
  return q >= MIN_NORMAL && q < Number.POSITIVE_INFINITY ? Math.log(q) : Math.log(a) - Math.log(b);
}

const MIN_NORMAL = 2.2250738585072014e-308;

/** w² for a/b = 1.25, the edge of the series' range. */
const ATANH_SERIES_LIMIT = 1 / 81;
