'use client';

import { priceMarkers } from '../chart/price-markers';
import { Button } from '../fields/button';
import { ScrollTable } from '../fields/scroll-table';
import { creditFarFromModel } from '../lib/credit-check';
import { formatLevel, formatMoney, formatPremium } from '../lib/format';
import { useCalculatorModel } from '../lib/use-calculator-state';
import { useSetup } from '../lib/use-setup';
import { Calculator } from '../shell/calculator';
import type { CalculatorEmbedProps, FieldGroupDecl, ResultView } from '../shell/calculator-spec';
import { priceSlider, RATE_FIELD, spotField, VOLATILITY_FIELD } from '../shell/common-fields';
import {
  computeLayered,
  initialLayeredTexts,
  type LayeredCondorSetup,
  type LayeredKey,
  type LayeredResult,
  type LayerField,
  layerCount,
  layerKey,
  MAX_LAYERS,
  MIN_LAYERS,
  validateLayered,
} from './layered-condor-model';

/** Defaults: state under "lc." in the URL, titled "Layered iron condors". */
export type LayeredCondorCalculatorProps = CalculatorEmbedProps<LayeredCondorSetup>;

const LAYER_LABELS: Record<Exclude<LayerField, 'days'>, string> = {
  longPut: 'Long put',
  shortPut: 'Short put',
  shortCall: 'Short call',
  longCall: 'Long call',
  credit: 'Credit per share',
  contracts: 'Contracts',
};

function breakevenList(values: readonly number[]): string {
  return values.length > 0 ? values.map((b) => formatLevel(b)).join(' / ') : 'None';
}

const SETUP_KEYS = [
  'spot',
  'volatility',
  'rate',
  'layers',
] as const satisfies readonly (keyof LayeredCondorSetup)[];

const VIEW: ResultView<LayeredResult> = {
  headline: (result) => [
    { label: 'Max profit', value: formatMoney(result.totalMaxProfit), tone: 'profit' },
    { label: 'Max risk', value: formatMoney(result.totalMaxLoss), tone: 'loss' },
    { label: 'Break-evens', value: breakevenList(result.frontBreakevens) },
  ],
  figures: (result) => [
    { label: 'Total max profit', value: formatMoney(result.totalMaxProfit), tone: 'profit' },
    { label: 'Total max risk', value: formatMoney(result.totalMaxLoss), tone: 'loss' },
    {
      label: `P&L at day ${result.frontDays} if unchanged`,
      value: formatMoney(result.frontPnlAtSpot, { plus: true }),
      note: 'Later layers at model value',
    },
    { label: 'Break-evens at the front expiration', value: breakevenList(result.frontBreakevens) },
  ],
  chart: (result) => ({
    label: 'Combined profit and loss of the layers by underlying price',
    xs: result.chart.xs,
    series: [
      {
        id: 'front',
        label: `At the front expiration (day ${result.frontDays})`,
        values: result.chart.front,
        variant: 'pnl',
      },
      { id: 'today', label: 'Today (T+0)', values: result.chart.today, variant: 'line' },
    ],
    markers: priceMarkers({
      spot: result.inputs.spot,
      breakevens: result.frontBreakevens,
      strikes: result.inputs.layers.flatMap((l) => [
        l.longPut,
        l.shortPut,
        l.shortCall,
        l.longCall,
      ]),
    }),
    bands: [
      {
        lower: result.move.lower,
        upper: result.move.upper,
        label: '1-SD move to the front expiration',
      },
    ],
    keyPoints: [
      { label: 'Current price', x: result.inputs.spot },
      { label: 'Lower 1-SD edge', x: result.move.lower },
      { label: 'Upper 1-SD edge', x: result.move.upper },
      ...result.frontBreakevens.map((b, i) => ({ label: `Break-even ${i + 1}`, x: b })),
      ...result.inputs.layers.flatMap((l, i) => [
        { label: `Layer ${i + 1} short put`, x: l.shortPut },
        { label: `Layer ${i + 1} short call`, x: l.shortCall },
      ]),
    ].sort((a, b) => a.x - b.x),
  }),
  details: (result) => <LayerTable result={result} />,
};

/** One layer's fields; a typed credit far from the model's gets the "Use model credit" fix. */
function layerGroup(
  i: number,
  price: { min: number; max: number; step: number },
  result: LayeredResult | null,
): FieldGroupDecl<LayeredKey> {
  const layer = result?.layers[i];
  const strikes = result?.inputs.layers[i];
  const wing = strikes
    ? Math.max(strikes.shortPut - strikes.longPut, strikes.longCall - strikes.shortCall)
    : 0;
  const far =
    layer !== undefined &&
    layer.creditSource === 'typed' &&
    creditFarFromModel(layer.credit, layer.modelCredit, wing);
  const srPrefix = `Layer ${i + 1}: `;
  return {
    legend: `Layer ${i + 1}`,
    fields: [
      {
        key: layerKey(i, 'days'),
        srPrefix,
        label: 'Days to expiration',
        unit: 'days',
        slider: { min: 1, max: 120, step: 1 },
      },
      ...(['longPut', 'shortPut', 'shortCall', 'longCall'] as const).map((field) => ({
        key: layerKey(i, field),
        srPrefix,
        label: LAYER_LABELS[field],
        slider: price,
      })),
      {
        key: layerKey(i, 'credit'),
        srPrefix,
        label: LAYER_LABELS.credit,
        unit: '$',
        hint:
          layer?.creditSource === 'model'
            ? `Empty: model credit ${formatPremium(layer.credit)}.`
            : 'Leave empty to use the model credit.',
        action: far
          ? {
              message: `The model credit for these strikes is ${formatPremium(layer.modelCredit)}, far from your ${formatPremium(layer.credit)}: were the strikes changed after you typed it?`,
              label: 'Use model credit',
              patch: { [layerKey(i, 'credit')]: '' },
            }
          : undefined,
      },
      { key: layerKey(i, 'contracts'), srPrefix, label: LAYER_LABELS.contracts },
    ],
  };
}

/**
 * Layered iron condors: two or three condors at different expirations combined. Shows each
 * layer's and the total max profit and risk, and the combined P&L at the front expiration
 * with the later layers valued by Black-Scholes-Merton.
 */
export function LayeredCondorCalculator({
  stateKey = 'lc',
  headingLevel,
  title = 'Layered iron condors',
  ...props
}: LayeredCondorCalculatorProps) {
  const { initial, rest } = useSetup(props, SETUP_KEYS, initialLayeredTexts);
  const model = useCalculatorModel(stateKey, initial, validateLayered, computeLayered);
  const { values, setValues, result } = model;
  const count = layerCount(values);
  const price = priceSlider(initial.spot);
  const layerButtons = (
    <div className="flex flex-wrap gap-2">
      {count < MAX_LAYERS ? (
        <Button variant="quiet" onClick={() => setValues({ layers: String(count + 1) })}>
          Add a third layer
        </Button>
      ) : null}
      {count > MIN_LAYERS ? (
        <Button variant="quiet" onClick={() => setValues({ layers: String(count - 1) })}>
          Remove layer {count}
        </Button>
      ) : null}
    </div>
  );
  return (
    <Calculator
      model={model}
      title={title}
      description="Two or three iron condors at different expirations, valued together at the front expiration."
      headingLevel={headingLevel}
      groups={[
        {
          legend: 'Market',
          fields: [spotField(price), VOLATILITY_FIELD, RATE_FIELD],
        },
        ...Array.from({ length: count }, (_, i) => layerGroup(i, price, result)),
        {
          legend: 'Layers',
          fields: [{ kind: 'custom', id: 'layer-buttons', node: layerButtons, wide: true }],
        },
      ]}
      view={VIEW}
      footnote={
        <p>
          At the front expiration the nearest layer is worth its payoff; later layers are valued by
          Black-Scholes-Merton with the same volatility and no dividends, so their part of the curve
          moves with volatility. Totals add each layer’s own best and worst case. For education, not
          a forecast.
        </p>
      }
      {...rest}
    />
  );
}

/** Each layer's credit, best and worst case and break-evens at its own expiration. */
function LayerTable({ result }: { result: LayeredResult }) {
  return (
    <ScrollTable
      title="Each layer at its own expiration"
      columns={['Layer', 'Credit', 'Max profit', 'Max risk', 'Break-evens']}
    >
      {result.layers.map((layer, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: layers are fixed positions (1, 2, 3) that never reorder.
        <tr key={`${i}-${layer.days}`} className="border-b border-border last:border-b-0">
          <th scope="row" className="py-1.5 pr-2 text-left font-medium text-fg">
            {i + 1} ({layer.days} DTE)
          </th>
          <td className="py-1.5 pr-2 text-fg">
            {formatPremium(layer.credit)}
            {layer.creditSource === 'model' ? <span className="text-muted"> model</span> : null}
          </td>
          <td className="py-1.5 pr-2 text-fg">{formatMoney(layer.maxProfit)}</td>
          <td className="py-1.5 pr-2 text-fg">{formatMoney(layer.maxLoss)}</td>
          <td className="py-1.5 text-fg">{breakevenList(layer.breakevens)}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
