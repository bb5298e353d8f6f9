/**
 * Break-even calculator: break-even prices of a single option, a vertical spread or an iron
 * condor, and how far each lies from the current price in points, percent and standard
 * deviations. The break-evens are the engine's (exact roots of the payoff at expiration).
 */
import {
  analyzeStrategy,
  expectedMove,
  type Leg,
  optionPrice,
  probabilityBetween,
  profitAtExpiry,
  type Strategy,
} from '@vixshield/engine';
import { choosePriceDomain, linspace } from '../chart/chart-math';
import { type NumberFieldSpec, parseNumberField, roundTo, strikeStep } from '../lib/fields';
import { toFieldText } from '../lib/format';
import { type Edited, orderErrors } from '../lib/order-rule';
import { DEFAULT_RATE, type DriftConvention, parseDrift } from '../lib/probability-convention';
import { CURVE_POINTS, defaultCondorStrikes, yearsFromDays } from '../lib/strategy-math';
import type { Validated } from '../lib/use-calculator-state';

export type BreakEvenStrategy = 'call' | 'put' | 'call-spread' | 'put-spread' | 'iron-condor';
export type Side = 'debit' | 'credit';

export const STRATEGY_OPTIONS: readonly { value: BreakEvenStrategy; label: string }[] = [
  { value: 'call', label: 'Call' },
  { value: 'put', label: 'Put' },
  { value: 'call-spread', label: 'Call spread' },
  { value: 'put-spread', label: 'Put spread' },
  { value: 'iron-condor', label: 'Iron condor' },
];

export interface BreakEvenSetup {
  /** The position, default 'iron-condor'. */
  strategy?: BreakEvenStrategy;
  /** 1 strike (call, put), 2 (spreads, low to high) or 4 (iron condor, low to high). */
  strikes?: readonly number[];
  /** Premium per share: paid for a debit position, received for a credit one. Default: the
   * model's value, rounded to 0.05. */
  premium?: number;
  /** Paid (debit) or received (credit); default credit for the iron condor, debit otherwise. */
  side?: Side;
  /** Underlying price, default 6000. */
  spot?: number;
  /** Implied volatility for the standard-deviation distances, default 0.16. */
  volatility?: number;
  /** Calendar days to expiration, default 45. */
  days?: number;
  /** Risk-free rate, continuously compounded decimal, default 0.04 (model premium and drift). */
  rate?: number;
  /** Drift of the probabilities, default the site's convention (risk-neutral). */
  drift?: DriftConvention;
}

export type StrikeKey = 'k1' | 'k2' | 'k3' | 'k4';
export type BreakEvenField = StrikeKey | 'premium' | 'spot' | 'volatility' | 'days' | 'rate';
export type BreakEvenTexts = Record<BreakEvenField | 'strategy' | 'side' | 'drift', string>;

export interface BreakEvenInputs {
  strategy: BreakEvenStrategy;
  side: Side;
  strikes: number[];
  premium: number;
  spot: number;
  volatility: number;
  days: number;
  rate: number;
  drift: DriftConvention;
}

const STRIKE_KEYS: readonly StrikeKey[] = ['k1', 'k2', 'k3', 'k4'];

export function strikeCount(strategy: BreakEvenStrategy): 1 | 2 | 4 {
  if (strategy === 'call' || strategy === 'put') return 1;
  return strategy === 'iron-condor' ? 4 : 2;
}

export function defaultSide(strategy: BreakEvenStrategy): Side {
  return strategy === 'iron-condor' ? 'credit' : 'debit';
}

export function isStrategy(value: string): value is BreakEvenStrategy {
  return STRATEGY_OPTIONS.some((option) => option.value === value);
}

/** Field labels of the strikes for a strategy and side, lowest first. */
export function strikeLabels(strategy: BreakEvenStrategy, side: Side): string[] {
  const long = side === 'debit';
  switch (strategy) {
    case 'call':
    case 'put':
      return ['Strike'];
    case 'call-spread':
      return long
        ? ['Lower strike (bought call)', 'Higher strike (sold call)']
        : ['Lower strike (sold call)', 'Higher strike (bought call)'];
    case 'put-spread':
      return long
        ? ['Lower strike (sold put)', 'Higher strike (bought put)']
        : ['Lower strike (bought put)', 'Higher strike (sold put)'];
    case 'iron-condor':
      return long
        ? ['Short put', 'Long put', 'Long call', 'Short call']
        : ['Long put', 'Short put', 'Short call', 'Long call'];
  }
}

/** Default strikes for a strategy around spot. */
export function defaultStrikes(
  strategy: BreakEvenStrategy,
  spot: number,
  volatility: number,
  days: number,
): number[] {
  const step = strikeStep(spot);
  const atm = roundTo(spot, step);
  const width = Math.max(step, roundTo(spot / 60, step));
  switch (strategy) {
    case 'call':
    case 'put':
      return [atm];
    case 'call-spread':
      return [atm, atm + width];
    case 'put-spread':
      return [atm - width, atm];
    case 'iron-condor': {
      const c = defaultCondorStrikes(spot, volatility, days);
      return [c.longPut, c.shortPut, c.shortCall, c.longCall];
    }
  }
}

/** The position as engine legs (one contract): quantities +1 bought, −1 sold. */
export function buildStrategy(
  inputs: Pick<BreakEvenInputs, 'strategy' | 'side' | 'strikes' | 'premium'>,
): Strategy {
  const { strategy, strikes, premium } = inputs;
  const sign = inputs.side === 'debit' ? 1 : -1;
  const [k1 = 0, k2 = 0, k3 = 0, k4 = 0] = strikes;
  let legs: Leg[];
  switch (strategy) {
    case 'call':
      legs = [{ kind: 'call', strike: k1, quantity: sign, premium }];
      break;
    case 'put':
      legs = [{ kind: 'put', strike: k1, quantity: sign, premium }];
      break;
    case 'call-spread':
      // Debit: buy the lower call; credit: sell it. The premium sits on that leg (net of both).
      legs = [
        { kind: 'call', strike: k1, quantity: sign, premium },
        { kind: 'call', strike: k2, quantity: -sign, premium: 0 },
      ];
      break;
    case 'put-spread':
      legs = [
        { kind: 'put', strike: k2, quantity: sign, premium },
        { kind: 'put', strike: k1, quantity: -sign, premium: 0 },
      ];
      break;
    case 'iron-condor':
      // Credit: sell the inner strikes, buy the wings; debit: the reverse. The whole net
      // premium sits on the inner put.
      legs = [
        { kind: 'put', strike: k1, quantity: -sign, premium: 0 },
        { kind: 'put', strike: k2, quantity: sign, premium },
        { kind: 'call', strike: k3, quantity: sign, premium: 0 },
        { kind: 'call', strike: k4, quantity: -sign, premium: 0 },
      ];
      break;
  }
  return { legs };
}

/** The model premium (per share, positive) of a position, for defaults and hints. */
export function modelPremium(
  strategy: BreakEvenStrategy,
  strikes: readonly number[],
  spot: number,
  volatility: number,
  days: number,
  rate = DEFAULT_RATE,
): number {
  const base = { spot, volatility, time: yearsFromDays(days), rate };
  const call = (strike: number) => optionPrice({ ...base, type: 'call', strike });
  const put = (strike: number) => optionPrice({ ...base, type: 'put', strike });
  const [k1 = spot, k2 = spot, k3 = spot, k4 = spot] = strikes;
  switch (strategy) {
    case 'call':
      return call(k1);
    case 'put':
      return put(k1);
    case 'call-spread':
      return call(k1) - call(k2);
    case 'put-spread':
      return put(k2) - put(k1);
    case 'iron-condor':
      return put(k2) + call(k3) - put(k1) - call(k4);
  }
}

export function initialBreakEvenTexts(setup: BreakEvenSetup = {}): BreakEvenTexts {
  const strategy = setup.strategy && isStrategy(setup.strategy) ? setup.strategy : 'iron-condor';
  const spot = setup.spot ?? 6000;
  const volatility = setup.volatility ?? 0.16;
  const days = setup.days ?? 45;
  const rate = setup.rate ?? DEFAULT_RATE;
  const count = strikeCount(strategy);
  const given = setup.strikes && setup.strikes.length === count ? [...setup.strikes] : null;
  const strikes = given ?? defaultStrikes(strategy, spot, volatility, days);
  const premium =
    setup.premium ??
    Math.max(0.05, roundTo(modelPremium(strategy, strikes, spot, volatility, days, rate), 0.05));
  return {
    strategy,
    side: setup.side ?? defaultSide(strategy),
    k1: toFieldText(strikes[0] ?? spot),
    k2: toFieldText(strikes[1] ?? spot),
    k3: toFieldText(strikes[2] ?? spot),
    k4: toFieldText(strikes[3] ?? spot),
    premium: toFieldText(premium),
    spot: toFieldText(spot),
    volatility: toFieldText(volatility * 100),
    days: toFieldText(days),
    rate: toFieldText(rate * 100),
    drift: parseDrift(setup.drift),
  };
}

/** Texts after the reader picks another strategy: fresh strikes and a model premium. */
export function switchStrategy(texts: BreakEvenTexts, next: BreakEvenStrategy): BreakEvenTexts {
  const spot = parseNumberField(texts.spot, SPECS.spot);
  const vol = parseNumberField(texts.volatility, SPECS.volatility);
  const days = parseNumberField(texts.days, SPECS.days);
  const rate = parseNumberField(texts.rate, SPECS.rate);
  const fresh = initialBreakEvenTexts({
    strategy: next,
    spot: spot.ok ? spot.value : 6000,
    volatility: vol.ok ? vol.value : 0.16,
    days: days.ok ? days.value : 45,
    rate: rate.ok ? rate.value : DEFAULT_RATE,
  });
  const { spot: s, volatility, days: d, rate: r, drift } = texts;
  return { ...fresh, spot: s, volatility, days: d, rate: r, drift };
}

const SPECS: Record<BreakEvenField, NumberFieldSpec> = {
  k1: { min: 0, minExclusive: true, max: 1_000_000 },
  k2: { min: 0, minExclusive: true, max: 1_000_000 },
  k3: { min: 0, minExclusive: true, max: 1_000_000 },
  k4: { min: 0, minExclusive: true, max: 1_000_000 },
  premium: { min: 0, minExclusive: true, max: 1_000_000 },
  spot: { min: 0, minExclusive: true, max: 1_000_000 },
  volatility: { scale: 100, min: 1, max: 300, unit: '%' },
  days: { min: 0, minExclusive: true, max: 1095, unit: ' days' },
  rate: { scale: 100, min: -5, max: 25, unit: '%' },
};

export function validateBreakEven(
  texts: BreakEvenTexts,
  edited?: Edited,
): Validated<BreakEvenInputs, BreakEvenField> {
  const strategy = isStrategy(texts.strategy) ? texts.strategy : 'iron-condor';
  const side: Side =
    texts.side === 'credit' || texts.side === 'debit' ? texts.side : defaultSide(strategy);
  const count = strikeCount(strategy);
  const used: BreakEvenField[] = [
    ...STRIKE_KEYS.slice(0, count),
    'premium',
    'spot',
    'volatility',
    'days',
    'rate',
  ];
  const errors: Partial<Record<BreakEvenField, string>> = {};
  const values: Partial<Record<BreakEvenField, number>> = {};
  for (const key of used) {
    const result = parseNumberField(texts[key], SPECS[key]);
    if (result.ok) values[key] = result.value;
    else errors[key] = result.error;
  }

  const labels = strikeLabels(strategy, side).map((l) => l.replace(/ \(.*\)$/, '').toLowerCase());
  const order = orderErrors(
    STRIKE_KEYS.slice(0, count).map((key, i) => ({
      key,
      label: labels[i] ?? 'strike',
      value: errors[key] ? undefined : values[key],
    })),
    // An iron condor's short put and short call may share a strike (an iron butterfly).
    { allowEqual: (i) => strategy === 'iron-condor' && i === 1, edited },
  );
  for (const [key, message] of Object.entries(order)) {
    if (!errors[key as BreakEvenField]) errors[key as BreakEvenField] = message;
  }

  const strikes = STRIKE_KEYS.slice(0, count).map((k) => values[k]);
  const premium = values.premium;
  if (premium !== undefined && !errors.premium && strikes.every((k) => k !== undefined)) {
    const ks = strikes as number[];
    if (strategy === 'put' && premium >= ks[0]!) {
      errors.premium = 'The premium must be less than the strike.';
    } else if (strategy === 'call-spread' || strategy === 'put-spread') {
      const width = ks[1]! - ks[0]!;
      if (width > 0 && premium >= width) {
        errors.premium = `The premium must be less than the spread’s width (${toFieldText(width)} points).`;
      }
    } else if (strategy === 'iron-condor') {
      const widest = Math.max(ks[1]! - ks[0]!, ks[3]! - ks[2]!);
      if (widest > 0 && premium >= widest) {
        errors.premium = `The premium must be less than the wider wing (${toFieldText(widest)} points).`;
      }
    }
  }

  if (Object.keys(errors).length > 0) return { inputs: null, errors };
  return {
    inputs: {
      strategy,
      side,
      strikes: strikes as number[],
      premium: premium as number,
      spot: values.spot as number,
      volatility: values.volatility as number,
      days: values.days as number,
      rate: values.rate as number,
      drift: parseDrift(texts.drift),
    },
    errors,
  };
}

export interface BreakEvenPoint {
  price: number;
  /** price − spot. */
  points: number;
  /** (price − spot) / spot. */
  percent: number;
  /** (price − spot) / (S·σ·√T). */
  sd: number;
  /** Model (lognormal, drift of `inputs.drift`) chance that the price ends beyond this
   * break-even, on the side away from spot. */
  chanceBeyond: number;
}

export interface BreakEvenResult {
  inputs: BreakEvenInputs;
  breakevens: BreakEvenPoint[];
  /** Dollars per contract. */
  maxProfit: number;
  maxLoss: number;
  /** Model chance that the position makes money at expiration, same law as chanceBeyond. */
  probabilityOfProfit: number;
  move: { move: number; lower: number; upper: number };
  chart: { xs: number[]; expiry: number[] };
}

export function computeBreakEven(inputs: BreakEvenInputs): BreakEvenResult {
  const strategy = buildStrategy(inputs);
  const time = yearsFromDays(inputs.days);
  const { spot, volatility, rate, drift } = inputs;
  const law = { spot, volatility, time, rate, drift };
  const analysis = analyzeStrategy(strategy, law);
  const move = expectedMove({ spot, volatility, time });
  const breakevens = analysis.breakevens.map((price) => ({
    price,
    points: price - spot,
    percent: (price - spot) / spot,
    sd: move.move > 0 ? (price - spot) / move.move : Number.NaN,
    chanceBeyond:
      price >= spot
        ? probabilityBetween(law, price, Number.POSITIVE_INFINITY)
        : probabilityBetween(law, 0, price),
  }));
  const [from, to] = choosePriceDomain({
    spot: inputs.spot,
    sdMove: move.move,
    include: [...inputs.strikes, ...analysis.breakevens],
  });
  const xs = linspace(from, to, CURVE_POINTS);
  return {
    inputs,
    breakevens,
    maxProfit: analysis.maxProfit,
    maxLoss: analysis.maxLoss,
    probabilityOfProfit: analysis.probabilityOfProfit ?? Number.NaN,
    move,
    chart: { xs, expiry: xs.map((x) => profitAtExpiry(strategy, x)) },
  };
}
