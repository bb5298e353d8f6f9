import { requireNonNegative, requirePositive } from './validate.ts';

/** Inputs of {@link expectedMove}. */
export interface ExpectedMoveSpec {
  /** underlying price now, > 0 */
  spot: number;
  /** annualised implied volatility, 0.2 = 20 %, ≥ 0 */
  volatility: number;
  /** years until the horizon (days / 365), ≥ 0 */
  time: number;
  /** number of standard deviations; default 1 */
  deviations?: number;
}

/**
 * The market's one-standard-deviation expected move over a horizon: move = S·σ·√T (times
 * `deviations`), with the band [S − move, S + move] (lower clamped at 0). This is the usual
 * trader's rule of thumb: under a lognormal law with volatility σ the price ends inside the
 * 1-SD band about 68 % of the time (exactly N(d) − N(−d) in log space; the linear band is a
 * close approximation for σ√T ≲ 0.3). Units: currency of spot; time in years.
 * Reference: S. Natenberg, Option Volatility and Pricing, 2nd ed. (2015), ch. 6.
 * @example expectedMove({ spot: 5800, volatility: 0.16, time: 30 / 365 }) // { move: 266.0…, lower: 5533.9…, upper: 6066.0… }
 */
export function expectedMove(spec: ExpectedMoveSpec): {
  move: number;
  lower: number;
  upper: number;
} {
  if (typeof spec !== 'object' || spec === null) throw new RangeError('spec must be an object');
  const spot = requirePositive(spec.spot, 'spot');
  const volatility = requireNonNegative(spec.volatility, 'volatility');
  const time = requireNonNegative(spec.time, 'time');
  const deviations =
    spec.deviations === undefined ? 1 : requireNonNegative(spec.deviations, 'deviations');
  const move = deviations * spot * volatility * Math.sqrt(time);
  return { move, lower: Math.max(spot - move, 0), upper: spot + move };
}
