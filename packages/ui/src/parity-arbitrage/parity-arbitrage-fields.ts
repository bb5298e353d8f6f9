/**
 * Fields of the put-call parity calculator: initial texts and validation (no engine call).
 */
import { optionPrice } from '@vixshield/engine';
import { type NumberFieldSpec, parseFields, roundTo } from '../lib/fields';
import { toFieldText } from '../lib/format';
import { yearsFromDays } from '../lib/strategy-math';
import type { Validated } from '../lib/use-calculator-state';

export interface ParityArbitrageSetup {
  /** Underlying price, default 6000. */
  spot?: number;
  /** Strike of both options, default 6000. */
  strike?: number;
  /** Call price per share; default its Black-Scholes-Merton value at 16 % volatility. */
  call?: number;
  /** Put price per share; default its Black-Scholes-Merton value at 16 % volatility. */
  put?: number;
  /** Calendar days to expiration, default 45. */
  days?: number;
  /** Risk-free rate, continuously compounded decimal, default 0.04. */
  rate?: number;
  /** Dividend yield, continuous decimal, default 0.013. */
  dividendYield?: number;
  /** Dollars of costs for one conversion or reversal (all legs of one contract), default 5. */
  costPerContract?: number;
}

export type ParityField =
  | 'spot'
  | 'strike'
  | 'call'
  | 'put'
  | 'days'
  | 'rate'
  | 'dividendYield'
  | 'costPerContract';
export type ParityTexts = Record<ParityField, string>;

export interface ParityInputs {
  spot: number;
  strike: number;
  call: number;
  put: number;
  days: number;
  rate: number;
  dividendYield: number;
  costPerContract: number;
}

export const PARITY_SPECS: Record<ParityField, NumberFieldSpec> = {
  spot: { min: 0, minExclusive: true, max: 1_000_000 },
  strike: { min: 0, minExclusive: true, max: 1_000_000 },
  call: { min: 0, max: 1_000_000 },
  put: { min: 0, max: 1_000_000 },
  days: { min: 0, minExclusive: true, max: 3650, unit: ' days' },
  rate: { scale: 100, min: -5, max: 25, unit: '%' },
  dividendYield: { scale: 100, min: 0, max: 25, unit: '%' },
  costPerContract: { min: 0, max: 100_000 },
};

/** Volatility used only to suggest call and put prices when the props give none. */
const SUGGESTION_VOLATILITY = 0.16;

export function initialParityTexts(setup: ParityArbitrageSetup = {}): ParityTexts {
  const spot = setup.spot ?? 6000;
  const strike = setup.strike ?? 6000;
  const days = setup.days ?? 45;
  const rate = setup.rate ?? 0.04;
  const dividendYield = setup.dividendYield ?? 0.013;
  const model = (type: 'call' | 'put') =>
    roundTo(
      optionPrice({
        type,
        spot,
        strike,
        time: yearsFromDays(days),
        rate,
        dividendYield,
        volatility: SUGGESTION_VOLATILITY,
      }),
      0.05,
    );
  return {
    spot: toFieldText(spot),
    strike: toFieldText(strike),
    call: toFieldText(setup.call ?? model('call')),
    put: toFieldText(setup.put ?? model('put')),
    days: toFieldText(days),
    rate: toFieldText(rate * 100),
    dividendYield: toFieldText(dividendYield * 100),
    costPerContract: toFieldText(setup.costPerContract ?? 5),
  };
}

export function validateParityFields(texts: ParityTexts): Validated<ParityInputs, ParityField> {
  const { values, errors } = parseFields(texts, PARITY_SPECS);
  if (Object.keys(errors).length > 0) return { inputs: null, errors };
  return { inputs: values as ParityInputs, errors };
}
