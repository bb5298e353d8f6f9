/**
 * Every figure an article quotes about its embedded calculator's example must be the figure that
 * calculator shows, digit for digit. For each article below: parse the calculator's props from
 * the MDX line that embeds it, run the calculator's own model, format each figure as the
 * component formats it, and check that the text appears both in the calculator's rendered HTML
 * (so the test cannot drift from the component) and in the article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { calculatorComponents, termCalculatorComponents } from '@vixshield/ui';
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  computeBreakEven,
  initialBreakEvenTexts,
  validateBreakEven,
} from '../../../packages/ui/src/break-even/break-even-model';
import {
  computeExpectedMove,
  initialExpectedMoveTexts,
  validateExpectedMove,
} from '../../../packages/ui/src/expected-move/expected-move-model';
import {
  computeIronCondor,
  initialIronCondorTexts,
  validateIronCondor,
} from '../../../packages/ui/src/iron-condor/iron-condor-model';
import {
  computeLayered,
  initialLayeredTexts,
  validateLayered,
} from '../../../packages/ui/src/layered-condor/layered-condor-model';
import {
  formatLevel,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPremium,
} from '../../../packages/ui/src/lib/format';
import {
  computeOptionPricer,
  initialOptionPricerTexts,
  validateOptionPricer,
} from '../../../packages/ui/src/option-pricer/option-pricer-model';
import { initialParityTexts } from '../../../packages/ui/src/parity-arbitrage/parity-arbitrage-fields';
import {
  computeParity,
  validateParity,
} from '../../../packages/ui/src/parity-arbitrage/parity-arbitrage-model';
import {
  computeLab,
  initialLabTexts,
  validateLab,
} from '../../../packages/ui/src/strategy-lab/strategy-lab-model';
import {
  computeCapm,
  initialCapmTexts,
  validateCapm,
} from '../../../packages/ui/src/term-calculators/capm-model';
import {
  computeDividendDiscount,
  initialDividendDiscountTexts,
  validateDividendDiscount,
} from '../../../packages/ui/src/term-calculators/dividend-discount-model';
import type { FormulaOutcome } from '../../../packages/ui/src/term-calculators/formula-model';
import {
  computeIrr,
  initialIrrState,
  validateIrr,
} from '../../../packages/ui/src/term-calculators/irr-model';
import {
  computeNpv,
  initialNpvState,
  validateNpv,
} from '../../../packages/ui/src/term-calculators/npv-model';
import {
  computePeRatio,
  initialPeRatioTexts,
  validatePeRatio,
} from '../../../packages/ui/src/term-calculators/pe-ratio-model';
import {
  computePriceToCashFlow,
  initialPriceToCashFlowTexts,
  validatePriceToCashFlow,
} from '../../../packages/ui/src/term-calculators/price-to-cash-flow-model';
import {
  computeQuickRatio,
  initialQuickRatioTexts,
  validateQuickRatio,
} from '../../../packages/ui/src/term-calculators/quick-ratio-model';
import {
  computeWacc,
  initialWaccTexts,
  validateWacc,
} from '../../../packages/ui/src/term-calculators/wacc-model';
import {
  computeXirr,
  initialXirrState,
  validateXirr,
} from '../../../packages/ui/src/term-calculators/xirr-model';
import { initialVixHedgeTexts } from '../../../packages/ui/src/vix-hedge/vix-hedge-fields';
import {
  computeVixHedge,
  validateVixHedge,
} from '../../../packages/ui/src/vix-hedge/vix-hedge-model';

const CONTENT = new URL('../../../content/', import.meta.url);

// biome-ignore lint/suspicious/noExplicitAny: props come from MDX text; each model checks them.
type Props = Record<string, any>;
/** Figure label → the text the calculator shows. */
type Figures = Record<string, string>;

function valid<T>(validated: { inputs: T | null; errors: unknown }): T {
  if (validated.inputs === null) {
    throw new Error(`the embedded props do not validate: ${JSON.stringify(validated.errors)}`);
  }
  return validated.inputs;
}

function headline(outcome: FormulaOutcome): Figures {
  return { result: outcome.figures[0]?.value ?? '' };
}

/** For each calculator: its props → every figure the articles quote, formatted as shown. */
const models: Record<string, (props: Props) => Figures> = {
  IronCondorCalculator(props) {
    const r = computeIronCondor(valid(validateIronCondor(initialIronCondorTexts(props))));
    return {
      credit: formatPremium(r.credit),
      totalCredit: formatMoney(r.credit * 100 * r.inputs.contracts),
      modelCredit: formatPremium(r.theoreticalCredit),
      maxProfit: formatMoney(r.maxProfit),
      maxLoss: formatMoney(r.maxLoss),
      returnOnRisk: formatPercent(r.returnOnRisk),
      probabilityOfProfit: formatPercent(r.probabilityOfProfit),
      lowerBreakeven: formatLevel(r.breakevens[0] ?? Number.NaN),
      upperBreakeven: formatLevel(r.breakevens[1] ?? Number.NaN),
      expectedMove: `±${formatLevel(r.move.move)}`,
      bandLower: formatLevel(r.move.lower),
      bandUpper: formatLevel(r.move.upper),
    };
  },

  BreakEvenCalculator(props) {
    const r = computeBreakEven(valid(validateBreakEven(initialBreakEvenTexts(props))));
    const figures: Figures = {
      maxProfit: formatMoney(r.maxProfit),
      maxLoss: formatMoney(r.maxLoss),
    };
    r.breakevens.forEach((b, i) => {
      const n = i + 1;
      const points = formatLevel(Math.abs(b.points));
      figures[`breakeven${n}`] = formatLevel(b.price);
      figures[`distancePoints${n}`] = b.points < 0 ? `−${points}` : `+${points}`;
      figures[`distancePercent${n}`] = formatPercent(b.percent, { decimals: 2, plus: true });
      figures[`distanceSd${n}`] = formatNumber(b.sd, 2, { plus: true });
      figures[`chanceBeyond${n}`] = formatPercent(b.chanceBeyond);
    });
    return figures;
  },

  ExpectedMoveCalculator(props) {
    const r = computeExpectedMove(valid(validateExpectedMove(initialExpectedMoveTexts(props))));
    const [day, week, expiry] = r.rows;
    if (!day || !week || !expiry) throw new Error('expected three horizons');
    return {
      move: `±${formatLevel(expiry.move)}`,
      movePercent: formatPercent(expiry.movePercent, { decimals: 2 }),
      oneSdLower: formatLevel(expiry.oneSd.lower),
      oneSdUpper: formatLevel(expiry.oneSd.upper),
      twoSdLower: formatLevel(expiry.twoSd.lower),
      twoSdUpper: formatLevel(expiry.twoSd.upper),
      insideOneSd: formatPercent(expiry.insideOneSd),
      insideTwoSd: formatPercent(expiry.insideTwoSd),
      dayMove: `±${formatLevel(day.move)}`,
      weekMove: `±${formatLevel(week.move)}`,
      tradingDayMove: `±${formatLevel(r.tradingDayMove)}`,
    };
  },

  LayeredCondorCalculator(props) {
    const r = computeLayered(valid(validateLayered(initialLayeredTexts(props))));
    const figures: Figures = {
      totalMaxProfit: formatMoney(r.totalMaxProfit),
      totalMaxRisk: formatMoney(r.totalMaxLoss),
    };
    r.layers.forEach((layer, i) => {
      const n = i + 1;
      figures[`layer${n}Credit`] = formatPremium(layer.credit);
      figures[`layer${n}MaxProfit`] = formatMoney(layer.maxProfit);
      figures[`layer${n}MaxLoss`] = formatMoney(layer.maxLoss);
      figures[`layer${n}LowerBreakeven`] = formatLevel(layer.breakevens[0] ?? Number.NaN);
      figures[`layer${n}UpperBreakeven`] = formatLevel(layer.breakevens[1] ?? Number.NaN);
    });
    return figures;
  },

  OptionPricer(props) {
    const r = computeOptionPricer(valid(validateOptionPricer(initialOptionPricerTexts(props))));
    return {
      price: formatPremium(r.greeks.price),
      timeValue: formatPremium(r.timeValue),
      breakeven: formatLevel(r.breakeven),
      delta: formatNumber(r.greeks.delta, 3),
      deltaFull: formatNumber(r.greeks.delta, 4),
      gamma: formatNumber(r.greeks.gamma, 6),
      theta: formatNumber(r.greeks.thetaPerDay, 2),
      vega: formatNumber(r.greeks.vegaPerPoint, 2),
    };
  },

  ParityArbitrageCalculator(props) {
    const r = computeParity(valid(validateParity(initialParityTexts(props))));
    return {
      callMinusPut: formatPremium(r.inputs.call - r.inputs.put),
      parityValue: formatPremium(r.parityValue),
      gapPerShare: formatPremium(r.gapPerShare),
      gapPerContract: formatMoney(r.gapPerShare * 100),
      conversion: formatMoney(r.conversionPerContract, { plus: true }),
      reversal: formatMoney(r.reversalPerContract, { plus: true }),
    };
  },

  VixHedgeCalculator(props) {
    const { sized } = computeVixHedge(valid(validateVixHedge(initialVixHedgeTexts(props))));
    return {
      spreads: formatNumber(sized.contracts, 0),
      cost: formatMoney(sized.cost),
      costPercent: formatPercent(sized.costPercent / 100, { decimals: 2 }),
      costPerSpread: formatMoney(sized.costPerSpread),
      unhedgedLoss: formatMoney(sized.unhedgedPnl, { plus: true }),
      vixAfter: formatNumber(sized.vixAfter, 1),
      futureAfter: formatNumber(sized.futureAfter, 1),
      payoffPerSpread: formatMoney(sized.payoffPerSpread),
      hedgePayoff: formatMoney(sized.hedgePayoff),
      hedgedLoss: formatMoney(sized.hedgedPnl, { plus: true }),
    };
  },

  StrategyLab(props) {
    const r = computeLab(valid(validateLab(initialLabTexts(props))));
    const figures: Figures = {
      net: formatMoney(Math.abs(r.netPremium)),
      maxProfit: formatMoney(r.analysis.maxProfit),
      maxLoss: formatMoney(r.analysis.maxLoss),
      probabilityOfProfit: formatPercent(r.analysis.probabilityOfProfit),
      delta: formatMoney(r.greeks.delta, { plus: true }),
      gamma: formatNumber(r.greeks.gamma, 2, { plus: true }),
      theta: formatMoney(r.greeks.theta, { plus: true }),
      vega: formatMoney(r.greeks.vega, { plus: true }),
    };
    r.analysis.breakevens.forEach((b, i) => {
      figures[`breakeven${i + 1}`] = formatLevel(b);
    });
    r.premiums.forEach((premium, i) => {
      figures[`premium${i + 1}`] = formatPremium(premium);
    });
    return figures;
  },

  CapmCalculator: (props) => headline(computeCapm(valid(validateCapm(initialCapmTexts(props))))),
  DividendDiscountCalculator: (props) =>
    headline(
      computeDividendDiscount(valid(validateDividendDiscount(initialDividendDiscountTexts(props)))),
    ),
  WaccCalculator: (props) => headline(computeWacc(valid(validateWacc(initialWaccTexts(props))))),
  PeRatioCalculator: (props) =>
    headline(computePeRatio(valid(validatePeRatio(initialPeRatioTexts(props))))),
  PriceToCashFlowCalculator: (props) =>
    headline(
      computePriceToCashFlow(valid(validatePriceToCashFlow(initialPriceToCashFlowTexts(props)))),
    ),
  QuickRatioCalculator: (props) =>
    headline(computeQuickRatio(valid(validateQuickRatio(initialQuickRatioTexts(props))))),

  IrrCalculator(props) {
    const r = computeIrr(valid(validateIrr(initialIrrState(props))));
    return {
      irr: formatPercent(r.irr, { decimals: 2 }),
      npvAtHurdle: formatNumber(r.npvAtHurdle, 2, { plus: true }),
    };
  },

  NpvCalculator(props) {
    const r = computeNpv(valid(validateNpv(initialNpvState(props))));
    const figures: Figures = { npv: formatNumber(r.npv, 2, { plus: true }) };
    r.presentValues.forEach((value, year) => {
      figures[`presentValue${year}`] = formatNumber(value, 2);
    });
    return figures;
  },

  XirrCalculator: (props) => ({
    xirr: formatPercent(computeXirr(valid(validateXirr(initialXirrState(props)))).xirr, {
      decimals: 2,
    }),
  }),
};

/** A figure the prose quotes without the sign the calculator shows ("a loss of $3,750"). */
type Quote = string | { unsigned: string };
const unsigned = (label: string): Quote => ({ unsigned: label });

interface Case {
  /** Path under content/, without ".mdx". */
  article: string;
  calculator: string;
  quotes: Quote[];
}

const condorBreakevens: Quote[] = ['lowerBreakeven', 'upperBreakeven'];
const twoLayers = (['Credit', 'MaxProfit', 'MaxLoss', 'LowerBreakeven', 'UpperBreakeven'] as const)
  .flatMap((figure) => [`layer1${figure}`, `layer2${figure}`])
  .concat(['totalMaxProfit', 'totalMaxRisk']);

/** A lab position's outcome at its first expiration, with two break-evens. */
const labOutcome: Quote[] = [
  'net',
  'maxProfit',
  'maxLoss',
  'breakeven1',
  'breakeven2',
  'probabilityOfProfit',
];

const cases: Case[] = [
  // The flagship.
  {
    article: 'ask/multi-sig-vs-alvh-layered-hedging',
    calculator: 'IronCondorCalculator',
    quotes: [
      'credit',
      'maxProfit',
      'maxLoss',
      'returnOnRisk',
      ...condorBreakevens,
      'expectedMove',
      'bandLower',
      'bandUpper',
    ],
  },
  {
    article: 'ask/45-dte-vs-15-dte-layers',
    calculator: 'LayeredCondorCalculator',
    quotes: twoLayers,
  },
  {
    article: 'ask/break-evens-outside-one-standard-deviation',
    calculator: 'BreakEvenCalculator',
    quotes: [
      'breakeven1',
      'breakeven2',
      unsigned('distancePoints2'),
      unsigned('distancePercent2'),
      unsigned('distanceSd2'),
      'maxProfit',
      'maxLoss',
    ],
  },
  {
    article: 'ask/contango-backwardation-vix-hedge',
    calculator: 'StrategyLab',
    quotes: ['premium1', 'premium2', ...labOutcome, 'vega', 'theta'],
  },
  {
    article: 'ask/conversions-and-reversals',
    calculator: 'ParityArbitrageCalculator',
    quotes: ['callMinusPut', 'parityValue', 'gapPerShare', 'gapPerContract'],
  },
  {
    article: 'ask/delta-vs-expected-move-strikes',
    calculator: 'ExpectedMoveCalculator',
    quotes: ['move', 'oneSdLower', 'oneSdUpper', 'twoSdLower', 'twoSdUpper'],
  },
  {
    article: 'ask/expected-move-formula',
    calculator: 'ExpectedMoveCalculator',
    quotes: [
      'move',
      'movePercent',
      'oneSdLower',
      'oneSdUpper',
      'twoSdLower',
      'twoSdUpper',
      'insideOneSd',
      'insideTwoSd',
      'dayMove',
      'tradingDayMove',
    ],
  },
  {
    article: 'ask/how-many-vix-calls-hedge',
    calculator: 'VixHedgeCalculator',
    quotes: [
      'spreads',
      'cost',
      'costPercent',
      'costPerSpread',
      'vixAfter',
      'futureAfter',
      'payoffPerSpread',
      'hedgePayoff',
      unsigned('unhedgedLoss'),
      unsigned('hedgedLoss'),
    ],
  },
  {
    article: 'ask/how-to-layer-iron-condors',
    calculator: 'LayeredCondorCalculator',
    quotes: twoLayers,
  },
  {
    article: 'ask/iron-butterfly-vs-iron-condor',
    calculator: 'IronCondorCalculator',
    quotes: [
      'credit',
      'maxProfit',
      'maxLoss',
      'returnOnRisk',
      'probabilityOfProfit',
      ...condorBreakevens,
      'expectedMove',
    ],
  },
  {
    article: 'ask/iron-condor-vs-short-strangle',
    calculator: 'StrategyLab',
    quotes: [...labOutcome, 'theta', 'vega'],
  },
  {
    article: 'ask/iron-condor-wing-width',
    calculator: 'IronCondorCalculator',
    quotes: ['credit', 'maxProfit', 'maxLoss', 'returnOnRisk', ...condorBreakevens, 'expectedMove'],
  },
  {
    article: 'ask/position-sizing-iron-condors',
    calculator: 'IronCondorCalculator',
    quotes: [
      'credit',
      'maxProfit',
      'maxLoss',
      'returnOnRisk',
      'probabilityOfProfit',
      ...condorBreakevens,
    ],
  },
  {
    article: 'ask/probability-of-profit-meaning',
    calculator: 'BreakEvenCalculator',
    quotes: [
      'breakeven1',
      unsigned('distancePoints1'),
      unsigned('distancePercent1'),
      unsigned('distanceSd1'),
      'chanceBeyond1',
      'maxProfit',
      'maxLoss',
    ],
  },
  {
    article: 'ask/put-call-parity-explained',
    calculator: 'ParityArbitrageCalculator',
    quotes: [
      'callMinusPut',
      'parityValue',
      'gapPerShare',
      'gapPerContract',
      unsigned('conversion'),
      unsigned('reversal'),
    ],
  },
  {
    article: 'ask/time-value-decay-near-expiration',
    calculator: 'OptionPricer',
    quotes: ['price', 'timeValue', unsigned('theta'), 'gamma'],
  },
  {
    article: 'ask/vix-call-spreads-vs-long-calls',
    calculator: 'VixHedgeCalculator',
    quotes: [
      'spreads',
      'cost',
      'costPercent',
      'costPerSpread',
      'vixAfter',
      'futureAfter',
      'payoffPerSpread',
      unsigned('unhedgedLoss'),
    ],
  },
  {
    article: 'ask/what-is-implied-volatility',
    calculator: 'OptionPricer',
    quotes: ['price', 'delta', 'vega'],
  },
  {
    article: 'ask/what-is-implied-volatility',
    calculator: 'StrategyLab',
    quotes: [
      'premium1',
      'premium2',
      'premium3',
      'net',
      'maxProfit',
      'maxLoss',
      'breakeven1',
      'probabilityOfProfit',
      'vega',
    ],
  },
  {
    article: 'glossary/black-scholes-model',
    calculator: 'OptionPricer',
    quotes: ['price', 'delta', 'deltaFull'],
  },
  {
    article: 'glossary/break-even-point',
    calculator: 'BreakEvenCalculator',
    quotes: ['breakeven1', 'breakeven2'],
  },
  { article: 'glossary/capm', calculator: 'CapmCalculator', quotes: ['result'] },
  {
    article: 'glossary/conversion',
    calculator: 'ParityArbitrageCalculator',
    quotes: ['parityValue', 'gapPerShare'],
  },
  {
    article: 'glossary/dividend-discount-model',
    calculator: 'DividendDiscountCalculator',
    quotes: ['result'],
  },
  {
    article: 'glossary/expected-move',
    calculator: 'ExpectedMoveCalculator',
    quotes: ['move', 'oneSdLower', 'oneSdUpper', 'insideOneSd', 'dayMove', 'tradingDayMove'],
  },
  {
    article: 'glossary/iron-condor',
    calculator: 'IronCondorCalculator',
    quotes: [
      'credit',
      'totalCredit',
      'modelCredit',
      'maxLoss',
      ...condorBreakevens,
      unsigned('expectedMove'),
      'bandLower',
      'bandUpper',
      'returnOnRisk',
      'probabilityOfProfit',
    ],
  },
  {
    article: 'glossary/irr',
    calculator: 'IrrCalculator',
    quotes: ['irr', unsigned('npvAtHurdle')],
  },
  {
    article: 'glossary/npv',
    calculator: 'NpvCalculator',
    quotes: ['npv', 'presentValue1', 'presentValue2', 'presentValue3'],
  },
  { article: 'glossary/pe-ratio', calculator: 'PeRatioCalculator', quotes: ['result'] },
  {
    article: 'glossary/price-to-cash-flow',
    calculator: 'PriceToCashFlowCalculator',
    quotes: ['result'],
  },
  {
    article: 'glossary/probability-of-profit',
    calculator: 'IronCondorCalculator',
    quotes: ['credit', ...condorBreakevens, 'probabilityOfProfit'],
  },
  {
    article: 'glossary/put-call-parity',
    calculator: 'ParityArbitrageCalculator',
    quotes: ['callMinusPut', 'parityValue'],
  },
  { article: 'glossary/quick-ratio', calculator: 'QuickRatioCalculator', quotes: ['result'] },
  {
    article: 'glossary/return-on-risk',
    calculator: 'IronCondorCalculator',
    quotes: [
      'credit',
      'totalCredit',
      'maxProfit',
      'maxLoss',
      'returnOnRisk',
      'modelCredit',
      ...condorBreakevens,
      'bandLower',
      'bandUpper',
    ],
  },
  {
    article: 'glossary/reversal',
    calculator: 'ParityArbitrageCalculator',
    quotes: ['callMinusPut', 'parityValue', unsigned('gapPerShare')],
  },
  { article: 'glossary/wacc', calculator: 'WaccCalculator', quotes: ['result'] },
  { article: 'glossary/xirr', calculator: 'XirrCalculator', quotes: ['xirr'] },
];

// --- Reading the MDX -------------------------------------------------------------------------

const EMBED = /^<([A-Z][A-Za-z]*)\s([^\n]*)\/>\s*$/;

/** Every calculator embedded in an MDX source: one `<Name prop={…} … />` per line. */
function embeds(source: string): { name: string; line: string }[] {
  return source
    .split('\n')
    .map((line) => line.trim())
    .flatMap((line) => {
      const match = EMBED.exec(line);
      return match?.[1] && match[1] in models ? [{ name: match[1], line }] : [];
    });
}

/**
 * The props of one embed line. Values are `"text"` or `{…}` holding JSON-like data (numbers,
 * strings, arrays and objects whose keys may be unquoted).
 */
function parseProps(line: string): Props {
  const body = EMBED.exec(line)?.[2];
  if (body === undefined) throw new Error(`not a one-line embed: ${line}`);
  const props: Props = {};
  const attribute = /\s*([A-Za-z]+)=/y;
  let at = 0;
  while (at < body.trim().length) {
    attribute.lastIndex = at;
    const name = attribute.exec(body)?.[1];
    if (!name) throw new Error(`cannot read props at "${body.slice(at)}"`);
    at = attribute.lastIndex;
    if (body[at] === '"') {
      const end = body.indexOf('"', at + 1);
      props[name] = body.slice(at + 1, end);
      at = end + 1;
    } else if (body[at] === '{') {
      let depth = 0;
      let end = at;
      for (; end < body.length; end++) {
        if (body[end] === '{') depth++;
        else if (body[end] === '}' && --depth === 0) break;
      }
      const json = body.slice(at + 1, end).replace(/([{,]\s*)([A-Za-z_]\w*)\s*:/g, '$1"$2":');
      props[name] = JSON.parse(json);
      at = end + 1;
    } else {
      throw new Error(`unsupported value for ${name} in "${line}"`);
    }
  }
  return props;
}

/** Prose as a reader sees it: MDX's `\$` is "$", "33.3 %" (our house style) reads as "33.3%". */
function readable(text: string): string {
  return text
    .replace(/\\\$/g, '$')
    .replace(/\s+/g, ' ')
    .replace(/(\d) %/g, '$1%');
}

/** The calculator's server-rendered text, one line per text node. */
function renderedText(name: string, props: Props): string {
  const components: Record<string, FunctionComponent<Props>> = {
    ...calculatorComponents,
    ...termCalculatorComponents,
  } as Record<string, FunctionComponent<Props>>;
  const Component = components[name];
  if (!Component) throw new Error(`no component named ${name}`);
  return renderToStaticMarkup(createElement(Component, props))
    .replace(/<[^>]*>/g, '\n')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');
}

/** True when `figure` occurs in `text` as a whole number ("1.08" is not inside "11.08"). */
function quotes(text: string, figure: string): boolean {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\d|\\d[.,])${escaped}(?!\\d|[.,]\\d)`).test(text);
}

function expectedText(figures: Figures, quote: Quote): { label: string; text: string } {
  const label = typeof quote === 'string' ? quote : quote.unsigned;
  const shown = figures[label];
  if (shown === undefined) throw new Error(`the model has no figure "${label}"`);
  return { label, text: typeof quote === 'string' ? shown : shown.replace(/^[+−±-]/, '') };
}

// --- The tests ---------------------------------------------------------------------------------

describe('figures quoted about an embedded calculator are the figures it shows', () => {
  for (const { article, calculator, quotes: quoted } of cases) {
    it(`${article}: ${calculator}`, () => {
      const source = readFileSync(new URL(`${article}.mdx`, CONTENT), 'utf8');
      const embed = embeds(source).find((e) => e.name === calculator);
      expect(embed, `${article} embeds a ${calculator}`).toBeDefined();
      const props = parseProps(embed?.line ?? '');
      const figures = models[calculator]?.(props) ?? {};
      const shown = renderedText(calculator, props);
      const prose = readable(source);
      for (const quote of quoted) {
        const { label, text } = expectedText(figures, quote);
        expect(quotes(shown, text), `${calculator} shows ${label} as "${text}"`).toBe(true);
        expect(quotes(prose, text), `${article} quotes ${label} as "${text}"`).toBe(true);
      }
    });
  }

  it('covers every calculator embedded in an article or a glossary entry', () => {
    const embedded = ['ask', 'glossary'].flatMap((folder) =>
      readdirSync(new URL(`${folder}/`, CONTENT))
        .filter((file) => file.endsWith('.mdx'))
        .flatMap((file) => {
          const source = readFileSync(new URL(`${folder}/${file}`, CONTENT), 'utf8');
          const article = `${folder}/${file.replace(/\.mdx$/, '')}`;
          return embeds(source).map(({ name }) => `${article}: ${name}`);
        }),
    );
    const covered = cases.map(({ article, calculator }) => `${article}: ${calculator}`);
    expect(embedded.filter((entry) => !covered.includes(entry))).toEqual([]);
  });
});

describe('parseProps', () => {
  it('reads numbers, strings, arrays and objects with unquoted keys', () => {
    expect(
      parseProps(
        '<LayeredCondorCalculator spot={5800} side="credit" layers={[{ days: 45, credit: 11.5 }]} />',
      ),
    ).toEqual({ spot: 5800, side: 'credit', layers: [{ days: 45, credit: 11.5 }] });
  });
});
