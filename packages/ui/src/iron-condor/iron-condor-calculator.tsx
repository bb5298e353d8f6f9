'use client';

import type { ChartKeyPoint } from '../chart/payoff-chart';
import { priceMarkers } from '../chart/price-markers';
import { creditFarFromModel } from '../lib/credit-check';
import { roundTo } from '../lib/fields';
import { formatLevel, formatMoney, formatPercent, formatPremium, toFieldText } from '../lib/format';
import { driftNote, parseDrift } from '../lib/probability-convention';
import { useCalculatorModel } from '../lib/use-calculator-state';
import { useSetup } from '../lib/use-setup';
import { Calculator } from '../shell/calculator';
import type { CalculatorEmbedProps, FieldGroupDecl, ResultView } from '../shell/calculator-spec';
import {
  DAYS_FIELD,
  DRIFT_FIELD,
  priceSlider,
  RATE_FIELD,
  spotField,
  VOLATILITY_FIELD,
} from '../shell/common-fields';
import {
  computeIronCondor,
  type IronCondorResult,
  type IronCondorSetup,
  type IronCondorTexts,
  initialIronCondorTexts,
  validateIronCondor,
} from './iron-condor-model';

/** Defaults: state under "ic." in the URL, titled "Iron condor calculator". */
export type IronCondorCalculatorProps = CalculatorEmbedProps<IronCondorSetup>;

const SETUP_KEYS = [
  'spot',
  'longPut',
  'shortPut',
  'shortCall',
  'longCall',
  'credit',
  'volatility',
  'days',
  'rate',
  'contracts',
  'drift',
] as const satisfies readonly (keyof IronCondorSetup)[];

const CREDIT_OPTIONS = [
  { value: 'model', label: 'Model credit' },
  { value: 'typed', label: 'My credit' },
] as const;

function breakevenText(result: IronCondorResult): string {
  return result.breakevens.length > 0
    ? result.breakevens.map((b) => formatLevel(b)).join(' and ')
    : 'None';
}

/** The fields, grouped; the credit field carries the "far from the model" suggestion. */
function ironCondorFields(
  values: IronCondorTexts,
  initial: IronCondorTexts,
  result: IronCondorResult | null,
): FieldGroupDecl<keyof IronCondorTexts & string>[] {
  const price = priceSlider(initial.spot);
  const typed = values.creditMode === 'typed';
  const model = result?.theoreticalCredit;
  const wing = result
    ? Math.max(
        result.inputs.shortPut - result.inputs.longPut,
        result.inputs.longCall - result.inputs.shortCall,
      )
    : 0;
  const far =
    typed &&
    result !== null &&
    model !== undefined &&
    result.creditSource === 'typed' &&
    creditFarFromModel(result.credit, model, wing);
  return [
    {
      legend: 'Strikes',
      fields: [
        { key: 'longPut', label: 'Long put (bought)', slider: price },
        { key: 'shortPut', label: 'Short put (sold)', slider: price },
        { key: 'shortCall', label: 'Short call (sold)', slider: price },
        { key: 'longCall', label: 'Long call (bought)', slider: price },
      ],
    },
    {
      legend: 'Position',
      fields: [
        {
          kind: 'segmented',
          key: 'creditMode',
          label: 'Credit received',
          options: CREDIT_OPTIONS,
          wide: true,
          // Switching to "My credit" with an empty field starts it at the model's credit.
          patchFor: (mode): Record<string, string> =>
            mode === 'typed' && values.credit.trim() === '' && model !== undefined
              ? { creditMode: mode, credit: toFieldText(roundTo(model, 0.05)) }
              : { creditMode: mode },
        },
        typed && {
          key: 'credit',
          label: 'Credit per share',
          unit: '$',
          hint: model !== undefined ? `Model credit: ${formatPremium(model)}` : undefined,
          action: far
            ? {
                message: `The model credit for these strikes is ${formatPremium(model)}, far from your ${formatPremium(result.credit)}: were the strikes changed after you typed it?`,
                label: 'Use model credit',
                patch: { creditMode: 'model' },
              }
            : undefined,
        },
        { key: 'contracts', label: 'Contracts', hint: 'Each contract covers 100 shares.' },
      ],
    },
    {
      legend: 'Market',
      fields: [spotField(price), VOLATILITY_FIELD, DAYS_FIELD, RATE_FIELD, DRIFT_FIELD],
    },
  ];
}

const VIEW: ResultView<IronCondorResult> = {
  headline: (result) => [
    { label: 'Max profit', value: formatMoney(result.maxProfit), tone: 'profit' },
    { label: 'Max loss', value: formatMoney(result.maxLoss), tone: 'loss' },
    { label: 'PoP', value: formatPercent(result.probabilityOfProfit) },
  ],
  figures: (result) => {
    const { inputs } = result;
    const total = result.credit * 100 * inputs.contracts;
    const [lowerOutside, upperOutside] = result.breakevenOutside;
    const band = `${formatLevel(result.move.lower)}–${formatLevel(result.move.upper)}`;
    const side = (outside: boolean | undefined) => (outside ? 'outside' : 'inside');
    return [
      { label: 'Max profit', value: formatMoney(result.maxProfit), tone: 'profit' },
      { label: 'Max loss', value: formatMoney(result.maxLoss), tone: 'loss' },
      { label: 'Break-evens', value: breakevenText(result) },
      {
        label: 'Probability of profit',
        value: formatPercent(result.probabilityOfProfit),
        note: `At expiration · ${driftNote(parseDrift(result.inputs.drift), result.inputs.rate)}`,
      },
      {
        label: 'Credit per share',
        value: formatPremium(result.credit),
        note: `${formatMoney(total)} in total · ${
          result.creditSource === 'model'
            ? 'model value'
            : `typed (model ${formatPremium(result.theoreticalCredit)})`
        }`,
      },
      { label: 'Return on risk', value: formatPercent(result.returnOnRisk) },
      {
        label: 'Expected move (1 SD)',
        value: `±${formatLevel(result.move.move)}`,
        note: `${band} by expiration`,
      },
      {
        label: 'Break-evens vs 1-SD band',
        value:
          lowerOutside && upperOutside
            ? 'Both outside'
            : !lowerOutside && !upperOutside
              ? 'Both inside'
              : lowerOutside
                ? 'Upper inside'
                : 'Lower inside',
        note: `Lower ${side(lowerOutside)}, upper ${side(upperOutside)}`,
      },
    ];
  },
  chart: (result) => {
    const { inputs } = result;
    return {
      label: 'Iron condor profit and loss by underlying price',
      xs: result.chart.xs,
      series: [
        { id: 'expiry', label: 'At expiry', values: result.chart.expiry, variant: 'pnl' },
        {
          id: 'before',
          label: result.chart.beforeExpiryLabel,
          values: result.chart.beforeExpiry,
          variant: 'line',
        },
      ],
      markers: priceMarkers({
        spot: inputs.spot,
        breakevens: result.breakevens,
        strikes: [inputs.longPut, inputs.shortPut, inputs.shortCall, inputs.longCall],
      }),
      bands: [{ lower: result.move.lower, upper: result.move.upper, label: '1-SD expected move' }],
      keyPoints: keyPoints(result),
    };
  },
};

/**
 * Iron condor calculator: credit (typed, or the model's from volatility and days), max profit
 * and loss, break-evens, return on risk, probability of profit, the 1-SD expected-move band,
 * and a payoff chart at expiry with a T+n curve driven by a "days from now" slider.
 */
export function IronCondorCalculator({
  stateKey = 'ic',
  headingLevel,
  title = 'Iron condor calculator',
  ...props
}: IronCondorCalculatorProps) {
  const { initial, rest } = useSetup(props, SETUP_KEYS, initialIronCondorTexts);
  const model = useCalculatorModel(stateKey, initial, validateIronCondor, computeIronCondor);
  const { values, inputs, result } = model;
  const validDays = inputs?.days ?? result?.inputs.days ?? 45;
  return (
    <Calculator
      model={model}
      title={title}
      description="Credit, risk, break-evens and probability for a four-strike iron condor."
      headingLevel={headingLevel}
      groups={ironCondorFields(values, initial, result)}
      chartFields={[
        {
          key: 'elapsed',
          label: 'Days from now for the curve (T+n)',
          unit: 'days',
          slider: { min: 0, max: validDays, step: 1 },
          hint: '0 is today; the last day is expiration.',
        },
      ]}
      view={VIEW}
      footnote={
        <p>
          Model values use Black-Scholes-Merton with one volatility for every strike (no skew) and
          no dividends. Probability of profit is at expiration, under the lognormal model with the
          drift chosen above (risk-neutral by default). For education, not a forecast.
        </p>
      }
      {...rest}
    />
  );
}

function keyPoints(result: IronCondorResult): ChartKeyPoint[] {
  const { inputs } = result;
  const points: ChartKeyPoint[] = [
    { label: 'Long put strike', x: inputs.longPut },
    { label: 'Lower 1-SD edge', x: result.move.lower },
    { label: 'Short put strike', x: inputs.shortPut },
    { label: 'Current price', x: inputs.spot },
    { label: 'Short call strike', x: inputs.shortCall },
    { label: 'Upper 1-SD edge', x: result.move.upper },
    { label: 'Long call strike', x: inputs.longCall },
    ...result.breakevens.map((b, i) => ({
      label: i === 0 ? 'Lower break-even' : 'Upper break-even',
      x: b,
    })),
  ];
  return points.sort((a, b) => a.x - b.x);
}
