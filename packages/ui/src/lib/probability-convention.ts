/**
 * One convention for every probability a calculator shows: probability of profit, the chance of
 * ending beyond a break-even, the chance of ending inside the expected move.
 *
 * The default is the lognormal law with the risk-neutral drift: the index grows at the
 * risk-free rate until expiration (these calculators take no dividend yield). Why this one: it is
 * the law under which the calculators' own premiums are expectations, so a position traded at
 * the model's price has an expected P&L of zero under the same law that gives its probability
 * of profit, and a high probability is visibly paid for by a large loss when it fails; its chance
 * of a call finishing in the money is N(d₂), the figure option chains quote. Neither it nor the
 * alternative is a forecast of the index's real drift, which is unknown.
 *
 * The alternative, no drift (the expected price at expiration is today's, so the chances do not
 * depend on a rate), is offered as an option next to the figure. Over weeks the two differ by
 * tenths of a point (71.6 % against 71.8 % for the standard 45-day condor); the gap grows with
 * the rate and the time to expiration.
 */
import type { DriftConvention } from '@vixshield/engine';
import { formatPercent } from './format';

export type { DriftConvention };

export const DEFAULT_DRIFT: DriftConvention = 'risk-neutral';

/** The risk-free rate a calculator starts from, continuously compounded. */
export const DEFAULT_RATE = 0.04;

export const DRIFT_OPTIONS: readonly { value: DriftConvention; label: string }[] = [
  { value: 'risk-neutral', label: 'Drift at the rate' },
  { value: 'zero', label: 'No drift' },
];

/** The legend of the choice between the two conventions. */
export const DRIFT_LEGEND = 'Probabilities assume';

/** A drift convention from its URL/field text; anything else is the default. */
export function parseDrift(text: string | undefined): DriftConvention {
  return text === 'zero' || text === 'risk-neutral' ? text : DEFAULT_DRIFT;
}

/** The assumption behind a probability, shown beside it: "Risk-neutral: index drifts at 4.0%". */
export function driftNote(drift: DriftConvention, rate: number): string {
  return drift === 'zero'
    ? 'No drift: expected price at expiration = today’s'
    : `Risk-neutral: index drifts at the ${formatPercent(rate, { decimals: 2 })} rate`;
}
