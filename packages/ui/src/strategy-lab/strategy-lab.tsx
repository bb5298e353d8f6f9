'use client';

import { priceMarkers } from '../chart/price-markers';
import { Button } from '../fields/button';
import { SelectField } from '../fields/choice-field';
import {
  formatLevel,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPremium,
} from '../lib/format';
import { driftNote, parseDrift } from '../lib/probability-convention';
import { useCalculatorModel } from '../lib/use-calculator-state';
import { useSetup } from '../lib/use-setup';
import { Calculator } from '../shell/calculator';
import type { CalculatorEmbedProps, FieldGroupDecl, ResultView } from '../shell/calculator-spec';
import {
  DAYS_FIELD,
  DRIFT_FIELD,
  priceSlider,
  RATE_FIELD,
  VOLATILITY_FIELD,
} from '../shell/common-fields';
import { PnlTable } from './pnl-table';
import {
  applyTemplate,
  computeLab,
  initialLabTexts,
  type LabResult,
  type LabSetup,
  type LabTexts,
  legCount,
  legKey,
  legsToTexts,
  MAX_LEGS,
  UNDERLYINGS,
  validateLab,
} from './strategy-lab-model';
import { isTemplate, type LabLeg, TEMPLATE_OPTIONS } from './strategy-templates';

/** Defaults: state under "sl." in the URL, titled "Strategy lab". */
export type StrategyLabProps = CalculatorEmbedProps<LabSetup>;

const SETUP_KEYS = [
  'underlying',
  'spot',
  'volatility',
  'skew',
  'rate',
  'dividendYield',
  'drift',
  'template',
  'days',
  'legs',
] as const satisfies readonly (keyof LabSetup)[];

const TYPE_OPTIONS = [
  { value: 'call', label: 'Call' },
  { value: 'put', label: 'Put' },
  { value: 'stock', label: 'Stock' },
] as const;
const SIDE_OPTIONS = [
  { value: 'buy', label: 'Buy' },
  { value: 'sell', label: 'Sell' },
] as const;
const UNDERLYING_OPTIONS = (Object.keys(UNDERLYINGS) as (keyof typeof UNDERLYINGS)[]).map((u) => ({
  value: u,
  label: u,
}));

function netLabel(net: number): string {
  return net >= 0 ? 'Net credit' : 'Net debit';
}

function breakevenList(values: readonly number[]): string {
  return values.length > 0 ? values.map((b) => formatLevel(b)).join(' / ') : 'None';
}

const VIEW: ResultView<LabResult> = {
  headline: (r) => [
    { label: netLabel(r.netPremium), value: formatMoney(Math.abs(r.netPremium)) },
    { label: 'Max profit', value: formatMoney(r.analysis.maxProfit), tone: 'profit' },
    { label: 'Max loss', value: formatMoney(r.analysis.maxLoss), tone: 'loss' },
  ],
  figures: (r) => {
    const assumption = driftNote(parseDrift(r.inputs.drift), r.inputs.rate);
    const at = `At the first expiration (day ${r.firstDays})`;
    return [
      {
        label: netLabel(r.netPremium),
        value: formatMoney(Math.abs(r.netPremium)),
        note: 'Option premiums at the model’s values today',
      },
      { label: 'Max profit', value: formatMoney(r.analysis.maxProfit), tone: 'profit', note: at },
      { label: 'Max loss', value: formatMoney(r.analysis.maxLoss), tone: 'loss', note: at },
      { label: 'Break-evens', value: breakevenList(r.analysis.breakevens), note: at },
      {
        label: 'Probability of profit',
        value: formatPercent(r.analysis.probabilityOfProfit),
        note: `${at} · ${assumption}`,
      },
      {
        label: 'Delta',
        value: formatMoney(r.greeks.delta, { plus: true }),
        note: 'Dollars per 1-point rise of the underlying',
      },
      {
        label: 'Gamma',
        value: formatNumber(r.greeks.gamma, 2, { plus: true }),
        note: 'Change of dollar delta per point',
      },
      {
        label: 'Theta',
        value: formatMoney(r.greeks.theta, { plus: true }),
        note: 'Dollars per calendar day',
      },
      {
        label: 'Vega',
        value: formatMoney(r.greeks.vega, { plus: true }),
        note: 'Dollars per volatility point',
      },
    ];
  },
  chart: (r) => ({
    label: 'Position profit and loss by underlying price',
    xs: r.chart.xs,
    series: [
      {
        id: 'expiry',
        label: `At the first expiration (day ${r.firstDays})`,
        values: r.chart.expiry,
        variant: 'pnl',
      },
      {
        id: 'before',
        label:
          r.chart.beforeExpiryDay === 0
            ? 'Today (T+0)'
            : `Day ${r.chart.beforeExpiryDay} (T+${r.chart.beforeExpiryDay})`,
        values: r.chart.beforeExpiry,
        variant: 'line',
      },
    ],
    markers: priceMarkers({
      spot: r.inputs.spot,
      breakevens: r.analysis.breakevens,
      strikes: r.inputs.legs.filter((l) => l.type !== 'stock').map((l) => l.strike),
    }),
    keyPoints: [
      { label: 'Current price', x: r.inputs.spot },
      ...r.analysis.breakevens.map((b, i) => ({ label: `Break-even ${i + 1}`, x: b })),
    ].sort((a, b) => a.x - b.x),
  }),
  details: (r) => (
    <>
      <PnlTable table={r.table} />
      <LegPremiums result={r} />
    </>
  ),
};

/** Each leg's model premium, so the net figure can be traced. */
function LegPremiums({ result }: { result: LabResult }) {
  const { legs, underlying } = result.inputs;
  return (
    <div className="text-sm text-muted">
      <p className="m-0">{UNDERLYINGS[underlying].terms}</p>
      <ul className="m-0 mt-1 pl-5">
        {legs.map((l, i) => (
          <li key={legKey(i, 'type')}>
            Leg {i + 1}: {legText(l)}
            {l.type === 'stock' ? '' : ` · model premium ${formatPremium(result.premiums[i] ?? 0)}`}
          </li>
        ))}
      </ul>
    </div>
  );
}

function legText(l: LabLeg): string {
  const verb = l.side === 'buy' ? 'buy' : 'sell';
  if (l.type === 'stock') return `${verb} ${formatNumber(l.quantity, 0)} shares`;
  return `${verb} ${l.quantity} ${formatLevel(l.strike)} ${l.type}${l.quantity > 1 ? 's' : ''}, ${l.days} days`;
}

/**
 * Strategy lab: any position of up to eight legs (calls, puts, stock; different expirations),
 * its net premium, maximum profit and loss, break-evens and probability of profit at the first
 * expiration, dollar Greeks, a P&L table over prices and dates and the payoff chart with a T+n
 * curve. Props are the initial position (a template or legs).
 */
export function StrategyLab({
  stateKey = 'sl',
  headingLevel,
  title = 'Strategy lab',
  ...props
}: StrategyLabProps) {
  const { initial, rest } = useSetup(props, SETUP_KEYS, initialLabTexts);
  const model = useCalculatorModel(stateKey, initial, validateLab, computeLab);
  const { values, setValues, result } = model;
  const count = legCount(values);
  const price = priceSlider(initial.spot ?? '6000');
  const firstDays = result?.firstDays ?? 45;

  const removeLeg = (i: number) => {
    const legs = Array.from({ length: count }, (_, k) => k).filter((k) => k !== i);
    const patch: LabTexts = { n: String(count - 1) };
    legs.forEach((from, to) => {
      for (const f of ['type', 'side', 'qty', 'strike', 'days', 'iv'] as const) {
        patch[legKey(to, f)] = values[legKey(from, f)] ?? '';
      }
    });
    setValues(patch);
  };
  const addLeg = () => {
    const last = count - 1;
    const spot = values.spot ?? '6000';
    const fresh = legsToTexts([], Number(spot) || 6000);
    setValues({
      n: String(count + 1),
      [legKey(count, 'type')]: 'call',
      [legKey(count, 'side')]: 'buy',
      [legKey(count, 'qty')]: '1',
      [legKey(count, 'strike')]: values[legKey(last, 'strike')] ?? fresh[legKey(count, 'strike')]!,
      [legKey(count, 'days')]: values[legKey(last, 'days')] ?? '45',
      [legKey(count, 'iv')]: '',
    });
  };

  const legGroups: FieldGroupDecl<string>[] = Array.from({ length: count }, (_, i) => {
    const stock = values[legKey(i, 'type')] === 'stock';
    const prefix = `Leg ${i + 1}: `;
    return {
      legend: `Leg ${i + 1}`,
      fields: [
        { kind: 'select', key: legKey(i, 'type'), label: 'Type', options: TYPE_OPTIONS },
        { kind: 'segmented', key: legKey(i, 'side'), label: 'Side', options: SIDE_OPTIONS },
        {
          key: legKey(i, 'qty'),
          label: stock ? 'Shares' : 'Contracts',
          srPrefix: prefix,
        },
        !stock && { key: legKey(i, 'strike'), label: 'Strike', slider: price, srPrefix: prefix },
        !stock && {
          key: legKey(i, 'days'),
          label: 'Days to expiration',
          unit: 'days',
          slider: DAYS_FIELD.slider,
          srPrefix: prefix,
        },
        !stock && {
          key: legKey(i, 'iv'),
          label: 'Own volatility',
          unit: '%',
          hint: 'Empty: the market volatility with the skew.',
          srPrefix: prefix,
        },
        count > 1 && {
          kind: 'custom',
          id: `remove-${i}`,
          node: (
            <Button type="button" onClick={() => removeLeg(i)}>
              Remove leg {i + 1}
            </Button>
          ),
        },
      ],
    };
  });

  return (
    <Calculator
      model={model}
      title={title}
      description="Build any position from up to eight legs and see its P&L over prices and dates."
      headingLevel={headingLevel}
      groups={[
        {
          legend: 'Position',
          fields: [
            {
              kind: 'custom',
              id: 'template',
              wide: true,
              node: (
                <SelectField
                  label="Start from a template"
                  value="custom"
                  options={[{ value: 'custom', label: 'Choose…' }, ...TEMPLATE_OPTIONS]}
                  onValueChange={(next) => {
                    if (isTemplate(next)) setValues(applyTemplate(values, next));
                  }}
                />
              ),
            },
            {
              kind: 'segmented',
              key: 'underlying',
              label: 'Underlying',
              options: UNDERLYING_OPTIONS,
              wide: true,
            },
          ],
        },
        ...legGroups,
        {
          legend: 'Legs',
          fields: [
            count < MAX_LEGS && {
              kind: 'custom',
              id: 'add-leg',
              node: (
                <Button type="button" onClick={addLeg}>
                  Add a leg
                </Button>
              ),
            },
          ],
        },
        {
          legend: 'Market',
          fields: [
            { key: 'spot', label: 'Underlying price', slider: price },
            {
              key: 'volatility',
              label: 'Implied volatility (at the money)',
              unit: '%',
              slider: VOLATILITY_FIELD.slider,
            },
            {
              key: 'skew',
              label: 'Skew',
              unit: 'points',
              hint: 'Volatility points added 10 % below the price (and taken off 10 % above).',
            },
            { key: 'dividendYield', label: 'Dividend yield', unit: '%' },
            RATE_FIELD,
            DRIFT_FIELD,
          ],
        },
      ]}
      chartFields={[
        {
          key: 'elapsed',
          label: 'Days from now for the curve (T+n)',
          unit: 'days',
          slider: { min: 0, max: Math.max(firstDays, 1), step: 1 },
          hint: '0 is today; the last day is the first expiration.',
        },
      ]}
      view={VIEW}
      footnote={
        <p>
          Black-Scholes-Merton with the volatility of each leg (the market’s with a linear skew in
          log-moneyness unless a leg has its own), held fixed as prices and dates move; legs that
          expire after the first expiration are valued by the model there. SPY options are American
          and approximated by the European value floored at the exercise value. The probability of
          profit is the lognormal model’s with the drift chosen above. For education, not a
          forecast.
        </p>
      }
      {...rest}
    />
  );
}
