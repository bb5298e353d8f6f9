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
import { SegmentedField, SelectField } from '../fields/choice-field';
import { NumberField } from '../fields/number-field';
import { RateAndDriftFields } from '../fields/rate-and-drift-fields';
import { roundTo, strikeStep } from '../lib/fields';
import { formatLevel, formatMoney, formatNumber, formatPercent, MINUS } from '../lib/format';
import { driftNote, parseDrift } from '../lib/probability-convention';
import { useCalculatorModel } from '../lib/use-calculator-state';
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

export interface BreakEvenCalculatorProps
  extends BreakEvenSetup,
    Omit<React.ComponentProps<'section'>, 'title' | 'children' | keyof BreakEvenSetup> {
  /** URL namespace of this calculator's state, default "be". */
  stateKey?: string;
  /** Heading level of the title, default 2. */
  headingLevel?: 2 | 3 | 4;
  /** Title, default "Break-even calculator". */
  title?: string;
}

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

/**
 * Break-even calculator: the break-even price(s) of a call, a put, a vertical spread or an iron
 * condor at expiration, each as a distance from the current price in points, percent and
 * standard deviations, with the payoff chart.
 */
export function BreakEvenCalculator({
  strategy,
  strikes,
  premium,
  side,
  spot,
  volatility,
  days,
  rate,
  drift,
  stateKey = 'be',
  headingLevel,
  title = 'Break-even calculator',
  ...props
}: BreakEvenCalculatorProps) {
  const strikesKey = strikes?.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: strikes are compared by value (strikesKey), not by array identity.
  const initial = useMemo(
    () =>
      initialBreakEvenTexts({
        strategy,
        strikes,
        premium,
        side,
        spot,
        volatility,
        days,
        rate,
        drift,
      }),
    [strategy, strikesKey, premium, side, spot, volatility, days, rate, drift],
  );
  const model = useCalculatorModel(stateKey, initial, validateBreakEven, computeBreakEven);
  const { values, fieldProps, setValues, result, stale } = model;
  const current: BreakEvenStrategy = isStrategy(values.strategy) ? values.strategy : 'iron-condor';
  const currentSide: Side = values.side === 'credit' ? 'credit' : 'debit';
  const labels = strikeLabels(current, currentSide);
  const spot0 = Number(initial.spot) || 6000;
  const step = strikeStep(spot0);
  const priceSlider = { min: roundTo(spot0 * 0.7, step), max: roundTo(spot0 * 1.3, step), step };

  // Figures and chart depend on the result only: memoised, they skip re-rendering while
  // the reader types (React reuses an identical element).
  const output = useMemo(
    () => (
      <>
        {result ? <BreakEvenFigures result={result} /> : null}
        {result ? (
          <PayoffChart
            label="Profit and loss at expiration by underlying price, one contract"
            xs={result.chart.xs}
            series={[
              { id: 'expiry', label: 'At expiry', values: result.chart.expiry, variant: 'pnl' },
            ]}
            markers={[
              { x: result.inputs.spot, label: 'Current price', kind: 'spot' },
              ...result.breakevens.map((b) => ({
                x: b.price,
                label: 'Break-even',
                kind: 'breakeven' as const,
              })),
              ...result.inputs.strikes.map((k) => ({
                x: k,
                label: 'Strike',
                kind: 'strike' as const,
              })),
            ]}
            bands={[
              { lower: result.move.lower, upper: result.move.upper, label: '1-SD expected move' },
            ]}
            keyPoints={[
              { label: 'Current price', x: result.inputs.spot },
              ...result.breakevens.map((b, i) => ({
                label: result.breakevens.length > 1 ? `Break-even ${i + 1}` : 'Break-even',
                x: b.price,
              })),
              ...result.inputs.strikes.map((k, i) => ({
                label: strikeLabels(result.inputs.strategy, result.inputs.side)[i] ?? 'Strike',
                x: k,
              })),
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
      description="Where a position stops losing money at expiration, and how far that is from here."
      headingLevel={headingLevel}
      copyLink={model.copyLink}
      resetState={model.reset}
      copyStatus={model.copyStatus}
      {...props}
    >
      <FieldGrid legend="Position">
        <SelectField
          label="Strategy"
          name="strategy"
          value={current}
          options={STRATEGY_OPTIONS}
          onValueChange={(next) => setValues(switchStrategy(values, next))}
        />
        <SegmentedField
          legend="Premium is"
          value={currentSide}
          options={SIDE_OPTIONS}
          onValueChange={(next) => setValues({ side: next })}
          className="@sm:col-span-2"
        />
        {KEYS.slice(0, strikeCount(current)).map((key, i) => (
          <NumberField
            key={key}
            {...fieldProps(key)}
            label={labels[i] ?? 'Strike'}
            slider={priceSlider}
          />
        ))}
        <NumberField
          {...fieldProps('premium')}
          label={currentSide === 'debit' ? 'Premium paid per share' : 'Premium received per share'}
          unit="$"
        />
      </FieldGrid>

      <FieldGrid legend="Market">
        <NumberField {...fieldProps('spot')} label="Underlying price" slider={priceSlider} />
        <NumberField
          {...fieldProps('volatility')}
          label="Implied volatility"
          unit="%"
          slider={{ min: 5, max: 80, step: 0.5 }}
        />
        <NumberField
          {...fieldProps('days')}
          label="Days to expiration"
          unit="days"
          slider={{ min: 1, max: 365, step: 1 }}
        />
        <RateAndDriftFields
          rate={fieldProps('rate')}
          drift={values.drift}
          onDriftChange={(drift) => setValues({ drift })}
        />
      </FieldGrid>

      <ComputeError message={model.computeError} />

      <Results stale={stale} empty={!result}>
        {output}
      </Results>

      <p className="m-0 text-xs text-muted">
        Break-evens are at expiration and include the premium, not commissions. Standard deviations
        use price × volatility × √(days ÷ 365); the chances are the lognormal model’s, with the
        drift chosen above (risk-neutral by default). For education, not a forecast.
      </p>
    </CalculatorShell>
  );
}

function BreakEvenFigures({ result }: { result: BreakEvenResult }) {
  const assumption = driftNote(parseDrift(result.inputs.drift), result.inputs.rate);
  return (
    <>
      <StatGrid>
        {result.breakevens.map((b, i) => (
          <Stat
            key={b.price}
            label={result.breakevens.length > 1 ? `Break-even ${i + 1}` : 'Break-even'}
            value={formatLevel(b.price)}
            note={`${signedPoints(b.points)} points · ${formatNumber(b.sd, 2, { plus: true })} SD`}
          />
        ))}
        {result.breakevens.length === 0 ? <Stat label="Break-even" value="None" /> : null}
        <Stat label="Max profit per contract" value={formatMoney(result.maxProfit)} tone="profit" />
        <Stat label="Max loss per contract" value={formatMoney(result.maxLoss)} tone="loss" />
        <Stat
          label="Probability of profit"
          value={formatPercent(result.probabilityOfProfit)}
          note={`At expiration · ${assumption}`}
        />
      </StatGrid>
      {result.breakevens.length > 0 ? (
        <table className="table w-full border-collapse text-sm tabular-nums">
          <caption className="caption-bottom pt-1.5 text-left text-xs text-muted">
            <span className="sr-only">Distance of each break-even from the current price. </span>
            Chance beyond: {assumption}.
          </caption>
          <thead>
            <tr className="border-b border-border text-left text-muted">
              <th scope="col" className="py-1.5 pr-2 font-medium">
                Break-even
              </th>
              <th scope="col" className="py-1.5 pr-2 font-medium">
                Points
              </th>
              <th scope="col" className="py-1.5 pr-2 font-medium">
                Percent
              </th>
              <th scope="col" className="py-1.5 pr-2 font-medium">
                Std. dev.
              </th>
              <th scope="col" className="py-1.5 font-medium">
                Chance beyond
              </th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      ) : null}
    </>
  );
}
