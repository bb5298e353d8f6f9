'use client';

import { priceMarkers } from '../chart/price-markers';
import { ScrollTable } from '../fields/scroll-table';
import { formatLevel, formatMoney, formatNumber, formatPercent, MINUS } from '../lib/format';
import { driftNote, parseDrift } from '../lib/probability-convention';
import { useCalculatorModel } from '../lib/use-calculator-state';
import { useSetup } from '../lib/use-setup';
import { Calculator } from '../shell/calculator';
import type { CalculatorEmbedProps, ResultView } from '../shell/calculator-spec';
import {
  DAYS_FIELD,
  DRIFT_FIELD,
  priceSlider,
  RATE_FIELD,
  spotField,
  VOLATILITY_FIELD,
} from '../shell/common-fields';
import {
  type BreakEvenResult,
  type BreakEvenSetup,
  type BreakEvenStrategy,
  computeBreakEven,
  initialBreakEvenTexts,
  isStrategy,
  type Side,
  STRATEGY_OPTIONS,
  type StrikeKey,
  strikeCount,
  strikeLabels,
  switchStrategy,
  validateBreakEven,
} from './break-even-model';

/** Defaults: state under "be." in the URL, titled "Break-even calculator". */
export type BreakEvenCalculatorProps = CalculatorEmbedProps<BreakEvenSetup>;

const SIDE_OPTIONS = [
  { value: 'debit', label: 'Bought (debit)' },
  { value: 'credit', label: 'Sold (credit)' },
] as const;

const KEYS: readonly StrikeKey[] = ['k1', 'k2', 'k3', 'k4'];

function signedPoints(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = formatLevel(Math.abs(value));
  return value < 0 ? `${MINUS}${text}` : `+${text}`;
}

const SETUP_KEYS = [
  'strategy',
  'strikes',
  'premium',
  'side',
  'spot',
  'volatility',
  'days',
  'rate',
  'drift',
] as const satisfies readonly (keyof BreakEvenSetup)[];

/** The drift behind the chances, shown beside them. */
function assumption(result: BreakEvenResult): string {
  return driftNote(parseDrift(result.inputs.drift), result.inputs.rate);
}

function breakevenLabel(result: BreakEvenResult, i: number): string {
  return result.breakevens.length > 1 ? `Break-even ${i + 1}` : 'Break-even';
}

const VIEW: ResultView<BreakEvenResult> = {
  headline: (result) => [
    {
      label: result.breakevens.length > 1 ? 'Break-evens' : 'Break-even',
      value:
        result.breakevens.length > 0
          ? result.breakevens.map((b) => formatLevel(b.price)).join(' / ')
          : 'None',
    },
    { label: 'Max loss', value: formatMoney(result.maxLoss), tone: 'loss' },
  ],
  figures: (result) => [
    ...result.breakevens.map((b, i) => ({
      label: breakevenLabel(result, i),
      value: formatLevel(b.price),
      note: `${signedPoints(b.points)} points · ${formatNumber(b.sd, 2, { plus: true })} SD`,
    })),
    ...(result.breakevens.length === 0 ? [{ label: 'Break-even', value: 'None' }] : []),
    { label: 'Max profit per contract', value: formatMoney(result.maxProfit), tone: 'profit' },
    { label: 'Max loss per contract', value: formatMoney(result.maxLoss), tone: 'loss' },
    {
      label: 'Probability of profit',
      value: formatPercent(result.probabilityOfProfit),
      note: `At expiration · ${assumption(result)}`,
    },
  ],
  chart: (result) => ({
    label: 'Profit and loss at expiration by underlying price, one contract',
    xs: result.chart.xs,
    series: [{ id: 'expiry', label: 'At expiry', values: result.chart.expiry, variant: 'pnl' }],
    markers: priceMarkers({
      spot: result.inputs.spot,
      breakevens: result.breakevens.map((b) => b.price),
      strikes: result.inputs.strikes,
    }),
    bands: [{ lower: result.move.lower, upper: result.move.upper, label: '1-SD expected move' }],
    keyPoints: [
      { label: 'Current price', x: result.inputs.spot },
      ...result.breakevens.map((b, i) => ({ label: breakevenLabel(result, i), x: b.price })),
      ...result.inputs.strikes.map((k, i) => ({
        label: strikeLabels(result.inputs.strategy, result.inputs.side)[i] ?? 'Strike',
        x: k,
      })),
    ].sort((a, b) => a.x - b.x),
  }),
  details: (result) => <BreakEvenTable result={result} />,
};

/**
 * Break-even calculator: the break-even price(s) of a call, a put, a vertical spread or an iron
 * condor at expiration, each as a distance from the current price in points, percent and
 * standard deviations, with the payoff chart.
 */
export function BreakEvenCalculator({
  stateKey = 'be',
  headingLevel,
  title = 'Break-even calculator',
  ...props
}: BreakEvenCalculatorProps) {
  const { initial, rest } = useSetup(props, SETUP_KEYS, initialBreakEvenTexts);
  const model = useCalculatorModel(stateKey, initial, validateBreakEven, computeBreakEven);
  const { values } = model;
  const current: BreakEvenStrategy = isStrategy(values.strategy) ? values.strategy : 'iron-condor';
  const currentSide: Side = values.side === 'credit' ? 'credit' : 'debit';
  const labels = strikeLabels(current, currentSide);
  const price = priceSlider(initial.spot);
  return (
    <Calculator
      model={model}
      title={title}
      description="Where a position stops losing money at expiration, and how far that is from here."
      headingLevel={headingLevel}
      groups={[
        {
          legend: 'Position',
          fields: [
            {
              kind: 'select',
              key: 'strategy',
              label: 'Strategy',
              options: STRATEGY_OPTIONS,
              patchFor: (next) => switchStrategy(values, next as BreakEvenStrategy),
            },
            {
              kind: 'segmented',
              key: 'side',
              label: 'Premium is',
              options: SIDE_OPTIONS,
              wide: true,
            },
            ...KEYS.slice(0, strikeCount(current)).map((key, i) => ({
              key,
              label: labels[i] ?? 'Strike',
              slider: price,
            })),
            {
              key: 'premium',
              label:
                currentSide === 'debit' ? 'Premium paid per share' : 'Premium received per share',
              unit: '$',
            },
          ],
        },
        {
          legend: 'Market',
          fields: [spotField(price), VOLATILITY_FIELD, DAYS_FIELD, RATE_FIELD, DRIFT_FIELD],
        },
      ]}
      view={VIEW}
      footnote={
        <p>
          Break-evens are at expiration and include the premium, not commissions. Standard
          deviations use price × volatility × √(days ÷ 365); the chances are the lognormal model’s,
          with the drift chosen above (risk-neutral by default). For education, not a forecast.
        </p>
      }
      {...rest}
    />
  );
}

/** Each break-even's distance from the current price, and the model's chance beyond it. */
function BreakEvenTable({ result }: { result: BreakEvenResult }) {
  if (result.breakevens.length === 0) return null;
  return (
    <ScrollTable
      title="Distance of each break-even from the current price"
      columns={['Break-even', 'Points', 'Percent', 'Std. dev.', 'Chance beyond']}
      note={`Chance beyond: ${assumption(result)}.`}
    >
      {result.breakevens.map((b) => (
        <tr key={b.price} className="border-b border-border last:border-b-0">
          <th scope="row" className="py-1.5 pr-2 text-left font-medium text-fg">
            {formatLevel(b.price)}
          </th>
          <td className="py-1.5 pr-2 text-fg">{signedPoints(b.points)}</td>
          <td className="py-1.5 pr-2 text-fg">
            {formatPercent(b.percent, { decimals: 2, plus: true })}
          </td>
          <td className="py-1.5 pr-2 text-fg">{formatNumber(b.sd, 2, { plus: true })}</td>
          <td className="py-1.5 text-fg">{formatPercent(b.chanceBeyond)}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
