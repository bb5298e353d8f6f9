/**
 * The strategy lab's templates: pure builders that place the legs of a named strategy around the
 * current price on the usual strike increment. Distances are in "widths" of about 1.7 % of the
 * price (100 points at 6,000), so every template keeps its shape on SPX, XSP or SPY.
 */
import { roundTo, strikeStep } from '../lib/fields';
import { defaultCondorStrikes } from '../lib/strategy-math';

export type LegType = 'call' | 'put' | 'stock';
export type LegSide = 'buy' | 'sell';

/** One leg as the lab edits it; quantity in contracts (shares for stock), always ≥ 1. */
export interface LabLeg {
  type: LegType;
  side: LegSide;
  quantity: number;
  /** strike (ignored for stock) */
  strike: number;
  /** calendar days to expiration (ignored for stock) */
  days: number;
  /** the leg's own implied volatility (decimal), or undefined for the market's */
  volatility?: number;
}

export type TemplateName =
  | 'long-call-vertical'
  | 'short-call-vertical'
  | 'long-put-vertical'
  | 'short-put-vertical'
  | 'long-straddle'
  | 'long-strangle'
  | 'iron-condor'
  | 'iron-butterfly'
  | 'butterfly'
  | 'broken-wing-butterfly'
  | 'calendar'
  | 'diagonal'
  | 'ratio-spread'
  | 'jade-lizard'
  | 'covered-call';

export const TEMPLATE_OPTIONS: readonly { value: TemplateName; label: string }[] = [
  { value: 'long-call-vertical', label: 'Long call vertical (bull call spread)' },
  { value: 'short-call-vertical', label: 'Short call vertical (bear call spread)' },
  { value: 'long-put-vertical', label: 'Long put vertical (bear put spread)' },
  { value: 'short-put-vertical', label: 'Short put vertical (bull put spread)' },
  { value: 'long-straddle', label: 'Long straddle' },
  { value: 'long-strangle', label: 'Long strangle' },
  { value: 'iron-condor', label: 'Iron condor' },
  { value: 'iron-butterfly', label: 'Iron butterfly' },
  { value: 'butterfly', label: 'Call butterfly' },
  { value: 'broken-wing-butterfly', label: 'Broken-wing put butterfly' },
  { value: 'calendar', label: 'Call calendar' },
  { value: 'diagonal', label: 'Call diagonal' },
  { value: 'ratio-spread', label: 'Call ratio spread (1 × 2)' },
  { value: 'jade-lizard', label: 'Jade lizard' },
  { value: 'covered-call', label: 'Covered call (with stock)' },
];

export function isTemplate(value: string): value is TemplateName {
  return TEMPLATE_OPTIONS.some((o) => o.value === value);
}

/** The back month of calendars and diagonals: this many days after the front. */
export const BACK_MONTH_GAP = 30;

/**
 * The legs of `name` around `spot`: `days` to the (front) expiration, `volatility` to place the
 * iron condor's short strikes about one standard deviation out. Sides are the usual ones (the
 * reader can flip any leg).
 */
export function templateLegs(
  name: TemplateName,
  market: { spot: number; volatility: number; days: number },
): LabLeg[] {
  const { spot, volatility, days } = market;
  const step = strikeStep(spot);
  const atm = roundTo(spot, step);
  const w = Math.max(step, roundTo(spot / 60, step));
  const back = days + BACK_MONTH_GAP;
  const leg = (type: LegType, side: LegSide, strike: number, quantity = 1, d = days): LabLeg => ({
    type,
    side,
    quantity,
    strike,
    days: d,
  });
  switch (name) {
    case 'long-call-vertical':
      return [leg('call', 'buy', atm), leg('call', 'sell', atm + w)];
    case 'short-call-vertical':
      return [leg('call', 'sell', atm + w), leg('call', 'buy', atm + 2 * w)];
    case 'long-put-vertical':
      return [leg('put', 'buy', atm), leg('put', 'sell', atm - w)];
    case 'short-put-vertical':
      return [leg('put', 'sell', atm - w), leg('put', 'buy', atm - 2 * w)];
    case 'long-straddle':
      return [leg('call', 'buy', atm), leg('put', 'buy', atm)];
    case 'long-strangle':
      return [leg('put', 'buy', atm - w), leg('call', 'buy', atm + w)];
    case 'iron-condor': {
      const c = defaultCondorStrikes(spot, volatility, days);
      return [
        leg('put', 'buy', c.longPut),
        leg('put', 'sell', c.shortPut),
        leg('call', 'sell', c.shortCall),
        leg('call', 'buy', c.longCall),
      ];
    }
    case 'iron-butterfly':
      return [
        leg('put', 'buy', atm - 2 * w),
        leg('put', 'sell', atm),
        leg('call', 'sell', atm),
        leg('call', 'buy', atm + 2 * w),
      ];
    case 'butterfly':
      return [
        leg('call', 'buy', atm - w),
        leg('call', 'sell', atm, 2),
        leg('call', 'buy', atm + w),
      ];
    case 'broken-wing-butterfly':
      // the lower wing twice as wide: little or no risk above, more below (put skew pays for it)
      return [
        leg('put', 'buy', atm),
        leg('put', 'sell', atm - w, 2),
        leg('put', 'buy', atm - 3 * w),
      ];
    case 'calendar':
      return [leg('call', 'sell', atm), leg('call', 'buy', atm, 1, back)];
    case 'diagonal':
      return [leg('call', 'sell', atm + w), leg('call', 'buy', atm, 1, back)];
    case 'ratio-spread':
      return [leg('call', 'buy', atm), leg('call', 'sell', atm + w, 2)];
    case 'jade-lizard':
      // short put plus a short call spread narrower than the total credit: no upside risk
      return [
        leg('put', 'sell', atm - w),
        leg('call', 'sell', atm + w),
        leg('call', 'buy', atm + w + roundTo(w / 2, step)),
      ];
    case 'covered-call':
      return [leg('stock', 'buy', atm, 100), leg('call', 'sell', atm + w)];
  }
}
