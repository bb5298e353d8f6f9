/**
 * Put-call parity calculator: the engine's parity check for the quoted prices, and the same
 * check across a range of call prices for the chart (conversion and reversal profit against
 * the call price, with the no-arbitrage band between their break-evens).
 */
import { parityArbitrage } from '@vixshield/engine';
import { linspace } from '../chart/chart-math';
import { CURVE_POINTS, yearsFromDays } from '../lib/strategy-math';
import type { ParityInputs } from './parity-arbitrage-fields';

export { validateParityFields as validateParity } from './parity-arbitrage-fields';

/** Shares per option contract. */
const MULTIPLIER = 100;

export interface ParityResult {
  inputs: ParityInputs;
  /** S·e^(−qT) − K·e^(−rT): what call − put should be. */
  parityValue: number;
  /** (call − put) − parity value, per share: > 0 means the call is rich. */
  gapPerShare: number;
  /** Profit after costs per contract, present value. */
  conversionPerContract: number;
  reversalPerContract: number;
  profitable: 'conversion' | 'reversal' | 'none';
  chart: {
    /** Call prices. */
    xs: number[];
    conversion: number[];
    reversal: number[];
    /** The call price at which the quotes sit exactly on parity. */
    parityCall: number;
    /** Call prices where the reversal (lower) and the conversion (upper) break even. */
    breakevens: number[];
  };
}

export function computeParity(inputs: ParityInputs): ParityResult {
  const time = yearsFromDays(inputs.days);
  const costPerShare = inputs.costPerContract / MULTIPLIER;
  const at = (call: number) =>
    parityArbitrage({
      call,
      put: inputs.put,
      spot: inputs.spot,
      strike: inputs.strike,
      time,
      rate: inputs.rate,
      dividendYield: inputs.dividendYield,
      costPerShare,
      multiplier: MULTIPLIER,
    });
  const quoted = at(inputs.call);
  const parityCall = inputs.call - quoted.gap;
  const parityValue = inputs.call - inputs.put - quoted.gap;

  const half = Math.max(3 * costPerShare, 1.4 * Math.abs(inputs.call - parityCall), 0.5);
  const from = Math.max(0, parityCall - half);
  const to = Math.max(parityCall + half, from + 1);
  const xs = linspace(from, to, CURVE_POINTS);
  const conversion: number[] = [];
  const reversal: number[] = [];
  for (const call of xs) {
    const r = at(call);
    conversion.push(r.conversionProfitPerContract);
    reversal.push(r.reversalProfitPerContract);
  }
  const breakevens = [parityCall - costPerShare, parityCall + costPerShare].filter(
    (x) => x >= from && x <= to,
  );

  return {
    inputs,
    parityValue,
    gapPerShare: quoted.gap,
    conversionPerContract: quoted.conversionProfitPerContract,
    reversalPerContract: quoted.reversalProfitPerContract,
    profitable: quoted.profitable,
    chart: { xs, conversion, reversal, parityCall, breakevens },
  };
}
