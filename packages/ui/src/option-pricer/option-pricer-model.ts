/**
 * Option pricer: Black-Scholes-Merton price from a volatility, or the implied volatility from
 * a price, and every Greek converted to the units traders quote.
 */
import {
  CALENDAR_DAYS_PER_YEAR,
  ImpliedVolatilityError,
  impliedVolatility,
  type OptionType,
  optionGreeks,
  profitAtExpiry,
  type Strategy,
  strategyPnlCurve,
} from '@vixshield/engine';
import { choosePriceDomain, interpolate, linspace } from '../chart/chart-math';
import { type NumberFieldSpec, parseNumberField } from '../lib/fields';
import { formatPremium, toFieldText } from '../lib/format';
import { CURVE_POINTS, sdMove, yearsFromDays } from '../lib/strategy-math';
import type { Validated } from '../lib/use-calculator-state';

export interface OptionPricerSetup {
  /** 'call' or 'put', default 'call'. */
  type?: OptionType;
  /** Underlying price, default 6000. */
  spot?: number;
  /** Strike, default 6000. */
  strike?: number;
  /** Calendar days to expiration, default 45. */
  days?: number;
  /** Volatility, annualised decimal, default 0.16. */
  volatility?: number;
  /** Risk-free rate, continuously compounded decimal, default 0.04. */
  rate?: number;
  /** Dividend yield, continuous decimal, default 0.013. */
  dividendYield?: number;
}

export type SolveFor = 'price' | 'volatility';
export type OptionPricerField =
  | 'spot'
  | 'strike'
  | 'days'
  | 'volatility'
  | 'price'
  | 'rate'
  | 'dividendYield';
export type OptionPricerTexts = Record<OptionPricerField | 'type' | 'solve', string>;

export interface OptionPricerInputs {
  type: OptionType;
  solve: SolveFor;
  spot: number;
  strike: number;
  days: number;
  /** Given, or solved from the price. */
  volatility: number;
  rate: number;
  dividendYield: number;
}

const SPECS: Record<OptionPricerField, NumberFieldSpec> = {
  spot: { min: 0, minExclusive: true, max: 1_000_000 },
  strike: { min: 0, minExclusive: true, max: 1_000_000 },
  days: { min: 0, minExclusive: true, max: 3650, unit: ' days' },
  volatility: { scale: 100, min: 0.1, max: 500, unit: '%' },
  price: { min: 0, minExclusive: true, max: 1_000_000 },
  rate: { scale: 100, min: -5, max: 25, unit: '%' },
  dividendYield: { scale: 100, min: 0, max: 25, unit: '%' },
};

export function initialOptionPricerTexts(setup: OptionPricerSetup = {}): OptionPricerTexts {
  return {
    type: setup.type === 'put' ? 'put' : 'call',
    solve: 'price',
    spot: toFieldText(setup.spot ?? 6000),
    strike: toFieldText(setup.strike ?? 6000),
    days: toFieldText(setup.days ?? 45),
    volatility: toFieldText((setup.volatility ?? 0.16) * 100),
    price: '',
    rate: toFieldText((setup.rate ?? 0.04) * 100),
    dividendYield: toFieldText((setup.dividendYield ?? 0.013) * 100),
  };
}

/** The no-arbitrage bounds of a European option's price (per share). */
export function priceBounds(
  type: OptionType,
  spot: number,
  strike: number,
  time: number,
  rate: number,
  dividendYield: number,
): { lower: number; upper: number } {
  const stock = spot * Math.exp(-dividendYield * time);
  const cash = strike * Math.exp(-rate * time);
  return type === 'call'
    ? { lower: Math.max(0, stock - cash), upper: stock }
    : { lower: Math.max(0, cash - stock), upper: cash };
}

export function validateOptionPricer(
  texts: OptionPricerTexts,
): Validated<OptionPricerInputs, OptionPricerField> {
  const type: OptionType = texts.type === 'put' ? 'put' : 'call';
  const solve: SolveFor = texts.solve === 'volatility' ? 'volatility' : 'price';
  const used: OptionPricerField[] = [
    'spot',
    'strike',
    'days',
    solve === 'price' ? 'volatility' : 'price',
    'rate',
    'dividendYield',
  ];
  const errors: Partial<Record<OptionPricerField, string>> = {};
  const values: Partial<Record<OptionPricerField, number>> = {};
  for (const key of used) {
    const result = parseNumberField(texts[key], SPECS[key]);
    if (result.ok) values[key] = result.value;
    else errors[key] = result.error;
  }
  if (Object.keys(errors).length > 0) return { inputs: null, errors };

  const v = values as Record<OptionPricerField, number>;
  const time = yearsFromDays(v.days);
  let volatility = v.volatility;
  if (solve === 'volatility') {
    try {
      volatility = impliedVolatility({
        type,
        spot: v.spot,
        strike: v.strike,
        time,
        rate: v.rate,
        dividendYield: v.dividendYield,
        price: v.price,
      });
    } catch (error) {
      const bounds = priceBounds(type, v.spot, v.strike, time, v.rate, v.dividendYield);
      if (error instanceof ImpliedVolatilityError && error.reason === 'below-intrinsic') {
        errors.price = `No volatility gives this price: it is below the option’s discounted intrinsic value (${formatPremium(bounds.lower)}).`;
      } else if (error instanceof ImpliedVolatilityError && error.reason === 'above-maximum') {
        errors.price = `No volatility gives this price: a ${type} can be worth at most ${formatPremium(bounds.upper)} here.`;
      } else {
        errors.price = `No implied volatility found for this price (${error instanceof Error ? error.message : 'unknown error'}).`;
      }
      return { inputs: null, errors };
    }
    if (!Number.isFinite(volatility) || volatility <= 0) {
      errors.price = 'This price implies no time value, so there is no volatility to solve for.';
      return { inputs: null, errors };
    }
  }
  return {
    inputs: {
      type,
      solve,
      spot: v.spot,
      strike: v.strike,
      days: v.days,
      volatility,
      rate: v.rate,
      dividendYield: v.dividendYield,
    },
    errors,
  };
}

/** Greeks in trader units. */
export interface TraderGreeks {
  /** Price per share. */
  price: number;
  /** Change in price per 1.00 move of the underlying. */
  delta: number;
  /** Change in delta per 1.00 move of the underlying. */
  gamma: number;
  /** Change in price per calendar day passing (engine theta per year ÷ 365). */
  thetaPerDay: number;
  /** Change in price per volatility point (engine vega ÷ 100). */
  vegaPerPoint: number;
  /** Change in price per percentage point of rate (engine rho ÷ 100). */
  rhoPerPoint: number;
  /** Change in delta per volatility point (engine vanna ÷ 100). */
  vannaPerPoint: number;
  /** Change in delta per calendar day passing (engine charm per year ÷ 365). */
  charmPerDay: number;
  /** Change in vega (per point) per volatility point (engine vomma ÷ 10,000). */
  vommaPerPoint: number;
}

export interface OptionPricerResult {
  inputs: OptionPricerInputs;
  greeks: TraderGreeks;
  /** Intrinsic value per share today (max(0, S − K) for a call). */
  intrinsic: number;
  /** price − intrinsic. */
  timeValue: number;
  breakeven: number;
  chart: {
    xs: number[];
    expiry: number[];
    today: number[];
    band: { lower: number; upper: number };
  };
}

export function computeOptionPricer(inputs: OptionPricerInputs): OptionPricerResult {
  const time = yearsFromDays(inputs.days);
  const spec = {
    type: inputs.type,
    spot: inputs.spot,
    strike: inputs.strike,
    time,
    rate: inputs.rate,
    dividendYield: inputs.dividendYield,
    volatility: inputs.volatility,
  };
  const g = optionGreeks(spec);
  const greeks: TraderGreeks = {
    price: g.price,
    delta: g.delta,
    gamma: g.gamma,
    thetaPerDay: g.theta / CALENDAR_DAYS_PER_YEAR,
    vegaPerPoint: g.vega / 100,
    rhoPerPoint: g.rho / 100,
    vannaPerPoint: g.vanna / 100,
    charmPerDay: g.charm / CALENDAR_DAYS_PER_YEAR,
    vommaPerPoint: g.vomma / 10_000,
  };
  const intrinsic = Math.max(
    0,
    inputs.type === 'call' ? inputs.spot - inputs.strike : inputs.strike - inputs.spot,
  );
  const breakeven = inputs.type === 'call' ? inputs.strike + g.price : inputs.strike - g.price;

  const strategy: Strategy = {
    legs: [
      {
        kind: inputs.type,
        strike: inputs.strike,
        quantity: 1,
        premium: g.price,
        expiry: time,
        volatility: inputs.volatility,
      },
    ],
  };
  const move = sdMove(inputs.spot, inputs.volatility, inputs.days);
  const [from, to] = choosePriceDomain({
    spot: inputs.spot,
    sdMove: move,
    include: [inputs.strike, breakeven],
  });
  const xs = linspace(from, to, CURVE_POINTS);
  const curve = strategyPnlCurve(strategy, {
    from,
    to,
    points: CURVE_POINTS,
    market: {
      evaluationTime: 0,
      volatility: inputs.volatility,
      rate: inputs.rate,
      dividendYield: inputs.dividendYield,
    },
  });
  return {
    inputs,
    greeks,
    intrinsic,
    timeValue: g.price - intrinsic,
    breakeven,
    chart: {
      xs,
      expiry: xs.map((x) => profitAtExpiry(strategy, x)),
      today: xs.map((x) => interpolate(curve.prices, curve.pnl, x)),
      band: { lower: inputs.spot - move, upper: inputs.spot + move },
    },
  };
}
