import { exactOut, twoProduct } from './error-free.ts';

/**
 * ln(a/b) for positive a and b, accurate to about one ulp of the result even when a/b is close
 * to 1 or is itself rounded: the rounding error of the quotient q = a/b is recovered exactly
 * (a − q·b with Dekker's error-free product) and added as ln(1 + δ) ≈ δ.
 *
 * Log-moneyness enters option prices divided by σ√T, so an absolute error of one ulp of 1 in
 * ln(S/K) would be amplified ((ln(S/K))²/(σ²T) ≈ 1,400 in the far wing); this keeps it relative.
 * @example logRatio(101, 100) // 0.009950330853168083
 */
export function logRatio(a: number, b: number): number {
  const q = a / b;
  twoProduct(q, b);
  const residual = a - exactOut.hi - exactOut.lo;
  const log = Math.log(q) + residual / a;
  // Outside Dekker's range (|q| or |b| near the overflow threshold) fall back to the plain log.
  return Number.isFinite(log) ? log : Math.log(q);
}
