/**
 * Small helpers shared by the strategy calculators: calendar days to years, option legs with
 * an expiry, default strikes around spot.
 */
import type { Strategy } from '@vixshield/engine';
import { roundTo, strikeStep } from './fields';
import { orderErrors } from './order-rule';

/** Calendar days per year used to turn days into the engine's years. */
export const DAYS_PER_YEAR = 365;

export function yearsFromDays(days: number): number {
  return days / DAYS_PER_YEAR;
}

/** Points on a chart curve: enough for a smooth line at any width, cheap to recompute. */
export const CURVE_POINTS = 401;

/** Returns `strategy` with every option leg expiring in `years` (unless it has its own expiry). */
export function withExpiry(strategy: Strategy, years: number): Strategy {
  return {
    ...strategy,
    legs: strategy.legs.map((leg) =>
      leg.kind === 'stock' || leg.expiry !== undefined ? leg : { ...leg, expiry: years },
    ),
  };
}

/** One standard deviation of the price move over `days`: S·σ·√T. */
export function sdMove(spot: number, volatility: number, days: number): number {
  return spot * volatility * Math.sqrt(Math.max(0, yearsFromDays(days)));
}

export interface CondorStrikes {
  longPut: number;
  shortPut: number;
  shortCall: number;
  longCall: number;
}

/**
 * A symmetric starting condor: short strikes about one standard deviation from spot, wings
 * about 0.8 % of spot wide (50 points at 6,000), on the usual strike increment.
 */
export function defaultCondorStrikes(
  spot: number,
  volatility: number,
  days: number,
): CondorStrikes {
  const step = strikeStep(spot);
  const sd = sdMove(spot, volatility, days);
  const wing = Math.max(step, roundTo(spot / 120, step));
  const shortPut = roundTo(spot - sd, step);
  const shortCall = Math.max(roundTo(spot + sd, step), shortPut);
  return {
    longPut: roundTo(shortPut - wing, step),
    shortPut,
    shortCall,
    longCall: roundTo(shortCall + wing, step),
  };
}

/**
 * Messages for four condor strikes out of order (keyed by field), each on the field the reader
 * edited when it is part of the broken relation (see `orderErrors`).
 */
export function condorStrikeErrors(
  strikes: Partial<CondorStrikes>,
  edited?: string | null,
): Partial<Record<keyof CondorStrikes, string>> {
  return orderErrors<keyof CondorStrikes>(
    [
      { key: 'longPut', label: 'long put', value: strikes.longPut },
      { key: 'shortPut', label: 'short put', value: strikes.shortPut },
      { key: 'shortCall', label: 'short call', value: strikes.shortCall },
      { key: 'longCall', label: 'long call', value: strikes.longCall },
    ],
    // The short put and the short call may share a strike (an iron butterfly).
    { allowEqual: (i) => i === 1, edited },
  );
}
