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
import { RateAndDriftFields } from '../fields/rate-and-drift-fields';
import { roundTo, strikeStep } from '../lib/fields';
import { formatLevel, formatPercent } from '../lib/format';
import { driftNote, parseDrift } from '../lib/probability-convention';
import { useCalculatorModel } from '../lib/use-calculator-state';
import {
  computeExpectedMove,
  type ExpectedMoveResult,
  type ExpectedMoveSetup,
  initialExpectedMoveTexts,
  validateExpectedMove,
} from './expected-move-model';

export interface ExpectedMoveCalculatorProps
  extends ExpectedMoveSetup,
    Omit<React.ComponentProps<'section'>, 'title' | 'children' | keyof ExpectedMoveSetup> {
  /** URL namespace of this calculator's state, default "em". */
  stateKey?: string;
  /** Heading level of the title, default 2. */
  headingLevel?: 2 | 3 | 4;
  /** Title, default "Expected move calculator". */
  title?: string;
}

function range(lower: number, upper: number): string {
  return `${formatLevel(lower)} – ${formatLevel(upper)}`;
}

function percentTick(value: number): string {
  return formatPercent(value, { decimals: value !== 0 && Math.abs(value) < 0.01 ? 1 : 0 });
}

function percentReadout(value: number): string {
  return formatPercent(value, { decimals: 2 });
}

/**
 * Expected move calculator: the one- and two-standard-deviation ranges implied by a
 * volatility (S·σ·√T) for one day, one week and the days to expiration, and the model's
 * distribution of the price at expiration.
 */
export function ExpectedMoveCalculator({
  spot,
  volatility,
  days,
  rate,
  drift,
  stateKey = 'em',
  headingLevel,
  title = 'Expected move calculator',
  ...props
}: ExpectedMoveCalculatorProps) {
  const initial = useMemo(
    () => initialExpectedMoveTexts({ spot, volatility, days, rate, drift }),
    [spot, volatility, days, rate, drift],
  );
  const model = useCalculatorModel(stateKey, initial, validateExpectedMove, computeExpectedMove);
  const { fieldProps, values, setValues, result, stale } = model;
  const spot0 = Number(initial.spot) || 6000;
  const step = strikeStep(spot0);

  // Figures and chart depend on the result only: memoised, they skip re-rendering while
  // the reader types (React reuses an identical element).
  const output = useMemo(
    () => (
      <>
        {result ? <ExpectedMoveFigures result={result} /> : null}
        {result ? (
          <PayoffChart
            label="Model distribution of the price at expiration with the expected-move bands"
            xs={result.chart.xs}
            series={[
              {
                id: 'density',
                label: 'Chance of ending in a 1% bucket',
                values: result.chart.density,
                variant: 'area',
              },
            ]}
            markers={[{ x: result.inputs.spot, label: 'Current price', kind: 'spot' }]}
            bands={[
              {
                lower: result.rows[2]!.twoSd.lower,
                upper: result.rows[2]!.twoSd.upper,
                label: '2-SD range',
              },
              {
                lower: result.rows[2]!.oneSd.lower,
                upper: result.rows[2]!.oneSd.upper,
                label: '1-SD range',
              },
            ]}
            keyPoints={[
              { label: '2-SD low', x: result.rows[2]!.twoSd.lower },
              { label: '1-SD low', x: result.rows[2]!.oneSd.lower },
              { label: 'Current price', x: result.inputs.spot },
              { label: '1-SD high', x: result.rows[2]!.oneSd.upper },
              { label: '2-SD high', x: result.rows[2]!.twoSd.upper },
            ]}
            xLabel="Price at expiration"
            yLabel="Chance per 1% bucket"
            formatY={percentReadout}
            formatYTick={percentTick}
          />
        ) : null}
      </>
    ),
    [result],
  );

  return (
    <CalculatorShell
      title={title}
      description="How far the market's implied volatility says the price may travel."
      headingLevel={headingLevel}
      copyLink={model.copyLink}
      resetState={model.reset}
      copyStatus={model.copyStatus}
      {...props}
    >
      <FieldGrid legend="Market">
        <NumberField
          {...fieldProps('spot')}
          label="Underlying price"
          slider={{ min: roundTo(spot0 * 0.5, step), max: roundTo(spot0 * 1.5, step), step }}
        />
        <NumberField
          {...fieldProps('volatility')}
          label="Implied volatility"
          unit="%"
          slider={{ min: 5, max: 100, step: 0.5 }}
          hint="For the S&P 500, the VIX is the 30-day figure."
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
        Move = price × volatility × √(days ÷ 365), calendar days as in the VIX calculation. The
        chances and the chart are the lognormal model’s with the drift chosen above (risk-neutral by
        default); the height at a price is the chance of ending within ±0.5% of it. Real markets
        have fatter tails than this model. For education, not a forecast.
      </p>
    </CalculatorShell>
  );
}

function ExpectedMoveFigures({ result }: { result: ExpectedMoveResult }) {
  const expiry = result.rows[2]!;
  return (
    <>
      <StatGrid>
        <Stat
          label="1-SD move to expiration"
          value={`±${formatLevel(expiry.move)}`}
          note={`±${formatPercent(expiry.movePercent, { decimals: 2 })} of the price`}
        />
        <Stat label="1-SD range" value={range(expiry.oneSd.lower, expiry.oneSd.upper)} />
        <Stat label="2-SD range" value={range(expiry.twoSd.lower, expiry.twoSd.upper)} />
        <Stat
          label="Model chance inside 1 SD / 2 SD"
          value={`${formatPercent(expiry.insideOneSd)} / ${formatPercent(expiry.insideTwoSd)}`}
          note={`At expiration · ${driftNote(parseDrift(result.inputs.drift), result.inputs.rate)}`}
        />
      </StatGrid>
      <div>
        <table className="table w-full border-collapse text-sm tabular-nums">
          <caption className="sr-only">Expected move by horizon</caption>
          <thead>
            <tr className="border-b border-border text-left text-muted">
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Horizon
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                1-SD move
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                1-SD range (≈68%)
              </th>
              <th scope="col" className="py-1.5 font-medium">
                2-SD range (≈95%)
              </th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
      <p className="m-0 text-sm text-muted">
        By the trading-day convention (the “rule of 16”, volatility ÷ √252), one day’s 1-SD move is
        ±{formatLevel(result.tradingDayMove)}.
      </p>
    </>
  );
}
