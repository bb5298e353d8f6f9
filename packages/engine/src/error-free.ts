/**
 * Error-free transformations: a + b and a·b as an unevaluated sum hi + lo that is exactly equal
 * to the real result (barring overflow). Knuth's TwoSum (The Art of Computer Programming,
 * vol. 2, §4.2.2) and Dekker's TwoProduct with Veltkamp's split (T. J. Dekker, Numerische
 * Mathematik 18 (1971), 224–242). Used where a sum of large terms must not lose the small
 * result: payoffs at the kinks of a strategy, ln(S/K) near the money.
 */

/** Result holder of the last transformation, reused to avoid allocation. */
export const exactOut = { hi: 0, lo: 0 };

/** Sets exactOut to hi + lo = a + b exactly (hi = fl(a + b)). */
export function twoSum(a: number, b: number): void {
  const hi = a + b;
  const v = hi - a;
  exactOut.hi = hi;
  exactOut.lo = a - (hi - v) + (b - v);
}

/** Sets exactOut to hi + lo = a·b exactly (hi = fl(a·b)), for |a|, |b| < 2⁹⁹⁵. */
export function twoProduct(a: number, b: number): void {
  const hi = a * b;
  const ca = 134217729 * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = 134217729 * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  exactOut.hi = hi;
  exactOut.lo = ah * bh - hi + ah * bl + al * bh + al * bl;
}

/**
 * A running sum kept as a double-double (hi + lo): every added term and product is absorbed
 * exactly into hi with its rounding error carried in lo, so the result is accurate to about one
 * ulp of the final value however much the terms cancel.
 */
export class ExactSum {
  private hi = 0;
  private lo = 0;

  add(value: number): this {
    twoSum(this.hi, value);
    this.hi = exactOut.hi;
    this.lo += exactOut.lo;
    return this;
  }

  addProduct(a: number, b: number): this {
    twoProduct(a, b);
    const lo = exactOut.lo;
    this.add(exactOut.hi);
    this.lo += lo;
    return this;
  }

  value(): number {
    return this.hi + this.lo;
  }
}
