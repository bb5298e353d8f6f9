import type { Strategy } from './strategy.ts';
import { requireFinite, requireNonNegative, requirePositive } from './validate.ts';

/** Strikes and credit of an iron condor. */
export interface IronCondorSpec {
  /** strike of the put bought (lowest) */
  longPut: number;
  /** strike of the put sold */
  shortPut: number;
  /** strike of the call sold (≥ shortPut; equal gives an iron butterfly) */
  shortCall: number;
  /** strike of the call bought (highest) */
  longCall: number;
  /** net credit received per share for one condor, ≥ 0 */
  credit: number;
  /** number of condors; default 1 */
  contracts?: number;
  /** shares per contract; default 100 */
  multiplier?: number;
}

/**
 * Builds the four legs of a short iron condor: buy the `longPut`, sell the `shortPut`, sell the
 * `shortCall`, buy the `longCall`, for a net `credit` per share. Requires
 * longPut < shortPut ≤ shortCall < longCall (a RangeError names the first strike out of order).
 *
 * Only the net credit is known, so it is booked half on each short leg (long legs at premium
 * 0); every P&L figure depends on the net alone. At expiry: max profit = credit × multiplier ×
 * contracts, max loss = (wider wing − credit) × multiplier × contracts, break-evens at
 * shortPut − credit and shortCall + credit. Reference: L. G. McMillan, Options as a Strategic
 * Investment, 5th ed. (2012), ch. on condors and butterflies; Hull (10th ed.), ch. 12 (spreads and combinations).
 * @example
 * ironCondor({ longPut: 5550, shortPut: 5600, shortCall: 6000, longCall: 6050, credit: 12.5 }).legs.length // 4
 */
export function ironCondor(spec: IronCondorSpec): Strategy {
  if (typeof spec !== 'object' || spec === null) throw new RangeError('spec must be an object');
  const longPut = requirePositive(spec.longPut, 'longPut');
  const shortPut = requirePositive(spec.shortPut, 'shortPut');
  const shortCall = requirePositive(spec.shortCall, 'shortCall');
  const longCall = requirePositive(spec.longCall, 'longCall');
  const credit = requireNonNegative(spec.credit, 'credit');
  const contracts = spec.contracts === undefined ? 1 : requirePositive(spec.contracts, 'contracts');
  const multiplier =
    spec.multiplier === undefined ? 100 : requirePositive(spec.multiplier, 'multiplier');
  if (!(shortPut > longPut)) {
    throw new RangeError(`shortPut must be above longPut (got ${shortPut} ≤ ${longPut})`);
  }
  if (!(shortCall >= shortPut)) {
    throw new RangeError(`shortCall must be at or above shortPut (got ${shortCall} < ${shortPut})`);
  }
  if (!(longCall > shortCall)) {
    throw new RangeError(`longCall must be above shortCall (got ${longCall} ≤ ${shortCall})`);
  }
  requireFinite(credit, 'credit');
  const half = credit / 2;
  return {
    multiplier,
    legs: [
      { kind: 'put', strike: longPut, quantity: contracts, premium: 0 },
      { kind: 'put', strike: shortPut, quantity: -contracts, premium: half },
      { kind: 'call', strike: shortCall, quantity: -contracts, premium: half },
      { kind: 'call', strike: longCall, quantity: contracts, premium: 0 },
    ],
  };
}
