'use client';

import type * as React from 'react';
import { useMemo } from 'react';
import { PayoffChart } from '../chart/payoff-chart';
import {
  CalculatorShell,
  ComputeError,
  FieldGrid,
  Results,
  Stat,
  StatGrid,
} from '../fields/calculator-shell';
import { NumberField } from '../fields/number-field';
import { roundTo, strikeStep } from '../lib/fields';
import { formatLevel, formatMoney, formatPremium } from '../lib/format';
import { useCalculatorModel } from '../lib/use-calculator-state';
import {
  computeLayered,
  initialLayeredTexts,
  type LayeredCondorSetup,
  type LayeredResult,
  type LayerField,
  layerCount,
  layerKey,
  MAX_LAYERS,
  MIN_LAYERS,
  validateLayered,
} from './layered-condor-model';

export interface LayeredCondorCalculatorProps
  extends LayeredCondorSetup,
    Omit<React.ComponentProps<'section'>, 'title' | 'children' | keyof LayeredCondorSetup> {
  /** URL namespace of this calculator's state, default "lc". */
  stateKey?: string;
  /** Heading level of the title, default 2. */
  headingLevel?: 2 | 3 | 4;
  /** Title, default "Layered iron condors". */
  title?: string;
}

const LAYER_LABELS: Record<Exclude<LayerField, 'days'>, string> = {
  longPut: 'Long put',
  shortPut: 'Short put',
  shortCall: 'Short call',
  longCall: 'Long call',
  credit: 'Credit per share',
  contracts: 'Contracts',
};

const buttonClass =
  'inline-flex h-9 items-center rounded-md border border-border bg-bg px-3 text-sm font-medium text-fg hover:bg-surface-2 outline-none focus-visible:ring-2 focus-visible:ring-focus';

function breakevenList(values: readonly number[]): string {
  return values.length > 0 ? values.map((b) => formatLevel(b)).join(' / ') : 'None';
}

/**
 * Layered iron condors: two or three condors at different expirations combined. Shows each
 * layer's and the total max profit and risk, and the combined P&L at the front expiration
 * with the later layers valued by Black-Scholes-Merton.
 */
export function LayeredCondorCalculator({
  spot,
  volatility,
  rate,
  layers,
  stateKey = 'lc',
  headingLevel,
  title = 'Layered iron condors',
  ...props
}: LayeredCondorCalculatorProps) {
  const layersKey = JSON.stringify(layers ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: layers are compared by value (layersKey), not by array identity.
  const initial = useMemo(
    () => initialLayeredTexts({ spot, volatility, rate, layers }),
    [spot, volatility, rate, layersKey],
  );
  const model = useCalculatorModel(stateKey, initial, validateLayered, computeLayered);
  const { values, fieldProps, setValues, result, stale } = model;
  const count = layerCount(values);
  const spot0 = Number(initial.spot) || 6000;
  const step = strikeStep(spot0);
  const priceSlider = { min: roundTo(spot0 * 0.7, step), max: roundTo(spot0 * 1.3, step), step };
  const modelCredit = (i: number) =>
    result && result.layers[i]?.creditSource === 'model' ? result.layers[i]?.credit : undefined;

  // Figures and chart depend on the result only: memoised, they skip re-rendering while
  // the reader types (React reuses an identical element).
  const output = useMemo(
    () => (
      <>
        {result ? <LayeredFigures result={result} /> : null}
        {result ? (
          <PayoffChart
            label="Combined profit and loss of the layers by underlying price"
            xs={result.chart.xs}
            series={[
              {
                id: 'front',
                label: `At the front expiration (day ${result.frontDays})`,
                values: result.chart.front,
                variant: 'pnl',
              },
              { id: 'today', label: 'Today (T+0)', values: result.chart.today, variant: 'line' },
            ]}
            markers={[
              { x: result.inputs.spot, label: 'Current price', kind: 'spot' },
              ...result.frontBreakevens.map((b) => ({
                x: b,
                label: 'Break-even',
                kind: 'breakeven' as const,
              })),
              ...result.inputs.layers.flatMap((l) =>
                [l.longPut, l.shortPut, l.shortCall, l.longCall].map((k) => ({
                  x: k,
                  label: 'Strike',
                  kind: 'strike' as const,
                })),
              ),
            ]}
            bands={[
              {
                lower: result.move.lower,
                upper: result.move.upper,
                label: '1-SD move to the front expiration',
              },
            ]}
            keyPoints={[
              { label: 'Current price', x: result.inputs.spot },
              { label: 'Lower 1-SD edge', x: result.move.lower },
              { label: 'Upper 1-SD edge', x: result.move.upper },
              ...result.frontBreakevens.map((b, i) => ({ label: `Break-even ${i + 1}`, x: b })),
              ...result.inputs.layers.flatMap((l, i) => [
                { label: `Layer ${i + 1} short put`, x: l.shortPut },
                { label: `Layer ${i + 1} short call`, x: l.shortCall },
              ]),
            ].sort((a, b) => a.x - b.x)}
          />
        ) : null}
      </>
    ),
    [result],
  );

  return (
    <CalculatorShell
      title={title}
      description="Two or three iron condors at different expirations, valued together at the front expiration."
      headingLevel={headingLevel}
      copyLink={model.copyLink}
      resetState={model.reset}
      copyStatus={model.copyStatus}
      {...props}
    >
      <FieldGrid legend="Market">
        <NumberField {...fieldProps('spot')} label="Underlying price" slider={priceSlider} />
        <NumberField
          {...fieldProps('volatility')}
          label="Implied volatility"
          unit="%"
          slider={{ min: 5, max: 80, step: 0.5 }}
        />
        <NumberField
          {...fieldProps('rate')}
          label="Risk-free rate"
          unit="%"
          slider={{ min: 0, max: 10, step: 0.05 }}
        />
      </FieldGrid>

      {Array.from({ length: count }, (_, i) => {
        const daysKey = layerKey(i, 'days');
        const credit = modelCredit(i);
        return (
          <FieldGrid key={daysKey} legend={`Layer ${i + 1}`}>
            <NumberField
              {...fieldProps(daysKey)}
              srPrefix={`Layer ${i + 1}: `}
              label="Days to expiration"
              unit="days"
              slider={{ min: 1, max: 120, step: 1 }}
            />
            {(['longPut', 'shortPut', 'shortCall', 'longCall', 'credit', 'contracts'] as const).map(
              (field) => {
                const key = layerKey(i, field);
                return (
                  <NumberField
                    key={key}
                    {...fieldProps(key)}
                    srPrefix={`Layer ${i + 1}: `}
                    label={LAYER_LABELS[field]}
                    unit={field === 'credit' ? '$' : undefined}
                    slider={field === 'credit' || field === 'contracts' ? undefined : priceSlider}
                    hint={
                      field === 'credit'
                        ? credit !== undefined
                          ? `Empty: model credit ${formatPremium(credit)}.`
                          : 'Leave empty to use the model credit.'
                        : undefined
                    }
                  />
                );
              },
            )}
          </FieldGrid>
        );
      })}

      <div className="flex flex-wrap gap-2">
        {count < MAX_LAYERS ? (
          <button
            type="button"
            className={buttonClass}
            onClick={() => setValues({ layers: String(count + 1) })}
          >
            Add a third layer
          </button>
        ) : null}
        {count > MIN_LAYERS ? (
          <button
            type="button"
            className={buttonClass}
            onClick={() => setValues({ layers: String(count - 1) })}
          >
            Remove layer {count}
          </button>
        ) : null}
      </div>

      <ComputeError message={model.computeError} />

      <Results stale={stale} empty={!result}>
        {output}
      </Results>

      <p className="m-0 text-xs text-muted">
        At the front expiration the nearest layer is worth its payoff; later layers are valued by
        Black-Scholes-Merton with the same volatility and no dividends, so their part of the curve
        moves with volatility. Totals add each layer’s own best and worst case. For education, not a
        forecast.
      </p>
    </CalculatorShell>
  );
}

function LayeredFigures({ result }: { result: LayeredResult }) {
  return (
    <>
      <StatGrid>
        <Stat label="Total max profit" value={formatMoney(result.totalMaxProfit)} tone="profit" />
        <Stat label="Total max risk" value={formatMoney(result.totalMaxLoss)} tone="loss" />
        <Stat
          label={`P&L at day ${result.frontDays} if unchanged`}
          value={formatMoney(result.frontPnlAtSpot, { plus: true })}
          note="Later layers at model value"
        />
        <Stat
          label="Break-evens at the front expiration"
          value={breakevenList(result.frontBreakevens)}
        />
      </StatGrid>
      <table className="table w-full border-collapse text-sm tabular-nums">
        <caption className="sr-only">Each layer at its own expiration</caption>
        <thead>
          <tr className="border-b border-border text-left text-muted">
            <th scope="col" className="py-1.5 pr-2 font-medium">
              Layer
            </th>
            <th scope="col" className="py-1.5 pr-2 font-medium">
              Credit
            </th>
            <th scope="col" className="py-1.5 pr-2 font-medium">
              Max profit
            </th>
            <th scope="col" className="py-1.5 pr-2 font-medium">
              Max risk
            </th>
            <th scope="col" className="py-1.5 font-medium">
              Break-evens
            </th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </>
  );
}
