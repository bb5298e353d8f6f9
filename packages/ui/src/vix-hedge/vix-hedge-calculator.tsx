'use client';

import { ScrollTable } from '../fields/scroll-table';
import {
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
  formatPrice,
} from '../lib/format';
import { useCalculatorModel } from '../lib/use-calculator-state';
import { useSetup } from '../lib/use-setup';
import { Calculator } from '../shell/calculator';
import type { CalculatorEmbedProps, ResultView } from '../shell/calculator-spec';
import { initialVixHedgeTexts, type VixHedgeSetup } from './vix-hedge-fields';
import { computeVixHedge, type VixHedgeCalcResult, validateVixHedge } from './vix-hedge-model';

/** Defaults: state under "vh." in the URL, titled "VIX call spread hedge". */
export type VixHedgeCalculatorProps = CalculatorEmbedProps<VixHedgeSetup>;

function movePercent(move: number): string {
  return formatPercent(move, { decimals: 0, plus: true });
}

function moveReadout(move: number): string {
  return formatPercent(move, { decimals: 1, plus: true });
}

const SETUP_KEYS = [
  'portfolioValue',
  'beta',
  'spxShock',
  'vix',
  'vixFuture',
  'longStrike',
  'shortStrike',
  'days',
  'coverage',
  'vixSensitivity',
  'futuresBeta',
  'vixVolatility',
] as const satisfies readonly (keyof VixHedgeSetup)[];

const VIEW: ResultView<VixHedgeCalcResult> = {
  headline: ({ sized }) => [
    { label: 'Spreads', value: formatNumber(sized.contracts, 0) },
    { label: 'Cost', value: formatMoney(sized.cost) },
    { label: 'Hedged loss', value: formatMoney(sized.hedgedPnl, { plus: true }), tone: 'loss' },
  ],
  figures: ({ sized, inputs }) => [
    {
      label: 'Spreads to buy',
      value: formatNumber(sized.contracts, 0),
      note: `${formatPrice(inputs.longStrike)}/${formatPrice(inputs.shortStrike)} VIX call spreads`,
    },
    {
      label: 'Cost',
      value: formatMoney(sized.cost),
      note: `${formatPercent(sized.costPercent / 100, { decimals: 2 })} of the portfolio · ${formatMoney(sized.costPerSpread)} a spread`,
    },
    {
      label: 'Loss in the shock, unhedged',
      value: formatMoney(sized.unhedgedPnl, { plus: true }),
      tone: 'loss',
    },
    {
      label: 'VIX / future after the shock',
      value: `${formatNumber(sized.vixAfter, 1)} / ${formatNumber(sized.futureAfter, 1)}`,
      note: `Each spread then pays ${formatMoney(sized.payoffPerSpread)}`,
    },
    {
      label: 'Hedge payoff in the shock',
      value: formatMoney(sized.hedgePayoff),
      tone: 'profit',
      note: `Covers ${formatPercent(sized.coverageAchieved)} of the loss`,
    },
    {
      label: 'Loss in the shock, hedged',
      value: formatMoney(sized.hedgedPnl, { plus: true }),
      note: 'After the hedge’s cost',
    },
  ],
  chart: (result) => ({
    label: 'Portfolio profit and loss with and without the hedge, by SPX move',
    xs: result.chart.xs,
    series: [
      { id: 'hedged', label: 'Hedged', values: result.chart.hedged, variant: 'pnl' },
      { id: 'unhedged', label: 'Unhedged', values: result.chart.unhedged, variant: 'dashed' },
    ],
    markers: [
      { x: 0, label: 'No move', kind: 'spot' },
      { x: result.inputs.spxShock, label: 'Sizing shock', kind: 'strike', tag: 'Shock' },
      ...result.chart.breakevens.map((b) => ({
        x: b,
        label: 'Hedged break-even',
        kind: 'breakeven' as const,
      })),
    ],
    bands: [
      {
        lower: -result.spxSdMove,
        upper: result.spxSdMove,
        label: '1-SD SPX move to expiration (VIX as volatility)',
      },
    ],
    keyPoints: [
      { label: 'Sizing shock', x: result.inputs.spxShock },
      { label: 'Lower 1-SD edge', x: -result.spxSdMove },
      { label: 'No move', x: 0 },
      { label: 'Upper 1-SD edge', x: result.spxSdMove },
      ...result.chart.breakevens.map((b) => ({ label: 'Hedged break-even', x: b })),
    ].sort((a, b) => a.x - b.x),
    xLabel: 'SPX move (VIX follows the stated sensitivity)',
    formatX: moveReadout,
    formatXTick: movePercent,
  }),
  details: (result) => <ScenarioGrid result={result} />,
};

/**
 * VIX hedge calculator: how many VIX call spreads, priced off the VIX future, pay back a chosen
 * share of a portfolio's loss in an SPX shock; their cost in dollars and as a percentage of the
 * portfolio; hedged vs unhedged P&L across SPX moves; and a scenario grid of SPX moves × VIX
 * levels for the same hedge.
 */
export function VixHedgeCalculator({
  stateKey = 'vh',
  headingLevel,
  title = 'VIX call spread hedge',
  ...props
}: VixHedgeCalculatorProps) {
  const { initial, rest } = useSetup(props, SETUP_KEYS, initialVixHedgeTexts);
  const model = useCalculatorModel(stateKey, initial, validateVixHedge, computeVixHedge);
  return (
    <Calculator
      model={model}
      title={title}
      description="How many VIX call spreads cover part of a portfolio’s loss in an SPX sell-off, and what they cost."
      headingLevel={headingLevel}
      groups={[
        {
          legend: 'Portfolio and shock',
          fields: [
            { key: 'portfolioValue', label: 'Portfolio value', unit: '$' },
            { key: 'beta', label: 'Beta to SPX', slider: { min: 0.1, max: 2, step: 0.05 } },
            {
              key: 'spxShock',
              label: 'SPX shock',
              unit: '%',
              slider: { min: -50, max: -1, step: 1 },
              hint: 'A fall, e.g. −20.',
            },
            {
              key: 'coverage',
              label: 'Share of the loss to cover',
              unit: '%',
              slider: { min: 5, max: 100, step: 5 },
            },
          ],
        },
        {
          legend: 'VIX and the spread',
          fields: [
            { key: 'vix', label: 'VIX now', slider: { min: 9, max: 60, step: 0.5 } },
            {
              key: 'vixFuture',
              label: 'VIX future',
              slider: { min: 9, max: 60, step: 0.5 },
              hint: 'The future expiring with the options: they settle on it, not on spot.',
            },
            {
              key: 'longStrike',
              label: 'Long call strike (bought)',
              slider: { min: 10, max: 80, step: 1 },
            },
            {
              key: 'shortStrike',
              label: 'Short call strike (sold)',
              slider: { min: 10, max: 100, step: 1 },
            },
            {
              key: 'days',
              label: 'Days to expiration',
              unit: 'days',
              slider: { min: 1, max: 180, step: 1 },
            },
          ],
        },
        {
          legend: 'Assumptions',
          fields: [
            {
              key: 'vixSensitivity',
              label: 'VIX points per 1% SPX fall',
              slider: { min: 0, max: 3, step: 0.1 },
            },
            {
              key: 'futuresBeta',
              label: 'Future’s move per point of VIX',
              slider: { min: 0, max: 1.5, step: 0.05 },
              hint: 'Futures rise less than spot in a spike.',
            },
            {
              key: 'vixVolatility',
              label: 'Volatility of the VIX future',
              unit: '%',
              slider: { min: 30, max: 200, step: 5 },
              hint: 'Prices the spread (Black-76).',
            },
          ],
        },
      ]}
      view={VIEW}
      footnote={
        <p>
          A scenario calculation, not a forecast. Portfolio P&L = value × beta × SPX move. The VIX
          level after a move follows the sensitivity above, the future moves by the stated fraction
          of it, and each spread is worth its intrinsic value at that future (time value ignored);
          spreads are priced today with Black-76 on the future, no discounting. For education only.
        </p>
      }
      {...rest}
    />
  );
}

/** The engine's scenario grid: hedged P&L by SPX move (rows) and VIX level (columns). */
function ScenarioGrid({ result }: { result: VixHedgeCalcResult }) {
  const { grid } = result;
  return (
    <ScrollTable
      title={`Hedged P&L by SPX move (rows) and VIX level at expiration (columns), same ${formatNumber(result.sized.contracts, 0)} spreads`}
      columns={[
        'SPX',
        'Unhedged',
        ...grid.vixLevels.map(
          (level) => `VIX ${formatNumber(level, Number.isInteger(level) ? 0 : 1)}`,
        ),
      ]}
      tableClassName="text-xs text-right @md:text-sm"
    >
      {grid.cells.map((row, i) => {
        const move = grid.spxMoves[i] ?? 0;
        return (
          <tr key={move} className="border-b border-border text-right last:border-b-0">
            <th scope="row" className="py-1 pr-2 text-left font-medium text-fg">
              {movePercent(move)}
            </th>
            <td className="py-1 pr-2 text-muted">
              {formatMoneyCompact(row[0]?.unhedgedPnl ?? Number.NaN)}
            </td>
            {row.map((cell) => (
              <td key={cell.vixLevel} className="py-1 pr-2 text-fg">
                {formatMoneyCompact(cell.hedgedPnl)}
              </td>
            ))}
          </tr>
        );
      })}
    </ScrollTable>
  );
}
