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
import { formatMoney, formatPremium } from '../lib/format';
import { useCalculatorModel } from '../lib/use-calculator-state';
import { initialParityTexts, type ParityArbitrageSetup } from './parity-arbitrage-fields';
import { computeParity, type ParityResult, validateParity } from './parity-arbitrage-model';

export interface ParityArbitrageCalculatorProps
  extends ParityArbitrageSetup,
    Omit<React.ComponentProps<'section'>, 'title' | 'children' | keyof ParityArbitrageSetup> {
  /** URL namespace of this calculator's state, default "pcp". */
  stateKey?: string;
  /** Heading level of the title, default 2. */
  headingLevel?: 2 | 3 | 4;
  /** Title, default "Put-call parity arbitrage". */
  title?: string;
}

/**
 * Put-call parity calculator: the gap between the quoted call − put and the parity value
 * S·e^(−qT) − K·e^(−rT), and what a conversion (buy stock, buy put, sell call) or a reversal
 * (the opposite) locks in after costs. The chart shows both trades' profit against the call
 * price, with the no-arbitrage band between their break-evens.
 */
export function ParityArbitrageCalculator({
  spot,
  strike,
  call,
  put,
  days,
  rate,
  dividendYield,
  costPerContract,
  stateKey = 'pcp',
  headingLevel,
  title = 'Put-call parity arbitrage',
  ...props
}: ParityArbitrageCalculatorProps) {
  const initial = useMemo(
    () =>
      initialParityTexts({ spot, strike, call, put, days, rate, dividendYield, costPerContract }),
    [spot, strike, call, put, days, rate, dividendYield, costPerContract],
  );
  const model = useCalculatorModel(stateKey, initial, validateParity, computeParity);
  const { values, fieldProps, result, stale } = model;
  const spot0 = Number(initial.spot) || 6000;
  const step = strikeStep(spot0);
  const priceSlider = { min: roundTo(spot0 * 0.7, step), max: roundTo(spot0 * 1.3, step), step };

  const field = (
    key: keyof typeof values,
    label: string,
    extra: Partial<React.ComponentProps<typeof NumberField>> = {},
  ) => <NumberField {...fieldProps(key)} label={label} {...extra} />;

  // Figures and chart depend on the result only: memoised, they skip re-rendering while
  // the reader types (React reuses an identical element).
  const output = useMemo(
    () => (
      <>
        {result ? <ParityFigures result={result} /> : null}
        {result ? (
          <PayoffChart
            label="Profit per contract of a conversion and a reversal by call price"
            xs={result.chart.xs}
            series={[
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
            ]}
            markers={[
              { x: result.inputs.call, label: 'Quoted call price', kind: 'spot', tag: 'Quote' },
              { x: result.chart.parityCall, label: 'Parity call price', kind: 'strike' },
              // With no costs both break-evens sit on the parity price: one marker, not two
              // (two would also share a React key).
              ...[...new Set(result.chart.breakevens)].map((b) => ({
                x: b,
                label: 'Break-even after costs',
                kind: 'breakeven' as const,
              })),
            ]}
            bands={[
              {
                lower: result.chart.breakevens[0] ?? result.chart.parityCall,
                upper: result.chart.breakevens[1] ?? result.chart.parityCall,
                label: 'No-arbitrage band (costs eat the gap)',
              },
            ]}
            keyPoints={[
              { label: 'Quoted call price', x: result.inputs.call },
              { label: 'Parity call price', x: result.chart.parityCall },
              ...result.chart.breakevens.map((b, i) => ({
                label: i === 0 ? 'Reversal break-even' : 'Conversion break-even',
                x: b,
              })),
            ].sort((a, b) => a.x - b.x)}
            xLabel="Call price (put and index fixed)"
            yLabel="Profit per contract"
            formatX={formatPremium}
            formatXTick={formatPremium}
          />
        ) : null}
      </>
    ),
    [result],
  );

  return (
    <CalculatorShell
      title={title}
      description="Are the call, the put and the index priced consistently, and what would the gap pay after costs?"
      headingLevel={headingLevel}
      copyLink={model.copyLink}
      resetState={model.reset}
      copyStatus={model.copyStatus}
      {...props}
    >
      <FieldGrid legend="Quotes">
        {field('spot', 'Underlying price', { slider: priceSlider })}
        {field('strike', 'Strike (both options)', { slider: priceSlider })}
        {field('call', 'Call price', { unit: '$' })}
        {field('put', 'Put price', { unit: '$' })}
      </FieldGrid>
      <FieldGrid legend="Carry and costs">
        {field('days', 'Days to expiration', {
          unit: 'days',
          slider: { min: 1, max: 365, step: 1 },
        })}
        {field('rate', 'Risk-free rate', { unit: '%', slider: { min: 0, max: 10, step: 0.05 } })}
        {field('dividendYield', 'Dividend yield', {
          unit: '%',
          slider: { min: 0, max: 5, step: 0.05 },
        })}
        {field('costPerContract', 'Costs per contract', {
          unit: '$',
          hint: 'Commissions and fees for all legs of one conversion or reversal.',
        })}
      </FieldGrid>

      <ComputeError message={model.computeError} />

      <Results stale={stale} empty={!result}>
        {output}
      </Results>

      <p className="m-0 text-xs text-muted">
        European options, continuous rate and dividend yield; profits are present values per
        contract of 100 shares, after the costs you enter. Real trades also face bid-ask spreads,
        borrowing costs and early-exercise risk on American options. For education, not a trade
        recommendation.
      </p>
    </CalculatorShell>
  );
}

function ParityFigures({ result }: { result: ParityResult }) {
  const gap = formatMoney(result.gapPerShare * 100, { plus: true });
  const verdict =
    result.profitable === 'conversion'
      ? `The call is rich relative to the put by ${gap} per contract: a conversion locks in the gap after costs.`
      : result.profitable === 'reversal'
        ? `The put is rich relative to the call (gap ${gap} per contract): a reversal locks in the gap after costs.`
        : `The gap (${gap} per contract) is smaller than the costs: neither trade pays.`;
  return (
    <>
      <StatGrid>
        <Stat
          label="Call − put quoted"
          value={formatPremium(result.inputs.call - result.inputs.put)}
          note={`Parity value ${formatPremium(result.parityValue)}`}
        />
        <Stat
          label="Gap per share"
          value={formatPremium(result.gapPerShare)}
          note={`${formatMoney(result.gapPerShare * 100)} per contract before costs`}
        />
        <Stat
          label="Conversion after costs"
          value={formatMoney(result.conversionPerContract, { plus: true })}
          tone={result.conversionPerContract > 0 ? 'profit' : 'loss'}
          note="Per contract: buy 100 shares, buy the put, sell the call"
        />
        <Stat
          label="Reversal after costs"
          value={formatMoney(result.reversalPerContract, { plus: true })}
          tone={result.reversalPerContract > 0 ? 'profit' : 'loss'}
          note="Per contract: short 100 shares, sell the put, buy the call"
        />
      </StatGrid>
      <p className="m-0 text-sm text-fg">{verdict}</p>
    </>
  );
}
