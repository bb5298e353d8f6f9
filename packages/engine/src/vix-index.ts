/**
 * The Cboe Volatility Index (VIX) methodology: model-free 30-day variance from out-of-the-money
 * SPX option quotes of two expirations.
 */

import { requireArray, requireFinite, requireNonNegative, requirePositive } from './validate.ts';

/** One strike's quotes (per share, index points for SPX). */
export interface VixQuote {
  strike: number;
  callBid: number;
  callAsk: number;
  putBid: number;
  putAsk: number;
}

/** The quotes of one expiration. */
export interface VixTerm {
  /** minutes from now to the expiration's settlement (Cboe counts to 9:30 a.m. or 4:00 p.m. ET), > 0 */
  minutesToExpiration: number;
  /** continuously compounded risk-free rate to that expiration (Cboe: from U.S. Treasury yields) */
  rate: number;
  quotes: VixQuote[];
}

/** What one term contributes. */
export interface VixTermDetail {
  /** T = minutes / 525,600, in years */
  time: number;
  /** the forward index level F = K* + e^(RT)·(call mid − put mid) at K* */
  forward: number;
  /** K0: the first strike at or below F */
  k0: number;
  /** σ² = (2/T)·Σ ΔKᵢ/Kᵢ²·e^(RT)·Q(Kᵢ) − (1/T)·(F/K0 − 1)² */
  variance: number;
  /** the strikes that entered the sum after the zero-bid rules, ascending */
  strip: VixStripStrike[];
}

/** One strike of a term's strip, as Cboe tabulates it in its worked example. */
export interface VixStripStrike {
  strike: number;
  /** out-of-the-money side used; at K0 both, averaged */
  option: 'put' | 'call' | 'put/call';
  /** Q(K): the bid-ask mid (at K0 the average of the put and call mids) */
  mid: number;
  /** ΔK: half the distance between the neighbouring included strikes (full distance at an end) */
  deltaK: number;
  /** ΔK/K²·e^(RT)·Q(K); σ² = (2/T)·Σ contribution − (1/T)·(F/K0 − 1)² */
  contribution: number;
}

const MINUTES_PER_YEAR = 525_600;
const MINUTES_30_DAYS = 43_200;

function mid(bid: number, ask: number): number {
  return 0.5 * (bid + ask);
}

function checkTerm(
  term: VixTerm,
  name: string,
): { minutes: number; rate: number; quotes: VixQuote[] } {
  if (typeof term !== 'object' || term === null) throw new RangeError(`${name} must be an object`);
  const minutes = requirePositive(term.minutesToExpiration, `${name}.minutesToExpiration`);
  const rate = requireFinite(term.rate, `${name}.rate`);
  const quotes = requireArray(term.quotes, `${name}.quotes`).map((q, i) => {
    const field = `${name}.quotes[${i}]`;
    const quote: VixQuote = {
      strike: requirePositive(q.strike, `${field}.strike`),
      callBid: requireNonNegative(q.callBid, `${field}.callBid`),
      callAsk: requireNonNegative(q.callAsk, `${field}.callAsk`),
      putBid: requireNonNegative(q.putBid, `${field}.putBid`),
      putAsk: requireNonNegative(q.putAsk, `${field}.putAsk`),
    };
    if (quote.callAsk < quote.callBid)
      throw new RangeError(`${field}.callAsk must not be below callBid`);
    if (quote.putAsk < quote.putBid)
      throw new RangeError(`${field}.putAsk must not be below putBid`);
    return quote;
  });
  quotes.sort((a, b) => a.strike - b.strike);
  for (let i = 1; i < quotes.length; i++) {
    if (quotes[i]!.strike === quotes[i - 1]!.strike) {
      throw new RangeError(`${name}.quotes has the strike ${quotes[i]!.strike} twice`);
    }
  }
  if (quotes.length < 3) throw new RangeError(`${name}.quotes must have at least 3 strikes`);
  return { minutes, rate, quotes };
}

/**
 * σ² of one term by the Cboe rules: forward from the strike where the call and put mids are
 * closest, K0 the first strike at or below it, out-of-the-money puts below and calls above K0
 * (the K0 put and call averaged), a zero bid skips that option and two consecutive zero bids end
 * the strip, ΔK half the distance between the neighbouring included strikes (the full distance
 * at the ends).
 */
export function vixTermVariance(term: VixTerm, name = 'term'): VixTermDetail {
  const { minutes, rate, quotes } = checkTerm(term, name);
  const T = minutes / MINUTES_PER_YEAR;
  const growth = Math.exp(rate * T);

  let atm: VixQuote | undefined;
  let smallest = Number.POSITIVE_INFINITY;
  for (const q of quotes) {
    if (!(q.callAsk > 0 && q.putAsk > 0)) continue;
    const gap = Math.abs(mid(q.callBid, q.callAsk) - mid(q.putBid, q.putAsk));
    if (gap < smallest) {
      smallest = gap;
      atm = q;
    }
  }
  if (atm === undefined)
    throw new RangeError(`${name}.quotes has no strike with both a call and a put quote`);
  const forward =
    atm.strike + growth * (mid(atm.callBid, atm.callAsk) - mid(atm.putBid, atm.putAsk));
  let k0Index = -1;
  for (let i = 0; i < quotes.length; i++) if (quotes[i]!.strike <= forward) k0Index = i;
  if (k0Index < 0)
    throw new RangeError(`${name}.quotes has no strike at or below the forward ${forward}`);
  const k0Quote = quotes[k0Index]!;

  // Included strikes with their option mid Q(K), from the lowest put to the highest call.
  type Included = { strike: number; option: VixStripStrike['option']; q: number };
  const puts: Included[] = [];
  let zeroRun = 0;
  for (let i = k0Index - 1; i >= 0 && zeroRun < 2; i--) {
    const q = quotes[i]!;
    if (q.putBid > 0) {
      zeroRun = 0;
      puts.push({ strike: q.strike, option: 'put', q: mid(q.putBid, q.putAsk) });
    } else zeroRun++;
  }
  const calls: Included[] = [];
  zeroRun = 0;
  for (let i = k0Index + 1; i < quotes.length && zeroRun < 2; i++) {
    const q = quotes[i]!;
    if (q.callBid > 0) {
      zeroRun = 0;
      calls.push({ strike: q.strike, option: 'call', q: mid(q.callBid, q.callAsk) });
    } else zeroRun++;
  }
  const strip = [
    ...puts.reverse(),
    {
      strike: k0Quote.strike,
      option: 'put/call' as const,
      q: 0.5 * (mid(k0Quote.putBid, k0Quote.putAsk) + mid(k0Quote.callBid, k0Quote.callAsk)),
    },
    ...calls,
  ];
  if (strip.length < 2)
    throw new RangeError(`${name}.quotes leaves fewer than 2 strikes with bids`);

  let sum = 0;
  const detail: VixStripStrike[] = strip.map(({ strike: k, option, q }, i) => {
    const below = i > 0 ? strip[i - 1]!.strike : undefined;
    const above = i + 1 < strip.length ? strip[i + 1]!.strike : undefined;
    const deltaK =
      below === undefined ? above! - k : above === undefined ? k - below : 0.5 * (above - below);
    const weighted = (deltaK / (k * k)) * q;
    sum += weighted;
    return { strike: k, option, mid: q, deltaK, contribution: weighted * growth };
  });
  const drift = forward / k0Quote.strike - 1;
  const variance = (2 / T) * growth * sum - (drift * drift) / T;
  return { time: T, forward, k0: k0Quote.strike, variance, strip: detail };
}

/**
 * The VIX: 100 × the square root of the 30-day variance interpolated (linearly in total variance,
 * by minutes) between a near and a next term:
 *
 *   VIX = 100·√{ [T₁σ₁²·(N_T2 − N30)/(N_T2 − N_T1) + T₂σ₂²·(N30 − N_T1)/(N_T2 − N_T1)] · N365/N30 }
 *
 * with N30 = 43,200 and N365 = 525,600 minutes. Each σ² comes from {@link vixTermVariance}. Cboe
 * picks terms with more than 23 and less than 37 days; other terms are accepted and then
 * extrapolate. Units: quotes in index points, rates continuous, minutes to expiration.
 * Reference: Cboe, "Cboe Volatility Index® (VIX®) White Paper" (2019 and later editions), steps
 * 1–3; K. Demeterfi, E. Derman, M. Kamal and J. Zou, "More than you ever wanted to know about
 * volatility swaps", Goldman Sachs (1999) for the variance-swap replication behind it.
 * @example vixIndex({ near, next }).value // Cboe's worked example: 13.927842… (published 13.93)
 */
export function vixIndex({ near, next }: { near: VixTerm; next: VixTerm }): {
  value: number;
  near: VixTermDetail;
  next: VixTermDetail;
} {
  const n = vixTermVariance(near, 'near');
  const x = vixTermVariance(next, 'next');
  const n1 = near.minutesToExpiration;
  const n2 = next.minutesToExpiration;
  if (!(n2 > n1)) {
    throw new RangeError(`next.minutesToExpiration must be after near (got ${n2} ≤ ${n1})`);
  }
  const blended =
    (n.time * n.variance * (n2 - MINUTES_30_DAYS) + x.time * x.variance * (MINUTES_30_DAYS - n1)) /
    (n2 - n1);
  const annual = (blended * MINUTES_PER_YEAR) / MINUTES_30_DAYS;
  if (!(annual >= 0))
    throw new RangeError(`the interpolated 30-day variance is negative (${annual})`);
  return { value: 100 * Math.sqrt(annual), near: n, next: x };
}
