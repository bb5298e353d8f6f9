'use client';

import type * as React from 'react';
import { useMemo } from 'react';
import type { ChartKeyPoint, ChartMarker } from '../chart/payoff-chart';
import { PayoffChart } from '../chart/payoff-chart';
import {
  CalculatorShell,
  ComputeError,
  FieldGrid,
  Results,
  Stat,
  StatGrid,
} from '../fields/calculator-shell';
import { SegmentedField } from '../fields/choice-field';
import { NumberField } from '../fields/number-field';
import { RateAndDriftFields } from '../fields/rate-and-drift-fields';
import { roundTo, strikeStep } from '../lib/fields';
import { formatLevel, formatMoney, formatPercent, formatPremium, toFieldText } from '../lib/format';
import { driftNote, parseDrift } from '../lib/probability-convention';
import { useCalculatorModel } from '../lib/use-calculator-state';
import {
  type CreditMode,
  computeIronCondor,
  type IronCondorResult,
  type IronCondorSetup,
  initialIronCondorTexts,
  validateIronCondor,
} from './iron-condor-model';

export interface IronCondorCalculatorProps
  extends IronCondorSetup,
    Omit<React.ComponentProps<'section'>, 'title' | 'children' | keyof IronCondorSetup> {
  /** URL namespace of this calculator's state, default "ic"; give each a different one when
   * two iron condor calculators share a page. */
  stateKey?: string;
  /** Heading level of the title, default 2. */
  headingLevel?: 2 | 3 | 4;
  /** Title shown above the calculator, default "Iron condor calculator". */
  title?: string;
}

const CREDIT_OPTIONS = [
  { value: 'model', label: 'Model credit' },
  { value: 'typed', label: 'My credit' },
] as const;

function breakevenText(result: IronCondorResult): string {
  return result.breakevens.length > 0
    ? result.breakevens.map((b) => formatLevel(b)).join(' and ')
    : 'None';
}

/**
 * Iron condor calculator: credit (typed, or the model's from volatility and days), max profit
 * and loss, break-evens, return on risk, probability of profit, the 1-SD expected-move band,
 * and a payoff chart at expiry with a T+n curve driven by a "days from now" slider.
 */
export function IronCondorCalculator({
  spot,
  longPut,
  shortPut,
  shortCall,
  longCall,
  credit,
  volatility,
  days,
  rate,
  contracts,
  stateKey = 'ic',
  headingLevel,
  title = 'Iron condor calculator',
  ...props
}: IronCondorCalculatorProps) {
  const initial = useMemo(
    () =>
      initialIronCondorTexts({
        spot,
        longPut,
        shortPut,
        shortCall,
        longCall,
        credit,
        volatility,
        days,
        rate,
        contracts,
      }),
    [spot, longPut, shortPut, shortCall, longCall, credit, volatility, days, rate, contracts],
  );
  const state = useCalculatorModel(stateKey, initial, validateIronCondor, computeIronCondor);
  const { values, fieldProps, setValues, inputs, errors, result, stale, computeError } = state;

  // Slider ranges stay fixed around the initial spot so the thumb does not jump while dragging.
  const spot0 = Number(initial.spot) || 6000;
  const step = strikeStep(spot0);
  const priceSlider = {
    min: roundTo(spot0 * 0.7, step),
    max: roundTo(spot0 * 1.3, step),
    step,
  };
  const validDays = inputs?.days ?? result?.inputs.days ?? 45;
  const creditMode = (values.creditMode === 'typed' ? 'typed' : 'model') as CreditMode;

  const onCreditMode = (mode: CreditMode) => {
    if (mode === 'typed' && values.credit.trim() === '' && result) {
      setValues({ creditMode: mode, credit: toFieldText(roundTo(result.theoreticalCredit, 0.05)) });
    } else {
      setValues({ creditMode: mode });
    }
  };

  const field = (
    key: keyof typeof errors & keyof typeof values,
    label: string,
    extra: Partial<React.ComponentProps<typeof NumberField>> = {},
  ) => <NumberField {...fieldProps(key)} label={label} {...extra} />;

  // Figures and chart depend on the result only: memoised, they skip re-rendering while
  // the reader types (React reuses an identical element).
  const output = useMemo(
    () => (
      <>
        {result ? <IronCondorFigures result={result} /> : null}
        {result ? (
          <PayoffChart
            label="Iron condor profit and loss by underlying price"
            xs={result.chart.xs}
            series={[
              { id: 'expiry', label: 'At expiry', values: result.chart.expiry, variant: 'pnl' },
              {
                id: 'before',
                label: result.chart.beforeExpiryLabel,
                values: result.chart.beforeExpiry,
                variant: 'line',
              },
            ]}
            markers={chartMarkers(result)}
            bands={[
              {
                lower: result.move.lower,
                upper: result.move.upper,
                label: '1-SD expected move',
              },
            ]}
            keyPoints={keyPoints(result)}
          />
        ) : null}
      </>
    ),
    [result],
  );

  return (
    <CalculatorShell
      title={title}
      description="Credit, risk, break-evens and probability for a four-strike iron condor."
      headingLevel={headingLevel}
      copyLink={state.copyLink}
      resetState={state.reset}
      copyStatus={state.copyStatus}
      {...props}
    >
      <FieldGrid legend="Market">
        {field('spot', 'Underlying price', { slider: priceSlider })}
        {field('volatility', 'Implied volatility', {
          unit: '%',
          slider: { min: 5, max: 80, step: 0.5 },
        })}
        {field('days', 'Days to expiration', {
          unit: 'days',
          slider: { min: 1, max: 365, step: 1 },
        })}
        <RateAndDriftFields
          rate={fieldProps('rate')}
          drift={values.drift}
          onDriftChange={(drift) => setValues({ drift })}
        />
      </FieldGrid>

      <FieldGrid legend="Strikes">
        {field('longPut', 'Long put (bought)', { slider: priceSlider })}
        {field('shortPut', 'Short put (sold)', { slider: priceSlider })}
        {field('shortCall', 'Short call (sold)', { slider: priceSlider })}
        {field('longCall', 'Long call (bought)', { slider: priceSlider })}
      </FieldGrid>

      <FieldGrid legend="Position">
        <SegmentedField
          legend="Credit received"
          value={creditMode}
          options={CREDIT_OPTIONS}
          onValueChange={onCreditMode}
          className="@sm:col-span-2"
        />
        {creditMode === 'typed'
          ? field('credit', 'Credit per share', {
              unit: '$',
              hint: result ? `Model credit: ${formatPremium(result.theoreticalCredit)}` : undefined,
            })
          : null}
        {field('contracts', 'Contracts', { hint: 'Each contract covers 100 shares.' })}
      </FieldGrid>

      <ComputeError message={computeError} />

      <Results stale={stale} empty={!result}>
        {output}
        {result
          ? field('elapsed', 'Days from now for the curve (T+n)', {
              unit: 'days',
              slider: { min: 0, max: validDays, step: 1 },
              hint: '0 is today; the last day is expiration.',
            })
          : null}
      </Results>

      <p className="m-0 text-xs text-muted">
        Model values use Black-Scholes-Merton with one volatility for every strike (no skew) and no
        dividends. Probability of profit is at expiration, under the lognormal model with the drift
        chosen above (risk-neutral by default). For education, not a forecast.
      </p>
    </CalculatorShell>
  );
}

function IronCondorFigures({ result }: { result: IronCondorResult }) {
  const { inputs } = result;
  const total = result.credit * 100 * inputs.contracts;
  const [lowerOutside, upperOutside] = result.breakevenOutside;
  const band = `${formatLevel(result.move.lower)}–${formatLevel(result.move.upper)}`;
  const side = (outside: boolean | undefined) => (outside ? 'outside' : 'inside');
  return (
    <StatGrid>
      <Stat
        label="Credit per share"
        value={formatPremium(result.credit)}
        note={`${formatMoney(total)} in total · ${
          result.creditSource === 'model'
            ? 'model value'
            : `typed (model ${formatPremium(result.theoreticalCredit)})`
        }`}
      />
      <Stat label="Max profit" value={formatMoney(result.maxProfit)} tone="profit" />
      <Stat label="Max loss" value={formatMoney(result.maxLoss)} tone="loss" />
      <Stat label="Return on risk" value={formatPercent(result.returnOnRisk)} />
      <Stat
        label="Probability of profit"
        value={formatPercent(result.probabilityOfProfit)}
        note={`At expiration · ${driftNote(parseDrift(inputs.drift), inputs.rate)}`}
      />
      <Stat label="Break-evens" value={breakevenText(result)} />
      <Stat
        label="Expected move (1 SD)"
        value={`±${formatLevel(result.move.move)}`}
        note={`${band} by expiration`}
      />
      <Stat
        label="Break-evens vs 1-SD band"
        value={
          lowerOutside && upperOutside
            ? 'Both outside'
            : !lowerOutside && !upperOutside
              ? 'Both inside'
              : lowerOutside
                ? 'Upper inside'
                : 'Lower inside'
        }
        note={`Lower ${side(lowerOutside)}, upper ${side(upperOutside)}`}
      />
    </StatGrid>
  );
}

function chartMarkers(result: IronCondorResult): ChartMarker[] {
  const { inputs } = result;
  return [
    { x: inputs.spot, label: 'Current price', kind: 'spot' },
    ...result.breakevens.map((b) => ({ x: b, label: 'Break-even', kind: 'breakeven' as const })),
    ...[inputs.longPut, inputs.shortPut, inputs.shortCall, inputs.longCall].map((k) => ({
      x: k,
      label: 'Strike',
      kind: 'strike' as const,
    })),
  ];
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
