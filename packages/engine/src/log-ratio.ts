/**
 * ln(a/b) for positive a and b, accurate to about one ulp of the result even when a/b is close
 * to 1 or is itself rounded: the rounding error of the quotient q = a/b is recovered exactly
 * with Dekker's product (T. J. Dekker, "A floating-point technique for extending the available
 * precision", Numerische Mathematik 18 (1971), 224–242) and added as ln(1 + δ) ≈ δ.
 *
 * Log-moneyness enters option prices divided by σ√T, so an absolute error of one ulp of 1 in
 * ln(S/K) would be amplified ((ln(S/K))²/(σ²T) ≈ 1,400 in the far wing); this keeps it relative.
 * @example logRatio(101, 100) // 0.009950330853168083
 */
export function logRatio(a: number, b: number): number {
  const q = a / b;
  // Dekker split of q and b into 26-bit halves; q·b = p + e exactly.
  const cq = 134217729 * q;
  const qh = cq - (cq - q);
  const ql = q - qh;
  const cb = 134217729 * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  const p = q * b;
  const e = qh * bh - p + qh * bl + ql * bh + ql * bl;
  const residual = a - p - e;
  const log = Math.log(q) + residual / a;
  // Outside Dekker's range (|q| or |b| near the overflow threshold) fall back to the plain log.
  return Number.isFinite(log) ? log : Math.log(q);
}
