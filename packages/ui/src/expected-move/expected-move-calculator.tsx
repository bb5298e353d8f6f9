'use client';

import { priceMarkers } from '../chart/price-markers';
import { ScrollTable } from '../fields/scroll-table';
import { roundTo, strikeStep } from '../lib/fields';
import { formatLevel, formatPercent } from '../lib/format';
import { driftNote, parseDrift } from '../lib/probability-convention';
import { useCalculatorModel } from '../lib/use-calculator-state';
import { useSetup } from '../lib/use-setup';
import { Calculator } from '../shell/calculator';
import type { CalculatorEmbedProps, ResultView } from '../shell/calculator-spec';
import { DAYS_FIELD, DRIFT_FIELD, RATE_FIELD } from '../shell/common-fields';
import {
  computeExpectedMove,
  type ExpectedMoveResult,
  type ExpectedMoveSetup,
  initialExpectedMoveTexts,
  validateExpectedMove,
} from './expected-move-model';

/** Defaults: state under "em." in the URL, titled "Expected move calculator". */
export type ExpectedMoveCalculatorProps = CalculatorEmbedProps<ExpectedMoveSetup>;

function range(lower: number, upper: number): string {
  return `${formatLevel(lower)} – ${formatLevel(upper)}`;
}

function percentTick(value: number): string {
  return formatPercent(value, { decimals: value !== 0 && Math.abs(value) < 0.01 ? 1 : 0 });
}

function percentReadout(value: number): string {
  return formatPercent(value, { decimals: 2 });
}

const SETUP_KEYS = [
  'spot',
  'volatility',
  'days',
  'rate',
  'drift',
] as const satisfies readonly (keyof ExpectedMoveSetup)[];

const VIEW: ResultView<ExpectedMoveResult> = {
  headline: (result) => {
    const expiry = result.rows[2]!;
    return [
      { label: '1-SD move', value: `±${formatLevel(expiry.move)}` },
      { label: 'Range', value: range(expiry.oneSd.lower, expiry.oneSd.upper) },
    ];
  },
  figures: (result) => {
    const expiry = result.rows[2]!;
    return [
      {
        label: '1-SD move to expiration',
        value: `±${formatLevel(expiry.move)}`,
        note: `±${formatPercent(expiry.movePercent, { decimals: 2 })} of the price`,
      },
      { label: '1-SD range', value: range(expiry.oneSd.lower, expiry.oneSd.upper) },
      { label: '2-SD range', value: range(expiry.twoSd.lower, expiry.twoSd.upper) },
      {
        label: 'Model chance inside 1 SD / 2 SD',
        value: `${formatPercent(expiry.insideOneSd)} / ${formatPercent(expiry.insideTwoSd)}`,
        note: `At expiration · ${driftNote(parseDrift(result.inputs.drift), result.inputs.rate)}`,
      },
    ];
  },
  chart: (result) => {
    const expiry = result.rows[2]!;
    return {
      label: 'Model distribution of the price at expiration with the expected-move bands',
      xs: result.chart.xs,
      series: [
        {
          id: 'density',
          label: 'Chance of ending in a 1% bucket',
          values: result.chart.density,
          variant: 'area',
        },
      ],
      markers: priceMarkers({ spot: result.inputs.spot }),
      bands: [
        { lower: expiry.twoSd.lower, upper: expiry.twoSd.upper, label: '2-SD range' },
        { lower: expiry.oneSd.lower, upper: expiry.oneSd.upper, label: '1-SD range' },
      ],
      keyPoints: [
        { label: '2-SD low', x: expiry.twoSd.lower },
        { label: '1-SD low', x: expiry.oneSd.lower },
        { label: 'Current price', x: result.inputs.spot },
        { label: '1-SD high', x: expiry.oneSd.upper },
        { label: '2-SD high', x: expiry.twoSd.upper },
      ],
      xLabel: 'Price at expiration',
      yLabel: 'Chance per 1% bucket',
      formatY: percentReadout,
      formatYTick: percentTick,
    };
  },
  details: (result) => <ExpectedMoveTable result={result} />,
};

/**
 * Expected move calculator: the one- and two-standard-deviation ranges implied by a
 * volatility (S·σ·√T) for one day, one week and the days to expiration, and the model's
 * distribution of the price at expiration.
 */
export function ExpectedMoveCalculator({
  stateKey = 'em',
  headingLevel,
  title = 'Expected move calculator',
  ...props
}: ExpectedMoveCalculatorProps) {
  const { initial, rest } = useSetup(props, SETUP_KEYS, initialExpectedMoveTexts);
  const model = useCalculatorModel(stateKey, initial, validateExpectedMove, computeExpectedMove);
  const spot0 = Number(initial.spot) || 6000;
  const step = strikeStep(spot0);
  return (
    <Calculator
      model={model}
      title={title}
      description="How far the market's implied volatility says the price may travel."
      headingLevel={headingLevel}
      groups={[
        {
          legend: 'Market',
          fields: [
            {
              key: 'spot',
              label: 'Underlying price',
              slider: { min: roundTo(spot0 * 0.5, step), max: roundTo(spot0 * 1.5, step), step },
            },
            {
              key: 'volatility',
              label: 'Implied volatility',
              unit: '%',
              slider: { min: 5, max: 100, step: 0.5 },
              hint: 'For the S&P 500, the VIX is the 30-day figure.',
            },
            DAYS_FIELD,
            RATE_FIELD,
            DRIFT_FIELD,
          ],
        },
      ]}
      view={VIEW}
      footnote={
        <p>
          Move = price × volatility × √(days ÷ 365), calendar days as in the VIX calculation. The
          chances and the chart are the lognormal model’s with the drift chosen above (risk-neutral
          by default); the height at a price is the chance of ending within ±0.5% of it. Real
          markets have fatter tails than this model. For education, not a forecast.
        </p>
      }
      {...rest}
    />
  );
}

/** The moves for one day, one week and the days to expiration, and the rule of 16. */
function ExpectedMoveTable({ result }: { result: ExpectedMoveResult }) {
  return (
    <>
      <ScrollTable
        title="Expected move by horizon"
        columns={['Horizon', '1-SD move', '1-SD range (≈68%)', '2-SD range (≈95%)']}
      >
        {result.rows.map((row) => (
          <tr key={row.label} className="border-b border-border last:border-b-0">
            <th scope="row" className="py-1.5 pr-3 text-left font-medium text-fg">
              {row.label}
            </th>
            <td className="py-1.5 pr-3 text-fg">
              ±{formatLevel(row.move)}{' '}
              <span className="text-muted">
                ({formatPercent(row.movePercent, { decimals: 2 })})
              </span>
            </td>
            <td className="py-1.5 pr-3 text-fg">{range(row.oneSd.lower, row.oneSd.upper)}</td>
            <td className="py-1.5 text-fg">{range(row.twoSd.lower, row.twoSd.upper)}</td>
          </tr>
        ))}
      </ScrollTable>
      <p className="m-0 text-sm text-muted">
        By the trading-day convention (the “rule of 16”, volatility ÷ √252), one day’s 1-SD move is
        ±{formatLevel(result.tradingDayMove)}.
      </p>
    </>
  );
}
