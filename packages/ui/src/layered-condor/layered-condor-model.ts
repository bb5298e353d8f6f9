/**
 * Layered iron condors: two or three condors at different expirations held together. The
 * combined P&L is drawn at the front (nearest) expiration, when the front layer settles at its
 * payoff and the later layers still have time value, which the model (Black-Scholes-Merton,
 * one volatility) supplies.
 */
import {
  analyzeStrategy,
  expectedMove,
  ironCondor,
  type Strategy,
  strategyPnlCurve,
} from '@vixshield/engine';
import { choosePriceDomain, interpolate, linspace, zeroCrossings } from '../chart/chart-math';
import { theoreticalCondorCredit } from '../iron-condor/iron-condor-model';
import { type NumberFieldSpec, parseNumberField } from '../lib/fields';
import { toFieldText } from '../lib/format';
import type { Edited } from '../lib/order-rule';
import {
  CURVE_POINTS,
  condorStrikeErrors,
  defaultCondorStrikes,
  withExpiry,
  yearsFromDays,
} from '../lib/strategy-math';
import type { Validated } from '../lib/use-calculator-state';

export interface CondorLayer {
  /** Calendar days to this layer's expiration. */
  days: number;
  longPut: number;
  shortPut: number;
  shortCall: number;
  longCall: number;
  /** Net credit per share; when absent the model's credit is used. */
  credit?: number;
  /** Number of condors, default 1. */
  contracts?: number;
}

export interface LayeredCondorSetup {
  /** Underlying price, default 6000. */
  spot?: number;
  /** Implied volatility for every layer, annualised decimal, default 0.16. */
  volatility?: number;
  /** Risk-free rate, continuously compounded decimal, default 0.04. */
  rate?: number;
  /** Two or three layers; default a 45-DTE and an 18-DTE condor with strikes about 1 SD out. */
  layers?: readonly CondorLayer[];
}

export const LAYER_FIELDS = [
  'days',
  'longPut',
  'shortPut',
  'shortCall',
  'longCall',
  'credit',
  'contracts',
] as const;
export type LayerField = (typeof LAYER_FIELDS)[number];
export const MAX_LAYERS = 3;
export const MIN_LAYERS = 2;

/** Field key of a layer's field: `l0.days`, `l1.shortPut`, … */
export type LayeredKey = `l${0 | 1 | 2}.${LayerField}`;
export type LayeredField = 'spot' | 'volatility' | 'rate' | LayeredKey;
export type LayeredTexts = Record<LayeredField | 'layers', string>;

export function layerKey(index: number, field: LayerField): LayeredKey {
  return `l${index as 0 | 1 | 2}.${field}`;
}

const LAYER_SPECS: Record<LayerField, NumberFieldSpec> = {
  days: { integer: true, min: 1, max: 1095, unit: ' days' },
  longPut: { min: 0, minExclusive: true, max: 1_000_000 },
  shortPut: { min: 0, minExclusive: true, max: 1_000_000 },
  shortCall: { min: 0, minExclusive: true, max: 1_000_000 },
  longCall: { min: 0, minExclusive: true, max: 1_000_000 },
  credit: { min: 0, minExclusive: true, max: 1_000_000 },
  contracts: { integer: true, min: 1, max: 10_000 },
};

const MARKET_SPECS: Record<'spot' | 'volatility' | 'rate', NumberFieldSpec> = {
  spot: { min: 0, minExclusive: true, max: 1_000_000 },
  volatility: { scale: 100, min: 1, max: 300, unit: '%' },
  rate: { scale: 100, min: -5, max: 25, unit: '%' },
};

/** A default layer of `days` around `spot`: short strikes about 1 SD out, model credit. */
export function defaultLayer(spot: number, volatility: number, days: number): CondorLayer {
  return { days, ...defaultCondorStrikes(spot, volatility, days) };
}

function layerTexts(index: number, layer: CondorLayer): Partial<LayeredTexts> {
  return {
    [layerKey(index, 'days')]: toFieldText(layer.days),
    [layerKey(index, 'longPut')]: toFieldText(layer.longPut),
    [layerKey(index, 'shortPut')]: toFieldText(layer.shortPut),
    [layerKey(index, 'shortCall')]: toFieldText(layer.shortCall),
    [layerKey(index, 'longCall')]: toFieldText(layer.longCall),
    [layerKey(index, 'credit')]: layer.credit !== undefined ? toFieldText(layer.credit) : '',
    [layerKey(index, 'contracts')]: toFieldText(layer.contracts ?? 1),
  };
}

export function initialLayeredTexts(setup: LayeredCondorSetup = {}): LayeredTexts {
  const spot = setup.spot ?? 6000;
  const volatility = setup.volatility ?? 0.16;
  const given = (setup.layers ?? []).slice(0, MAX_LAYERS);
  const layers =
    given.length >= MIN_LAYERS
      ? given
      : [
          given[0] ?? defaultLayer(spot, volatility, 45),
          defaultLayer(
            spot,
            volatility,
            given[0] ? Math.max(1, Math.round(given[0].days * 0.4)) : 18,
          ),
        ];
  // Every slot has texts, so adding a third layer later starts from something sensible.
  const slots = [...layers];
  while (slots.length < MAX_LAYERS) slots.push(defaultLayer(spot, volatility, 30));
  let texts: Partial<LayeredTexts> = {
    spot: toFieldText(spot),
    volatility: toFieldText(volatility * 100),
    rate: toFieldText((setup.rate ?? 0.04) * 100),
    layers: String(layers.length),
  };
  slots.forEach((layer, i) => {
    texts = { ...texts, ...layerTexts(i, layer) };
  });
  return texts as LayeredTexts;
}

/** Number of active layers from the texts (2 or 3). */
export function layerCount(texts: Pick<LayeredTexts, 'layers'>): number {
  return texts.layers === '3' ? 3 : 2;
}

export interface LayerInputs {
  days: number;
  longPut: number;
  shortPut: number;
  shortCall: number;
  longCall: number;
  /** Typed credit, or null for the model's. */
  credit: number | null;
  contracts: number;
}

export interface LayeredInputs {
  spot: number;
  volatility: number;
  rate: number;
  layers: LayerInputs[];
}

export function validateLayered(
  texts: LayeredTexts,
  edited?: Edited,
): Validated<LayeredInputs, LayeredField> {
  const errors: Partial<Record<LayeredField, string>> = {};
  const market: Partial<Record<'spot' | 'volatility' | 'rate', number>> = {};
  for (const key of ['spot', 'volatility', 'rate'] as const) {
    const result = parseNumberField(texts[key], MARKET_SPECS[key]);
    if (result.ok) market[key] = result.value;
    else errors[key] = result.error;
  }
  const layers: LayerInputs[] = [];
  for (let i = 0; i < layerCount(texts); i++) {
    const values: Partial<Record<LayerField, number>> = {};
    for (const field of LAYER_FIELDS) {
      const key = layerKey(i, field);
      if (field === 'credit' && texts[key].trim() === '') continue;
      const result = parseNumberField(texts[key], LAYER_SPECS[field]);
      if (result.ok) values[field] = result.value;
      else errors[key] = result.error;
    }
    const prefix = layerKey(i, 'days').replace(/days$/, '');
    const editedHere = (typeof edited === 'string' ? [edited] : (edited ?? []))
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
    for (const [field, message] of Object.entries(condorStrikeErrors(values, editedHere))) {
      const key = layerKey(i, field as LayerField);
      if (!errors[key]) errors[key] = message;
    }
    const { longPut, shortPut, shortCall, longCall, credit } = values;
    const creditKey = layerKey(i, 'credit');
    if (
      credit !== undefined &&
      !errors[creditKey] &&
      longPut !== undefined &&
      shortPut !== undefined &&
      shortCall !== undefined &&
      longCall !== undefined
    ) {
      const widest = Math.max(shortPut - longPut, longCall - shortCall);
      if (widest > 0 && credit >= widest) {
        errors[creditKey] =
          `The credit must be less than the wider wing (${toFieldText(widest)} points).`;
      }
    }
    layers.push({
      days: values.days ?? 0,
      longPut: values.longPut ?? 0,
      shortPut: values.shortPut ?? 0,
      shortCall: values.shortCall ?? 0,
      longCall: values.longCall ?? 0,
      credit: values.credit ?? null,
      contracts: values.contracts ?? 1,
    });
  }
  if (Object.keys(errors).length > 0) return { inputs: null, errors };
  return {
    inputs: {
      spot: market.spot as number,
      volatility: market.volatility as number,
      rate: market.rate as number,
      layers,
    },
    errors,
  };
}

export interface LayerResult {
  days: number;
  credit: number;
  creditSource: 'typed' | 'model';
  /** The model's credit for the layer's strikes (equal to `credit` when none was typed). */
  modelCredit: number;
  contracts: number;
  /** At the layer's own expiration, dollars. */
  maxProfit: number;
  maxLoss: number;
  breakevens: number[];
}

export interface LayeredResult {
  inputs: LayeredInputs;
  layers: LayerResult[];
  /** Days to the nearest expiration. */
  frontDays: number;
  totalMaxProfit: number;
  totalMaxLoss: number;
  /** Combined P&L at the front expiration if the price is unchanged. */
  frontPnlAtSpot: number;
  /** Prices where the combined front-expiration P&L crosses zero (from the sampled curve). */
  frontBreakevens: number[];
  move: { move: number; lower: number; upper: number };
  chart: { xs: number[]; front: number[]; today: number[] };
}

export function computeLayered(inputs: LayeredInputs): LayeredResult {
  const { spot, volatility, rate } = inputs;
  const legs: Strategy['legs'] = [];
  const layers: LayerResult[] = inputs.layers.map((layer) => {
    const modelCredit = theoreticalCondorCredit({
      spot,
      volatility,
      rate,
      days: layer.days,
      longPut: layer.longPut,
      shortPut: layer.shortPut,
      shortCall: layer.shortCall,
      longCall: layer.longCall,
      credit: null,
      contracts: layer.contracts,
      elapsed: 0,
    });
    const credit = layer.credit ?? modelCredit;
    const strategy = withExpiry(
      ironCondor({
        longPut: layer.longPut,
        shortPut: layer.shortPut,
        shortCall: layer.shortCall,
        longCall: layer.longCall,
        credit,
        contracts: layer.contracts,
      }),
      yearsFromDays(layer.days),
    );
    legs.push(...strategy.legs);
    const analysis = analyzeStrategy(strategy);
    return {
      days: layer.days,
      credit,
      creditSource: layer.credit === null ? 'model' : 'typed',
      modelCredit,
      contracts: layer.contracts,
      maxProfit: analysis.maxProfit,
      maxLoss: analysis.maxLoss,
      breakevens: [...analysis.breakevens],
    };
  });
  const combined: Strategy = { legs };
  const frontDays = Math.min(...inputs.layers.map((l) => l.days));
  const move = expectedMove({ spot, volatility, time: yearsFromDays(frontDays) });
  const strikes = inputs.layers.flatMap((l) => [l.longPut, l.longCall]);
  const [from, to] = choosePriceDomain({ spot, sdMove: move.move, include: strikes });
  const xs = linspace(from, to, CURVE_POINTS);
  const curveAt = (days: number) => {
    const curve = strategyPnlCurve(combined, {
      from,
      to,
      points: CURVE_POINTS,
      market: { evaluationTime: yearsFromDays(days), volatility, rate },
    });
    return xs.map((x) => interpolate(curve.prices, curve.pnl, x));
  };
  const front = curveAt(frontDays);
  const today = curveAt(0);
  return {
    inputs,
    layers,
    frontDays,
    totalMaxProfit: layers.reduce((sum, l) => sum + l.maxProfit, 0),
    totalMaxLoss: layers.reduce((sum, l) => sum + l.maxLoss, 0),
    frontPnlAtSpot: interpolate(xs, front, spot),
    frontBreakevens: zeroCrossings(xs, front),
    move,
    chart: { xs, front, today },
  };
}
