/**
 * The iron condor calculator's inputs, validation and results, without React. Prices come
 * from @vixshield/engine (Black-Scholes-Merton); this file only decides what to ask the engine
 * and how to present the answer.
 */
import {
  analyzeStrategy,
  expectedMove,
  ironCondor,
  optionPrice,
  profitAtExpiry,
  strategyPnlCurve,
} from '@vixshield/engine';
import { choosePriceDomain, interpolate, linspace } from '../chart/chart-math';
import { type NumberFieldSpec, parseNumberField } from '../lib/fields';
import { toFieldText } from '../lib/format';
import type { Edited } from '../lib/order-rule';
import {
  DEFAULT_DRIFT,
  DEFAULT_RATE,
  type DriftConvention,
  parseDrift,
} from '../lib/probability-convention';
import {
  CURVE_POINTS,
  condorStrikeErrors,
  defaultCondorStrikes,
  withExpiry,
  yearsFromDays,
} from '../lib/strategy-math';
import type { Validated } from '../lib/use-calculator-state';

/** Props of the calculator: initial values, all optional. */
export interface IronCondorSetup {
  /** Underlying price, default 6000. */
  spot?: number;
  /** Long (bought) put strike; default one wing below the short put. */
  longPut?: number;
  /** Short (sold) put strike; default about one standard deviation below spot. */
  shortPut?: number;
  /** Short (sold) call strike; default about one standard deviation above spot. */
  shortCall?: number;
  /** Long (bought) call strike; default one wing above the short call. */
  longCall?: number;
  /** Net credit per share; when absent the model's theoretical credit is used. */
  credit?: number;
  /** Implied volatility, annualised decimal, default 0.16. */
  volatility?: number;
  /** Calendar days to expiration, default 45. */
  days?: number;
  /** Risk-free rate, continuously compounded decimal, default 0.04. */
  rate?: number;
  /** Number of condors, default 1 (each on 100 shares). */
  contracts?: number;
  /** Drift of the probability of profit, default the site's convention (risk-neutral). */
  drift?: DriftConvention;
}

export type IronCondorField =
  | 'spot'
  | 'longPut'
  | 'shortPut'
  | 'shortCall'
  | 'longCall'
  | 'credit'
  | 'volatility'
  | 'days'
  | 'rate'
  | 'contracts'
  | 'elapsed';

/** Field texts (as typed) plus the credit mode; this is also what the URL carries. */
export type IronCondorTexts = Record<IronCondorField | 'creditMode' | 'drift', string>;

export type CreditMode = 'model' | 'typed';

export interface IronCondorInputs {
  spot: number;
  longPut: number;
  shortPut: number;
  shortCall: number;
  longCall: number;
  /** Typed credit per share, or null to use the model's. */
  credit: number | null;
  volatility: number;
  days: number;
  rate: number;
  contracts: number;
  /** Drift of the probability of profit; default the site's convention (DEFAULT_DRIFT). */
  drift?: DriftConvention;
  /** Days from now at which the T+n curve is drawn (clamped to `days`). */
  elapsed: number;
}

export const IRON_CONDOR_SPECS: Record<Exclude<IronCondorField, 'credit'>, NumberFieldSpec> & {
  credit: NumberFieldSpec;
} = {
  spot: { min: 0, minExclusive: true, max: 1_000_000 },
  longPut: { min: 0, minExclusive: true, max: 1_000_000 },
  shortPut: { min: 0, minExclusive: true, max: 1_000_000 },
  shortCall: { min: 0, minExclusive: true, max: 1_000_000 },
  longCall: { min: 0, minExclusive: true, max: 1_000_000 },
  credit: { min: 0, minExclusive: true, max: 1_000_000 },
  volatility: { scale: 100, min: 1, max: 300, unit: '%' },
  days: { integer: true, min: 1, max: 1095, unit: ' days' },
  rate: { scale: 100, min: -5, max: 25, unit: '%' },
  contracts: { integer: true, min: 1, max: 10_000 },
  elapsed: { integer: true, min: 0, max: 1095, unit: ' days' },
};

/** The field texts a calculator starts from, given its props. */
export function initialIronCondorTexts(setup: IronCondorSetup = {}): IronCondorTexts {
  const spot = setup.spot ?? 6000;
  const volatility = setup.volatility ?? 0.16;
  const days = setup.days ?? 45;
  const defaults = defaultCondorStrikes(spot, volatility, days);
  return {
    spot: toFieldText(spot),
    longPut: toFieldText(setup.longPut ?? defaults.longPut),
    shortPut: toFieldText(setup.shortPut ?? defaults.shortPut),
    shortCall: toFieldText(setup.shortCall ?? defaults.shortCall),
    longCall: toFieldText(setup.longCall ?? defaults.longCall),
    credit: setup.credit !== undefined ? toFieldText(setup.credit) : '',
    creditMode: setup.credit !== undefined ? 'typed' : 'model',
    volatility: toFieldText(volatility * 100),
    days: toFieldText(days),
    rate: toFieldText((setup.rate ?? DEFAULT_RATE) * 100),
    drift: parseDrift(setup.drift),
    contracts: toFieldText(setup.contracts ?? 1),
    elapsed: '0',
  };
}

/**
 * Parses and checks the field texts. Every problem is reported at its field; `inputs` is
 * null while any remains.
 */
export function validateIronCondor(
  texts: IronCondorTexts,
  edited?: Edited,
): Validated<IronCondorInputs, IronCondorField> {
  const errors: Partial<Record<IronCondorField, string>> = {};
  const values: Partial<Record<IronCondorField, number>> = {};
  const typed = texts.creditMode === 'typed';
  for (const key of Object.keys(IRON_CONDOR_SPECS) as IronCondorField[]) {
    if (key === 'credit' && !typed) continue;
    const result = parseNumberField(texts[key], IRON_CONDOR_SPECS[key]);
    if (result.ok) values[key] = result.value;
    else errors[key] = result.error;
  }
  for (const [key, message] of Object.entries(condorStrikeErrors(values, edited))) {
    const field = key as IronCondorField;
    if (!errors[field]) errors[field] = message;
  }

  const { longPut, shortPut, shortCall, longCall, credit } = values;
  if (
    typed &&
    credit !== undefined &&
    !errors.credit &&
    longPut !== undefined &&
    shortPut !== undefined &&
    shortCall !== undefined &&
    longCall !== undefined
  ) {
    const widest = Math.max(shortPut - longPut, longCall - shortCall);
    if (widest > 0 && credit >= widest) {
      errors.credit = `The credit must be less than the wider wing (${toFieldText(widest)} points), or the trade has no risk.`;
    }
  }

  if (Object.keys(errors).length > 0) return { inputs: null, errors };
  const v = values as Record<IronCondorField, number>;
  return {
    inputs: {
      spot: v.spot,
      longPut: v.longPut,
      shortPut: v.shortPut,
      shortCall: v.shortCall,
      longCall: v.longCall,
      credit: typed ? v.credit : null,
      volatility: v.volatility,
      days: v.days,
      rate: v.rate,
      contracts: v.contracts,
      drift: parseDrift(texts.drift),
      elapsed: Math.min(v.elapsed, v.days),
    },
    errors,
  };
}

/**
 * The model's credit per share for the four strikes: short put + short call − long put −
 * long call, each priced by Black-Scholes-Merton with the given volatility, rate and days.
 */
export function theoreticalCondorCredit(inputs: IronCondorInputs): number {
  const base = {
    spot: inputs.spot,
    time: yearsFromDays(inputs.days),
    rate: inputs.rate,
    volatility: inputs.volatility,
  };
  return (
    optionPrice({ ...base, type: 'put', strike: inputs.shortPut }) +
    optionPrice({ ...base, type: 'call', strike: inputs.shortCall }) -
    optionPrice({ ...base, type: 'put', strike: inputs.longPut }) -
    optionPrice({ ...base, type: 'call', strike: inputs.longCall })
  );
}

export interface IronCondorResult {
  inputs: IronCondorInputs;
  /** Credit per share used for the figures. */
  credit: number;
  creditSource: CreditMode;
  theoreticalCredit: number;
  /** Dollars for all contracts. */
  maxProfit: number;
  maxLoss: number;
  breakevens: number[];
  /** maxProfit / maxLoss. */
  returnOnRisk: number;
  /** Probability that the position makes money at expiration, under `inputs.drift`. */
  probabilityOfProfit: number;
  /** One-standard-deviation expected move to expiration. */
  move: { move: number; lower: number; upper: number };
  /** For each break-even, whether it lies outside the 1-SD band. */
  breakevenOutside: boolean[];
  chart: {
    xs: number[];
    expiry: number[];
    beforeExpiry: number[];
    /** Label of the T+n curve: "Today (T+0)", "In 10 days (T+10)" or "At expiry". */
    beforeExpiryLabel: string;
  };
}

export function curveLabel(elapsed: number, days: number): string {
  if (elapsed <= 0) return 'Today (T+0)';
  if (elapsed >= days) return 'At expiry (T+n)';
  return `In ${elapsed} day${elapsed === 1 ? '' : 's'} (T+${elapsed})`;
}

/** Everything the calculator shows for valid inputs. */
export function computeIronCondor(inputs: IronCondorInputs): IronCondorResult {
  const time = yearsFromDays(inputs.days);
  const theoreticalCredit = theoreticalCondorCredit(inputs);
  const credit = inputs.credit ?? theoreticalCredit;
  const strategy = withExpiry(
    ironCondor({
      longPut: inputs.longPut,
      shortPut: inputs.shortPut,
      shortCall: inputs.shortCall,
      longCall: inputs.longCall,
      credit,
      contracts: inputs.contracts,
    }),
    time,
  );
  const analysis = analyzeStrategy(strategy, {
    spot: inputs.spot,
    volatility: inputs.volatility,
    time,
    rate: inputs.rate,
    drift: inputs.drift ?? DEFAULT_DRIFT,
  });
  const move = expectedMove({ spot: inputs.spot, volatility: inputs.volatility, time });
  const breakevens = [...analysis.breakevens];

  const [from, to] = choosePriceDomain({
    spot: inputs.spot,
    sdMove: move.move,
    include: [inputs.longPut, inputs.longCall, ...breakevens],
  });
  const xs = linspace(from, to, CURVE_POINTS);
  const expiry = xs.map((price) => profitAtExpiry(strategy, price));
  const curve = strategyPnlCurve(strategy, {
    from,
    to,
    points: CURVE_POINTS,
    market: {
      evaluationTime: yearsFromDays(inputs.elapsed),
      volatility: inputs.volatility,
      rate: inputs.rate,
    },
  });
  const beforeExpiry = xs.map((price) => interpolate(curve.prices, curve.pnl, price));

  const lowerOutside = breakevens[0] !== undefined && breakevens[0] < move.lower;
  const upperOutside =
    breakevens[breakevens.length - 1] !== undefined &&
    (breakevens[breakevens.length - 1] as number) > move.upper;

  return {
    inputs,
    credit,
    creditSource: inputs.credit === null ? 'model' : 'typed',
    theoreticalCredit,
    maxProfit: analysis.maxProfit,
    maxLoss: analysis.maxLoss,
    breakevens,
    returnOnRisk: analysis.maxLoss > 0 ? analysis.maxProfit / analysis.maxLoss : Number.NaN,
    probabilityOfProfit: analysis.probabilityOfProfit ?? Number.NaN,
    move,
    breakevenOutside:
      breakevens.length === 2 ? [lowerOutside, upperOutside] : breakevens.map(() => false),
    chart: {
      xs,
      expiry,
      beforeExpiry,
      beforeExpiryLabel: curveLabel(inputs.elapsed, inputs.days),
    },
  };
}
