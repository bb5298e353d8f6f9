'use client';

import { formatMoney, formatPremium } from '../lib/format';
import { useCalculatorModel } from '../lib/use-calculator-state';
import { useSetup } from '../lib/use-setup';
import { Calculator } from '../shell/calculator';
import type { CalculatorEmbedProps, ResultView } from '../shell/calculator-spec';
import { DAYS_FIELD, priceSlider, RATE_FIELD, spotField } from '../shell/common-fields';
import { initialParityTexts, type ParityArbitrageSetup } from './parity-arbitrage-fields';
import { computeParity, type ParityResult, validateParity } from './parity-arbitrage-model';

/** Defaults: state under "pcp." in the URL, titled "Put-call parity arbitrage". */
export type ParityArbitrageCalculatorProps = CalculatorEmbedProps<ParityArbitrageSetup>;

const SETUP_KEYS = [
  'spot',
  'strike',
  'call',
  'put',
  'days',
  'rate',
  'dividendYield',
  'costPerContract',
] as const satisfies readonly (keyof ParityArbitrageSetup)[];

const VIEW: ResultView<ParityResult> = {
  headline: (result) => [
    { label: 'Gap/share', value: formatPremium(result.gapPerShare) },
    {
      label: 'Conversion',
      value: formatMoney(result.conversionPerContract, { plus: true }),
      tone: result.conversionPerContract > 0 ? 'profit' : 'loss',
    },
    {
      label: 'Reversal',
      value: formatMoney(result.reversalPerContract, { plus: true }),
      tone: result.reversalPerContract > 0 ? 'profit' : 'loss',
    },
  ],
  figures: (result) => [
    {
      label: 'Call − put quoted',
      value: formatPremium(result.inputs.call - result.inputs.put),
      note: `Parity value ${formatPremium(result.parityValue)}`,
    },
    {
      label: 'Gap per share',
      value: formatPremium(result.gapPerShare),
      note: `${formatMoney(result.gapPerShare * 100)} per contract before costs`,
    },
    {
      label: 'Conversion after costs',
      value: formatMoney(result.conversionPerContract, { plus: true }),
      tone: result.conversionPerContract > 0 ? 'profit' : 'loss',
      note: 'Per contract: buy 100 shares, buy the put, sell the call',
    },
    {
      label: 'Reversal after costs',
      value: formatMoney(result.reversalPerContract, { plus: true }),
      tone: result.reversalPerContract > 0 ? 'profit' : 'loss',
      note: 'Per contract: short 100 shares, sell the put, buy the call',
    },
  ],
  verdict: (result) => {
    const gap = formatMoney(result.gapPerShare * 100, { plus: true });
    return result.profitable === 'conversion'
      ? `The call is rich relative to the put by ${gap} per contract: a conversion locks in the gap after costs.`
      : result.profitable === 'reversal'
        ? `The put is rich relative to the call (gap ${gap} per contract): a reversal locks in the gap after costs.`
        : `The gap (${gap} per contract) is smaller than the costs: neither trade pays.`;
  },
  chart: (result) => ({
    label: 'Profit per contract of a conversion and a reversal by call price',
    xs: result.chart.xs,
    series: [
      {
        id: 'conversion',
        label: 'Conversion (after costs)',
        values: result.chart.conversion,
        variant: 'pnl',
      },
      {
        id: 'reversal',
        label: 'Reversal (after costs)',
        values: result.chart.reversal,
        variant: 'line',
      },
    ],
    markers: [
      { x: result.inputs.call, label: 'Quoted call price', kind: 'spot', tag: 'Quote' },
      { x: result.chart.parityCall, label: 'Parity call price', kind: 'strike' },
      // With no costs both break-evens sit on the parity price: one marker, not two
      // (two would also share a React key).
      ...[...new Set(result.chart.breakevens)].map((b) => ({
        x: b,
        label: 'Break-even after costs',
        kind: 'breakeven' as const,
      })),
    ],
    bands: [
      {
        lower: result.chart.breakevens[0] ?? result.chart.parityCall,
        upper: result.chart.breakevens[1] ?? result.chart.parityCall,
        label: 'No-arbitrage band (costs eat the gap)',
      },
    ],
    keyPoints: [
      { label: 'Quoted call price', x: result.inputs.call },
      { label: 'Parity call price', x: result.chart.parityCall },
      ...result.chart.breakevens.map((b, i) => ({
        label: i === 0 ? 'Reversal break-even' : 'Conversion break-even',
        x: b,
      })),
    ].sort((a, b) => a.x - b.x),
    xLabel: 'Call price (put and index fixed)',
    yLabel: 'Profit per contract',
    formatX: formatPremium,
    formatXTick: formatPremium,
  }),
};

/**
 * Put-call parity calculator: the gap between the quoted call − put and the parity value
 * S·e^(−qT) − K·e^(−rT), and what a conversion (buy stock, buy put, sell call) or a reversal
 * (the opposite) locks in after costs. The chart shows both trades' profit against the call
 * price, with the no-arbitrage band between their break-evens.
 */
export function ParityArbitrageCalculator({
  stateKey = 'pcp',
  headingLevel,
  title = 'Put-call parity arbitrage',
  ...props
}: ParityArbitrageCalculatorProps) {
  const { initial, rest } = useSetup(props, SETUP_KEYS, initialParityTexts);
  const model = useCalculatorModel(stateKey, initial, validateParity, computeParity);
  const price = priceSlider(initial.spot);
  return (
    <Calculator
      model={model}
      title={title}
      description="Are the call, the put and the index priced consistently, and what would the gap pay after costs?"
      headingLevel={headingLevel}
      groups={[
        {
          legend: 'Quotes',
          fields: [
            spotField(price),
            { key: 'strike', label: 'Strike (both options)', slider: price },
            { key: 'call', label: 'Call price', unit: '$' },
            { key: 'put', label: 'Put price', unit: '$' },
          ],
        },
        {
          legend: 'Carry and costs',
          fields: [
            DAYS_FIELD,
            RATE_FIELD,
            {
              key: 'dividendYield',
              label: 'Dividend yield',
              unit: '%',
              slider: { min: 0, max: 5, step: 0.05 },
            },
            {
              key: 'costPerContract',
              label: 'Costs per contract',
              unit: '$',
              hint: 'Commissions and fees for all legs of one conversion or reversal.',
            },
          ],
        },
      ]}
      view={VIEW}
      footnote={
        <p>
          European options, continuous rate and dividend yield; profits are present values per
          contract of 100 shares, after the costs you enter. Real trades also face bid-ask spreads,
          borrowing costs and early-exercise risk on American options. For education, not a trade
          recommendation.
        </p>
      }
      {...rest}
    />
  );
}
