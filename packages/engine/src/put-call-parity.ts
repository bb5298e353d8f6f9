import { optionalFinite, requireFinite, requireNonNegative, requirePositive } from './validate.ts';

/** Inputs of {@link parityArbitrage}; prices per share. */
export interface ParityInput {
  /** European call price */
  call: number;
  /** European put price, same strike and expiry */
  put: number;
  /** underlying price */
  spot: number;
  strike: number;
  /** years to expiry, ≥ 0 */
  time: number;
  /** continuously compounded financing rate */
  rate: number;
  /** continuous dividend yield; default 0 */
  dividendYield?: number;
  /** total cost of putting on the three-legged trade, per share (commissions, spreads, borrow); default 0 */
  costPerShare?: number;
  /** shares per contract; default 100 */
  multiplier?: number;
}

/** Result of {@link parityArbitrage}. */
export interface ParityResult {
  /** (C − P) − (S·e^(−qT) − K·e^(−rT)), per share: > 0 calls rich / puts cheap */
  gap: number;
  /** sell call, buy put, buy stock, borrow K·e^(−rT): profit per share after costs */
  conversionProfit: number;
  /** buy call, sell put, short stock, lend K·e^(−rT): profit per share after costs */
  reversalProfit: number;
  /** the same per contract (× multiplier) */
  conversionProfitPerContract: number;
  reversalProfitPerContract: number;
  /** which trade, if any, earns more than its costs (a profit within rounding of 0 counts as none) */
  profitable: 'conversion' | 'reversal' | 'none';
}

/**
 * Put-call parity check: C − P = S·e^(−qT) − K·e^(−rT) for European options. A conversion (long
 * stock, long put, short call) is worth K at expiry whatever happens, so it earns the gap in
 * present-value terms; a reversal (the mirror trade) earns minus the gap. Each is reported
 * after `costPerShare`. Assumes European exercise, borrowing and lending at `rate`, dividends as
 * a continuous yield (the stock position earns or owes them), no early assignment.
 * Reference: H. R. Stoll, "The relationship between put and call option prices", Journal of
 * Finance 24 (1969); Hull (10th ed.) §11.4.
 * @example
 * parityArbitrage({ call: 5.2, put: 2.8, spot: 100, strike: 100, time: 0.25, rate: 0.04 }).profitable
 * // 'conversion' (gap ≈ 1.4 per share)
 */
export function parityArbitrage(input: ParityInput): ParityResult {
  if (typeof input !== 'object' || input === null) throw new RangeError('input must be an object');
  const call = requireNonNegative(input.call, 'call');
  const put = requireNonNegative(input.put, 'put');
  const spot = requirePositive(input.spot, 'spot');
  const strike = requirePositive(input.strike, 'strike');
  const time = requireNonNegative(input.time, 'time');
  const rate = requireFinite(input.rate, 'rate');
  const q = optionalFinite(input.dividendYield, 'dividendYield', 0);
  const cost =
    input.costPerShare === undefined ? 0 : requireNonNegative(input.costPerShare, 'costPerShare');
  const multiplier =
    input.multiplier === undefined ? 100 : requirePositive(input.multiplier, 'multiplier');
  const gap = call - put - (spot * Math.exp(-q * time) - strike * Math.exp(-rate * time));
  const conversionProfit = gap - cost;
  // the gap is a difference of terms of size S and K: anything within their rounding is noise
  const noise = 8 * Number.EPSILON * Math.max(spot, strike, call, put);
  const reversalProfit = -gap - cost;
  return {
    gap,
    conversionProfit,
    reversalProfit,
    conversionProfitPerContract: conversionProfit * multiplier,
    reversalProfitPerContract: reversalProfit * multiplier,
    profitable:
      conversionProfit > noise ? 'conversion' : reversalProfit > noise ? 'reversal' : 'none',
  };
}
