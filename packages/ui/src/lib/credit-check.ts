/**
 * When a typed credit no longer fits the strikes. A credit the reader typed (their fill) will
 * differ from the model's flat-volatility credit: skew (the put wing trades at a higher implied
 * volatility than the call wing), the bid-ask spread and the moment of the fill all move it, by
 * a fraction of the credit. A gap of more than a quarter of the model credit is more than those
 * explain and nearly always means a strike was moved after the credit was typed (5,650 → 5,750
 * on the example condor takes the model credit from 13.33 to 29.87 while 12.50 stays). The
 * second bound, 5 % of the wider wing, keeps pennies on a far-out condor (model 0.40, typed 0.60)
 * from raising the flag.
 */

/** Share of the model credit a typed credit may differ by before the calculator says so. */
export const CREDIT_GAP_SHARE = 0.25;
/** …and the share of the wider wing's width it must also exceed. */
export const CREDIT_GAP_WING_SHARE = 0.05;

/** True when `typed` is far enough from `model` to point the reader at the model's credit. */
export function creditFarFromModel(typed: number, model: number, widerWing: number): boolean {
  if (!Number.isFinite(typed) || !Number.isFinite(model)) return false;
  const gap = Math.abs(typed - model);
  return gap > CREDIT_GAP_SHARE * Math.abs(model) && gap > CREDIT_GAP_WING_SHARE * widerWing;
}
