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
import { SegmentedField } from '../fields/choice-field';
import { NumberField } from '../fields/number-field';
import { roundTo, strikeStep } from '../lib/fields';
import {
  formatLevel,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPremium,
  toFieldText,
} from '../lib/format';
import { useCalculatorModel } from '../lib/use-calculator-state';
import {
  computeOptionPricer,
  initialOptionPricerTexts,
  type OptionPricerResult,
  type OptionPricerSetup,
  type SolveFor,
  validateOptionPricer,
} from './option-pricer-model';

export interface OptionPricerProps
  extends OptionPricerSetup,
    Omit<React.ComponentProps<'section'>, 'title' | 'children' | keyof OptionPricerSetup> {
  /** URL namespace of this calculator's state, default "op". */
  stateKey?: string;
  /** Heading level of the title, default 2. */
  headingLevel?: 2 | 3 | 4;
  /** Title, default "Option pricer". */
  title?: string;
}

const TYPE_OPTIONS = [
  { value: 'call', label: 'Call' },
  { value: 'put', label: 'Put' },
] as const;

const SOLVE_OPTIONS = [
  { value: 'price', label: 'Price from volatility' },
  { value: 'volatility', label: 'Volatility from price' },
] as const;

/**
 * Option pricer: the Black-Scholes-Merton price of a European call or put from a volatility,
 * or its implied volatility from a price, with all Greeks in trader units (theta per calendar
 * day, vega per volatility point) and the option's P&L today and at expiration.
 */
export function OptionPricer({
  type,
  spot,
  strike,
  days,
  volatility,
  rate,
  dividendYield,
  stateKey = 'op',
  headingLevel,
  title = 'Option pricer',
  ...props
}: OptionPricerProps) {
  const initial = useMemo(
    () => initialOptionPricerTexts({ type, spot, strike, days, volatility, rate, dividendYield }),
    [type, spot, strike, days, volatility, rate, dividendYield],
  );
  const model = useCalculatorModel(stateKey, initial, validateOptionPricer, computeOptionPricer);
  const { values, fieldProps, setValues, result, stale } = model;
  const solve: SolveFor = values.solve === 'volatility' ? 'volatility' : 'price';
  const spot0 = Number(initial.spot) || 6000;
  const step = strikeStep(spot0);
  const priceSlider = { min: roundTo(spot0 * 0.7, step), max: roundTo(spot0 * 1.3, step), step };

  const onSolve = (next: SolveFor) => {
    if (next === solve) return;
    if (next === 'volatility' && result) {
      setValues({ solve: next, price: toFieldText(Number(result.greeks.price.toFixed(2))) });
    } else if (next === 'price' && result) {
      setValues({
        solve: next,
        volatility: toFieldText(Number((result.inputs.volatility * 100).toFixed(2))),
      });
    } else {
      setValues({ solve: next });
    }
  };

  // Figures and chart depend on the result only: memoised, they skip re-rendering while
  // the reader types (React reuses an identical element).
  const output = useMemo(
    () => (
      <>
        {result ? <PricerFigures result={result} /> : null}
        {result ? (
          <PayoffChart
            label={`Profit and loss of one bought ${result.inputs.type} by underlying price`}
            xs={result.chart.xs}
            series={[
              { id: 'expiry', label: 'At expiry', values: result.chart.expiry, variant: 'pnl' },
              { id: 'today', label: 'Today (T+0)', values: result.chart.today, variant: 'line' },
            ]}
            markers={[
              { x: result.inputs.spot, label: 'Current price', kind: 'spot' },
              { x: result.breakeven, label: 'Break-even', kind: 'breakeven' },
              { x: result.inputs.strike, label: 'Strike', kind: 'strike' },
            ]}
            bands={[
              {
                lower: result.chart.band.lower,
                upper: result.chart.band.upper,
                label: '1-SD expected move',
              },
            ]}
            keyPoints={[
              { label: 'Current price', x: result.inputs.spot },
              { label: 'Strike', x: result.inputs.strike },
              { label: 'Break-even at expiry', x: result.breakeven },
              { label: 'Lower 1-SD edge', x: result.chart.band.lower },
              { label: 'Upper 1-SD edge', x: result.chart.band.upper },
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
      description="Black-Scholes-Merton price or implied volatility of a European option, with its Greeks."
      headingLevel={headingLevel}
      copyLink={model.copyLink}
      resetState={model.reset}
      copyStatus={model.copyStatus}
      {...props}
    >
      <FieldGrid legend="Option">
        <SegmentedField
          legend="Type"
          value={values.type === 'put' ? 'put' : 'call'}
          options={TYPE_OPTIONS}
          onValueChange={(next) => setValues({ type: next })}
        />
        <SegmentedField
          legend="Solve for"
          value={solve}
          options={SOLVE_OPTIONS}
          onValueChange={onSolve}
          className="@sm:col-span-1 @2xl:col-span-3"
        />
        <NumberField {...fieldProps('spot')} label="Underlying price" slider={priceSlider} />
        <NumberField {...fieldProps('strike')} label="Strike" slider={priceSlider} />
        <NumberField
          {...fieldProps('days')}
          label="Days to expiration"
          unit="days"
          slider={{ min: 1, max: 730, step: 1 }}
        />
        {solve === 'price' ? (
          <NumberField
            {...fieldProps('volatility')}
            label="Volatility"
            unit="%"
            slider={{ min: 1, max: 100, step: 0.5 }}
          />
        ) : (
          <NumberField {...fieldProps('price')} label="Option price per share" unit="$" />
        )}
        <NumberField
          {...fieldProps('rate')}
          label="Risk-free rate"
          unit="%"
          slider={{ min: 0, max: 10, step: 0.05 }}
        />
        <NumberField
          {...fieldProps('dividendYield')}
          label="Dividend yield"
          unit="%"
          slider={{ min: 0, max: 10, step: 0.05 }}
        />
      </FieldGrid>

      <ComputeError message={model.computeError} />

      <Results stale={stale} empty={!result}>
        {output}
      </Results>

      <p className="m-0 text-xs text-muted">
        European exercise, continuous rate and dividend yield, time = calendar days ÷ 365. Theta and
        charm are per calendar day passing; vega, vanna and vomma per volatility point (1%); rho per
        percentage point of rate. For education, not a quote.
      </p>
    </CalculatorShell>
  );
}

function PricerFigures({ result }: { result: OptionPricerResult }) {
  const { greeks, inputs } = result;
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
    <>
      <StatGrid>
        {inputs.solve === 'volatility' ? (
          <Stat
            label="Implied volatility"
            value={formatPercent(inputs.volatility, { decimals: 2 })}
            note="Solved from the price"
          />
        ) : null}
        <Stat
          label="Price per share"
          value={formatPremium(greeks.price)}
          note={`${formatMoney(greeks.price * 100)} per contract (×100)`}
        />
        <Stat
          label="Intrinsic / time value"
          value={`${formatPremium(result.intrinsic)} / ${formatPremium(result.timeValue)}`}
        />
        <Stat label="Break-even at expiry" value={formatLevel(result.breakeven)} />
        <Stat label="Delta" value={formatNumber(greeks.delta, 3)} />
        <Stat
          label="Theta per day"
          value={formatNumber(greeks.thetaPerDay, 2)}
          note={`${formatMoney(greeks.thetaPerDay * 100)} per contract`}
        />
        <Stat
          label="Vega per vol point"
          value={formatNumber(greeks.vegaPerPoint, 2)}
          note={`${formatMoney(greeks.vegaPerPoint * 100)} per contract`}
        />
      </StatGrid>
      <table className="table w-full border-collapse text-sm tabular-nums">
        <caption className="sr-only">All Greeks, per share, in trader units</caption>
        <thead>
          <tr className="border-b border-border text-left text-muted">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Greek
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Per share
            </th>
            <th scope="col" className="py-1.5 font-medium">
              Meaning
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className="border-b border-border last:border-b-0">
              <th scope="row" className="py-1.5 pr-3 text-left font-medium text-fg">
                {row.name}
              </th>
              <td className="py-1.5 pr-3 text-fg">{row.value}</td>
              <td className="py-1.5 text-muted">{row.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
