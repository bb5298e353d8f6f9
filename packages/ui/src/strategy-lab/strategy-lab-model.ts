/**
 * The strategy lab without React: up to eight legs as field texts (what the URL carries),
 * validation, and everything the lab shows for a valid position, from @vixshield/engine.
 * Premiums are the model's values today, so the lab answers "what does this position look like
 * at fair prices under one volatility surface", not "what did I pay".
 */
import {
  analyzePosition,
  CALENDAR_DAYS_PER_YEAR,
  type ExerciseStyle,
  type Leg,
  optionPrice,
  type PositionAnalysis,
  type PositionGreeks,
  positionGreeks,
  positionPnlGrid,
  type Strategy,
  strategyPnlCurve,
  withSkew,
} from '@vixshield/engine';
import { choosePriceDomain, linspace } from '../chart/chart-math';
import { type NumberFieldSpec, parseNumberField } from '../lib/fields';
import { toFieldText } from '../lib/format';
import { DEFAULT_RATE, type DriftConvention, parseDrift } from '../lib/probability-convention';
import { CURVE_POINTS, sdMove, yearsFromDays } from '../lib/strategy-math';
import type { Validated } from '../lib/use-calculator-state';
import {
  isTemplate,
  type LabLeg,
  type LegSide,
  type LegType,
  type TemplateName,
  templateLegs,
} from './strategy-templates';

/** The underlyings the lab knows, with their contract terms. */
export const UNDERLYINGS = {
  SPX: {
    multiplier: 100,
    exercise: 'european',
    terms: 'S&P 500 index options: European exercise, cash-settled, $100 per point.',
  },
  XSP: {
    multiplier: 100,
    exercise: 'european',
    terms: 'Mini-SPX (one tenth of SPX): European exercise, cash-settled, $100 per point.',
  },
  SPY: {
    multiplier: 100,
    exercise: 'american',
    terms:
      'SPY ETF options: American exercise, settled in 100 shares; valued as European with the exercise value as a floor.',
  },
} as const satisfies Record<string, { multiplier: number; exercise: ExerciseStyle; terms: string }>;

export type Underlying = keyof typeof UNDERLYINGS;

export const MAX_LEGS = 8;
export const LEG_FIELDS = ['type', 'side', 'qty', 'strike', 'days', 'iv'] as const;
type LegField = (typeof LEG_FIELDS)[number];
export type LegKey = `l${number}.${LegField}`;

export type LabMarketField = 'spot' | 'volatility' | 'skew' | 'rate' | 'dividendYield' | 'elapsed';
/** Texts: market fields, the underlying, drift, leg count and eight legs' fields. */
export type LabTexts = Record<string, string>;

export interface LabSetup {
  underlying?: Underlying;
  spot?: number;
  /** At-the-money implied volatility for legs without their own, decimal; default 0.16. */
  volatility?: number;
  /** Volatility points added 10 % below spot (taken off 10 % above), default 0. */
  skew?: number;
  rate?: number;
  dividendYield?: number;
  drift?: DriftConvention;
  /** A template to start from (ignored when `legs` is given); default 'iron-condor'. */
  template?: TemplateName;
  /** Days to the (front) expiration of a template, default 45. */
  days?: number;
  legs?: readonly LabLeg[];
}

export interface LabInputs {
  underlying: Underlying;
  spot: number;
  volatility: number;
  /** volatility points per 10 % of strike below spot, as a decimal (0.02 = 2 points) */
  skew: number;
  rate: number;
  dividendYield: number;
  drift: DriftConvention;
  /** days from now of the T+n curve (clamped to the first expiration) */
  elapsed: number;
  legs: LabLeg[];
}

const STRIKE: NumberFieldSpec = { min: 0, minExclusive: true, max: 1_000_000 };
const SPECS: Record<LabMarketField, NumberFieldSpec> &
  Record<'qty' | 'days' | 'iv', NumberFieldSpec> = {
  spot: STRIKE,
  volatility: { scale: 100, min: 1, max: 300, unit: '%' },
  skew: { scale: 100, min: -20, max: 20, unit: ' points' },
  rate: { scale: 100, min: -5, max: 25, unit: '%' },
  dividendYield: { scale: 100, min: -5, max: 20, unit: '%' },
  elapsed: { integer: true, min: 0, max: 1095, unit: ' days' },
  qty: { integer: true, min: 1, max: 10_000 },
  days: { integer: true, min: 1, max: 1095, unit: ' days' },
  iv: { scale: 100, min: 1, max: 300, unit: '%' },
};

export const legKey = (i: number, field: LegField): LegKey => `l${i + 1}.${field}`;

function legTexts(i: number, leg: LabLeg | undefined, spot: number): LabTexts {
  return {
    [legKey(i, 'type')]: leg?.type ?? 'call',
    [legKey(i, 'side')]: leg?.side ?? 'buy',
    [legKey(i, 'qty')]: toFieldText(leg?.quantity ?? 1),
    [legKey(i, 'strike')]: toFieldText(leg?.strike ?? spot),
    [legKey(i, 'days')]: toFieldText(leg?.days ?? 45),
    [legKey(i, 'iv')]: leg?.volatility === undefined ? '' : toFieldText(leg.volatility * 100),
  };
}

/** The texts of `legs` in slots 1…n, the other slots at their defaults, and the count. */
export function legsToTexts(legs: readonly LabLeg[], spot: number): LabTexts {
  let texts: LabTexts = { n: String(Math.min(legs.length, MAX_LEGS)) };
  for (let i = 0; i < MAX_LEGS; i++) texts = { ...texts, ...legTexts(i, legs[i], spot) };
  return texts;
}

export function initialLabTexts(setup: LabSetup = {}): LabTexts {
  const underlying = setup.underlying ?? 'SPX';
  const spot = setup.spot ?? (underlying === 'SPX' ? 6000 : 600);
  const volatility = setup.volatility ?? 0.16;
  const days = setup.days ?? 45;
  const template = setup.template && isTemplate(setup.template) ? setup.template : 'iron-condor';
  const legs = setup.legs?.length ? setup.legs : templateLegs(template, { spot, volatility, days });
  return {
    underlying,
    spot: toFieldText(spot),
    volatility: toFieldText(volatility * 100),
    skew: toFieldText((setup.skew ?? 0) * 100),
    rate: toFieldText((setup.rate ?? DEFAULT_RATE) * 100),
    dividendYield: toFieldText((setup.dividendYield ?? 0) * 100),
    drift: parseDrift(setup.drift),
    elapsed: '0',
    ...legsToTexts(legs, spot),
  };
}

/** Texts after the reader picks a template: its legs around the current price and days. */
export function applyTemplate(texts: LabTexts, name: TemplateName): LabTexts {
  const spot = parseNumberField(texts.spot ?? '', SPECS.spot);
  const vol = parseNumberField(texts.volatility ?? '', SPECS.volatility);
  const days = parseNumberField(texts['l1.days'] ?? '', SPECS.days);
  const s = spot.ok ? spot.value : 6000;
  const legs = templateLegs(name, {
    spot: s,
    volatility: vol.ok ? vol.value : 0.16,
    days: days.ok ? days.value : 45,
  });
  return { ...texts, ...legsToTexts(legs, s), elapsed: '0' };
}

export function legCount(texts: LabTexts): number {
  const n = Number(texts.n);
  return Number.isInteger(n) ? Math.min(Math.max(n, 1), MAX_LEGS) : 1;
}

function isUnderlying(v: string | undefined): v is Underlying {
  return v === 'SPX' || v === 'XSP' || v === 'SPY';
}

export function validateLab(texts: LabTexts): Validated<LabInputs, string> {
  const errors: Record<string, string> = {};
  const num = (key: string, spec: NumberFieldSpec): number => {
    const r = parseNumberField(texts[key] ?? '', spec);
    if (r.ok) return r.value;
    errors[key] = r.error;
    return Number.NaN;
  };
  const market = {
    spot: num('spot', SPECS.spot),
    volatility: num('volatility', SPECS.volatility),
    skew: num('skew', SPECS.skew),
    rate: num('rate', SPECS.rate),
    dividendYield: num('dividendYield', SPECS.dividendYield),
    elapsed: num('elapsed', SPECS.elapsed),
  };
  const legs: LabLeg[] = [];
  for (let i = 0; i < legCount(texts); i++) {
    const type: LegType =
      texts[legKey(i, 'type')] === 'put'
        ? 'put'
        : texts[legKey(i, 'type')] === 'stock'
          ? 'stock'
          : 'call';
    const side: LegSide = texts[legKey(i, 'side')] === 'sell' ? 'sell' : 'buy';
    const quantity = num(legKey(i, 'qty'), SPECS.qty);
    const option = type !== 'stock';
    const strike = option ? num(legKey(i, 'strike'), STRIKE) : 0;
    const days = option ? num(legKey(i, 'days'), SPECS.days) : 0;
    const ivText = (texts[legKey(i, 'iv')] ?? '').trim();
    const volatility = option && ivText !== '' ? num(legKey(i, 'iv'), SPECS.iv) : undefined;
    legs.push({
      type,
      side,
      quantity,
      strike,
      days,
      ...(volatility === undefined ? {} : { volatility }),
    });
  }
  if (!legs.some((l) => l.type !== 'stock') && !errors[legKey(0, 'type')]) {
    errors[legKey(0, 'type')] = 'Add at least one option leg: the lab measures to its expiration.';
  }
  if (Object.keys(errors).length > 0) return { inputs: null, errors };
  return {
    inputs: {
      underlying: isUnderlying(texts.underlying) ? texts.underlying : 'SPX',
      ...market,
      drift: parseDrift(texts.drift),
      legs,
    },
    errors,
  };
}

/** ln(1/0.9): the log-moneyness 10 % below spot, to turn "points per 10 %" into the engine's slope. */
const TEN_PERCENT_BELOW = -Math.log(0.9);

/** The engine position: legs with expiries in years, volatilities from the skew, model premiums. */
export function buildPosition(inputs: LabInputs): Strategy {
  const { spot, rate, dividendYield, underlying } = inputs;
  const spec = UNDERLYINGS[underlying];
  const legs: Leg[] = inputs.legs.map((l) => {
    const sign = l.side === 'buy' ? 1 : -1;
    if (l.type === 'stock') return { kind: 'stock', quantity: sign * l.quantity, price: spot };
    return {
      kind: l.type,
      strike: l.strike,
      quantity: sign * l.quantity,
      premium: 0,
      expiry: yearsFromDays(l.days),
      ...(l.volatility === undefined ? {} : { volatility: l.volatility }),
    };
  });
  const skewed = withSkew(
    { multiplier: spec.multiplier, legs },
    { volatility: inputs.volatility, skew: inputs.skew / TEN_PERCENT_BELOW, reference: spot },
  );
  return {
    ...skewed,
    legs: skewed.legs.map((l): Leg => {
      if (l.kind === 'stock') return l;
      const european = optionPrice({
        type: l.kind,
        spot,
        strike: l.strike,
        time: l.expiry ?? 0,
        rate,
        dividendYield,
        volatility: l.volatility ?? inputs.volatility,
      });
      const exercise = l.kind === 'call' ? spot - l.strike : l.strike - spot;
      const premium = spec.exercise === 'american' ? Math.max(european, exercise) : european;
      return { ...l, premium };
    }),
  };
}

/** The P&L table's dates: today to the first expiration, at most `columns`, whole days. */
export function tableDays(firstDays: number, columns = 30): number[] {
  const days = new Set<number>();
  for (let j = 0; j < columns; j++) days.add(Math.round((j * firstDays) / (columns - 1)));
  return [...days].sort((a, b) => a - b);
}

/** Prices (highest first) down, days across, each cell the position's P&L in dollars. */
export interface LabTable {
  prices: number[];
  days: number[];
  pnl: number[][];
}

export interface LabResult {
  inputs: LabInputs;
  position: Strategy;
  /** dollars: > 0 a net credit, < 0 a net debit (option premiums at the model's values) */
  netPremium: number;
  analysis: PositionAnalysis;
  /** dollar Greeks today at the current price */
  greeks: PositionGreeks;
  /** calendar days to the first expiration */
  firstDays: number;
  /** per-leg premium per share, in the order of the legs (0 for stock) */
  premiums: number[];
  /** The P&L table (the same object while only the T+n day changes). */
  table: LabTable;
  chart: { xs: number[]; expiry: number[]; beforeExpiry: number[]; beforeExpiryDay: number };
}

/**
 * The P&L on `points` evenly spaced prices from `from` to `to` on date `t`: the engine's curve
 * (per-leg constants hoisted, tails from its table, about 25 ns per leg and price) for European
 * options, its general grid (with the American exercise floor) for SPY.
 */
function pnlCurve(
  position: Strategy,
  market: { volatility: number; rate: number; dividendYield: number; exercise: ExerciseStyle },
  t: number,
  from: number,
  to: number,
  points: number,
): number[] {
  if (market.exercise === 'european') {
    const { volatility, rate, dividendYield } = market;
    const dated = { evaluationTime: t, volatility, rate, dividendYield };
    return strategyPnlCurve(position, { from, to, points, market: dated }).pnl;
  }
  const prices = linspace(from, to, points);
  return positionPnlGrid(position, { prices, times: [t] }, market).pnl.map((r) => r[0]!);
}

/** What does not depend on the T+n day, computed once per position and market. */
type LabStatic = Omit<LabResult, 'inputs' | 'chart'> & {
  market: { volatility: number; rate: number; dividendYield: number; exercise: ExerciseStyle };
  xs: number[];
  expiry: number[];
};

/**
 * The last position's static part: moving the T+n slider then costs one curve, not the
 * analysis, the Greeks and the whole table again.
 */
let lastStatic: { key: string; value: LabStatic } | null = null;

function labStatic(inputs: LabInputs, rows: number, columns: number): LabStatic {
  const key = JSON.stringify([{ ...inputs, elapsed: 0 }, rows, columns]);
  if (lastStatic?.key === key) return lastStatic.value;
  const position = buildPosition(inputs);
  const { spot, volatility, rate, dividendYield, drift } = inputs;
  const market = {
    volatility,
    rate,
    dividendYield,
    exercise: UNDERLYINGS[inputs.underlying].exercise as ExerciseStyle,
  };
  const analysis = analyzePosition(position, { ...market, spot, drift });
  const greeks = positionGreeks(position, spot, { ...market, evaluationTime: 0 });
  const firstDays = Math.round(analysis.firstExpiry * CALENDAR_DAYS_PER_YEAR);
  const strikes = inputs.legs.filter((l) => l.type !== 'stock').map((l) => l.strike);
  const [from, to] = choosePriceDomain({
    spot,
    sdMove: sdMove(spot, volatility, Math.max(firstDays, 1)),
    include: [...strikes, ...analysis.breakevens.filter((b) => b < 3 * spot)],
  });
  const days = tableDays(firstDays, columns);
  const columnsOf = days.map((d) => pnlCurve(position, market, yearsFromDays(d), from, to, rows));
  // highest price first: the table reads like a price ladder
  const prices = linspace(from, to, rows).reverse();
  const table: LabTable = {
    prices,
    days,
    pnl: prices.map((_, i) => columnsOf.map((c) => c[rows - 1 - i]!)),
  };
  const xs = linspace(from, to, CURVE_POINTS);
  const expiry = pnlCurve(position, market, analysis.firstExpiry, from, to, CURVE_POINTS);
  const value: LabStatic = {
    position,
    netPremium: analysis.netPremium,
    analysis,
    greeks,
    firstDays,
    premiums: position.legs.map((l) => (l.kind === 'stock' ? 0 : l.premium)),
    table,
    market,
    xs,
    expiry,
  };
  lastStatic = { key, value };
  return value;
}

/** Everything the lab shows: analysis at the first expiration, Greeks, P&L table and curves. */
export function computeLab(inputs: LabInputs, rows = 40, columns = 30): LabResult {
  const { market, xs, expiry, ...rest } = labStatic(inputs, rows, columns);
  const elapsed = Math.min(inputs.elapsed, rest.firstDays);
  const before = positionPnlGrid(
    rest.position,
    { prices: xs, times: [yearsFromDays(elapsed)] },
    market,
  );
  return {
    ...rest,
    inputs,
    chart: { xs, expiry, beforeExpiry: before.pnl.map((r) => r[0]!), beforeExpiryDay: elapsed },
  };
}
