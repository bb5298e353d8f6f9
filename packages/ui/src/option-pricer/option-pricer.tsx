'use client';

import { priceMarkers } from '../chart/price-markers';
import { ScrollTable } from '../fields/scroll-table';
import {
  formatLevel,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPremium,
  toFieldText,
} from '../lib/format';
import { useCalculatorModel } from '../lib/use-calculator-state';
import { useSetup } from '../lib/use-setup';
import { Calculator } from '../shell/calculator';
import type { CalculatorEmbedProps, ResultView } from '../shell/calculator-spec';
import { priceSlider, RATE_FIELD, spotField } from '../shell/common-fields';
import {
  computeOptionPricer,
  initialOptionPricerTexts,
  type OptionPricerResult,
  type OptionPricerSetup,
  type SolveFor,
  validateOptionPricer,
} from './option-pricer-model';

/** Defaults: state under "op." in the URL, titled "Option pricer". */
export type OptionPricerProps = CalculatorEmbedProps<OptionPricerSetup>;

const TYPE_OPTIONS = [
  { value: 'call', label: 'Call' },
  { value: 'put', label: 'Put' },
] as const;

const SOLVE_OPTIONS = [
  { value: 'price', label: 'Price from volatility' },
  { value: 'volatility', label: 'Volatility from price' },
] as const;

const SETUP_KEYS = [
  'type',
  'spot',
  'strike',
  'days',
  'volatility',
  'rate',
  'dividendYield',
] as const satisfies readonly (keyof OptionPricerSetup)[];

const VIEW: ResultView<OptionPricerResult> = {
  headline: (result) => [
    ...(result.inputs.solve === 'volatility'
      ? [{ label: 'Implied vol', value: formatPercent(result.inputs.volatility, { decimals: 2 }) }]
      : [{ label: 'Price', value: formatPremium(result.greeks.price) }]),
    { label: 'Delta', value: formatNumber(result.greeks.delta, 3) },
    { label: 'Theta/day', value: formatNumber(result.greeks.thetaPerDay, 2) },
  ],
  figures: (result) => {
    const { greeks, inputs } = result;
    return [
      ...(inputs.solve === 'volatility'
        ? [
            {
              label: 'Implied volatility',
              value: formatPercent(inputs.volatility, { decimals: 2 }),
              note: 'Solved from the price',
            },
          ]
        : []),
      {
        label: 'Price per share',
        value: formatPremium(greeks.price),
        note: `${formatMoney(greeks.price * 100)} per contract (×100)`,
      },
      {
        label: 'Intrinsic / time value',
        value: `${formatPremium(result.intrinsic)} / ${formatPremium(result.timeValue)}`,
      },
      { label: 'Break-even at expiry', value: formatLevel(result.breakeven) },
      { label: 'Delta', value: formatNumber(greeks.delta, 3) },
      {
        label: 'Theta per day',
        value: formatNumber(greeks.thetaPerDay, 2),
        note: `${formatMoney(greeks.thetaPerDay * 100)} per contract`,
      },
      {
        label: 'Vega per vol point',
        value: formatNumber(greeks.vegaPerPoint, 2),
        note: `${formatMoney(greeks.vegaPerPoint * 100)} per contract`,
      },
    ];
  },
  chart: (result) => ({
    label: `Profit and loss of one bought ${result.inputs.type} by underlying price`,
    xs: result.chart.xs,
    series: [
      { id: 'expiry', label: 'At expiry', values: result.chart.expiry, variant: 'pnl' },
      { id: 'today', label: 'Today (T+0)', values: result.chart.today, variant: 'line' },
    ],
    markers: priceMarkers({
      spot: result.inputs.spot,
      breakevens: [result.breakeven],
      strikes: [result.inputs.strike],
    }),
    bands: [
      {
        lower: result.chart.band.lower,
        upper: result.chart.band.upper,
        label: '1-SD expected move',
      },
    ],
    keyPoints: [
      { label: 'Current price', x: result.inputs.spot },
      { label: 'Strike', x: result.inputs.strike },
      { label: 'Break-even at expiry', x: result.breakeven },
      { label: 'Lower 1-SD edge', x: result.chart.band.lower },
      { label: 'Upper 1-SD edge', x: result.chart.band.upper },
    ].sort((a, b) => a.x - b.x),
  }),
  details: (result) => <GreeksTable result={result} />,
};

/**
 * Option pricer: the Black-Scholes-Merton price of a European call or put from a volatility,
 * or its implied volatility from a price, with all Greeks in trader units (theta per calendar
 * day, vega per volatility point) and the option's P&L today and at expiration.
 */
export function OptionPricer({
  stateKey = 'op',
  headingLevel,
  title = 'Option pricer',
  ...props
}: OptionPricerProps) {
  const { initial, rest } = useSetup(props, SETUP_KEYS, initialOptionPricerTexts);
  const model = useCalculatorModel(stateKey, initial, validateOptionPricer, computeOptionPricer);
  const { values, result } = model;
  const solve: SolveFor = values.solve === 'volatility' ? 'volatility' : 'price';
  const price = priceSlider(initial.spot);

  // Switching what to solve for carries the current value across to the field that appears.
  const solvePatch = (next: string): Record<string, string> => {
    if (next === solve || !result) return { solve: next };
    return next === 'volatility'
      ? { solve: next, price: toFieldText(Number(result.greeks.price.toFixed(2))) }
      : {
          solve: next,
          volatility: toFieldText(Number((result.inputs.volatility * 100).toFixed(2))),
        };
  };

  return (
    <Calculator
      model={model}
      title={title}
      description="Black-Scholes-Merton price or implied volatility of a European option, with its Greeks."
      headingLevel={headingLevel}
      groups={[
        {
          legend: 'Option',
          fields: [
            { kind: 'segmented', key: 'type', label: 'Type', options: TYPE_OPTIONS },
            {
              kind: 'segmented',
              key: 'solve',
              label: 'Solve for',
              options: SOLVE_OPTIONS,
              patchFor: solvePatch,
              wide: true,
            },
            spotField(price),
            { key: 'strike', label: 'Strike', slider: price },
            {
              key: 'days',
              label: 'Days to expiration',
              unit: 'days',
              slider: { min: 1, max: 730, step: 1 },
            },
            solve === 'price'
              ? {
                  key: 'volatility',
                  label: 'Volatility',
                  unit: '%',
                  slider: { min: 1, max: 100, step: 0.5 },
                }
              : { key: 'price', label: 'Option price per share', unit: '$' },
            RATE_FIELD,
            { key: 'dividendYield', label: 'Dividend yield', unit: '%', slider: RATE_FIELD.slider },
          ],
        },
      ]}
      view={VIEW}
      footnote={
        <p>
          European exercise, continuous rate and dividend yield, time = calendar days ÷ 365. Theta
          and charm are per calendar day passing; vega, vanna and vomma per volatility point (1%);
          rho per percentage point of rate. For education, not a quote.
        </p>
      }
      {...rest}
    />
  );
}

/** Every Greek per share in trader units, with what it measures. */
function GreeksTable({ result }: { result: OptionPricerResult }) {
  const { greeks } = result;
  const rows: { name: string; value: string; meaning: string }[] = [
    {
      name: 'Delta',
      value: formatNumber(greeks.delta, 4),
      meaning: 'Price change per 1.00 move in the underlying',
    },
    {
      name: 'Gamma',
      value: formatNumber(greeks.gamma, 6),
      meaning: 'Delta change per 1.00 move in the underlying',
    },
    {
      name: 'Theta',
      value: formatNumber(greeks.thetaPerDay, 4),
      meaning: 'Price change per calendar day passing',
    },
    {
      name: 'Vega',
      value: formatNumber(greeks.vegaPerPoint, 4),
      meaning: 'Price change per volatility point (1%)',
    },
    {
      name: 'Rho',
      value: formatNumber(greeks.rhoPerPoint, 4),
      meaning: 'Price change per percentage point of rate',
    },
    {
      name: 'Vanna',
      value: formatNumber(greeks.vannaPerPoint, 6),
      meaning: 'Delta change per volatility point',
    },
    {
      name: 'Charm',
      value: formatNumber(greeks.charmPerDay, 6),
      meaning: 'Delta change per calendar day passing',
    },
    {
      name: 'Vomma',
      value: formatNumber(greeks.vommaPerPoint, 6),
      meaning: 'Vega change per volatility point',
    },
  ];
  return (
    <ScrollTable
      title="All Greeks, per share, in trader units"
      columns={['Greek', 'Per share', 'Meaning']}
    >
      {rows.map((row) => (
        <tr key={row.name} className="border-b border-border last:border-b-0">
          <th scope="row" className="py-1.5 pr-3 text-left font-medium text-fg">
            {row.name}
          </th>
          <td className="py-1.5 pr-3 text-fg">{row.value}</td>
          <td data-wrap="" className="min-w-40 py-1.5 text-muted">
            {row.meaning}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
