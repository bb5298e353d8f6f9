'use client';

import { useMemo } from 'react';
import { NumberField } from '../fields/number-field';
import { formatNumber } from '../lib/format';
import { ComputeError, Results, Stat, StatGrid } from '../shell/results';
import { appendRow, removeRow, updateRow } from './cash-flow-list';
import { CashFlowRows } from './cash-flow-rows';
import type { TermCalculatorCommonProps } from './formula-calculator';
import { percentText } from './formula-text';
import {
  computeNpv,
  initialNpvState,
  type NpvResult,
  type NpvSetup,
  validateNpv,
} from './npv-model';
import { FormulaReadout, TermCalculatorFrame } from './term-calculator-frame';
import { useTermCalculator } from './use-term-calculator';

export interface NpvCalculatorProps
  extends NpvSetup,
    Omit<TermCalculatorCommonProps, keyof NpvSetup> {}

/**
 * NPV calculator: periodic cash flows (add or remove years) discounted at a rate, with each
 * flow's present value and the formula with the numbers substituted. Props are the initial
 * values; title defaults to "NPV calculator".
 */
export function NpvCalculator({
  rate,
  cashFlows,
  title = 'NPV calculator',
  headingLevel,
  ...props
}: NpvCalculatorProps) {
  const flowsKey = cashFlows?.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: cash flows are compared by value (flowsKey), not by array identity.
  const initial = useMemo(() => initialNpvState({ rate, cashFlows }), [rate, flowsKey]);
  const model = useTermCalculator(initial, validateNpv, computeNpv);
  const { state, setState, errors, result, stale } = model;

  return (
    <TermCalculatorFrame
      title={title}
      description="What a series of cash flows is worth today, discounted at a rate per year."
      headingLevel={headingLevel}
      resetState={model.reset}
      {...props}
    >
      <NumberField
        className="max-w-56"
        name="rate"
        label="Discount rate per year"
        unit="%"
        value={state.rate}
        onValueChange={(text) => setState((previous) => ({ ...previous, rate: text }))}
        error={errors.rate}
      />
      <CashFlowRows
        rows={state.flows.rows}
        nextId={state.flows.nextId}
        errors={errors.rows}
        onAmountChange={(id, amount) =>
          setState((previous) => ({
            ...previous,
            flows: updateRow(previous.flows, id, { amount }),
          }))
        }
        onAdd={() =>
          setState((previous) => ({
            ...previous,
            flows: appendRow(previous.flows, { amount: '0' }),
          }))
        }
        onRemove={(id) =>
          setState((previous) => ({ ...previous, flows: removeRow(previous.flows, id) }))
        }
      />
      <ComputeError message={model.computeError} />
      <Results stale={stale} empty={!result}>
        {result ? <NpvFigures result={result} /> : null}
      </Results>
      <p className="m-0 text-xs text-muted">
        Year 0 is today and is not discounted; each later flow arrives at the end of its year.
      </p>
    </TermCalculatorFrame>
  );
}

function NpvFigures({ result }: { result: NpvResult }) {
  const { npv, presentValues, inputs } = result;
  return (
    <>
      <StatGrid>
        <Stat
          label="Net present value"
          value={formatNumber(npv, 2, { plus: true })}
          tone={npv > 0 ? 'profit' : npv < 0 ? 'loss' : 'neutral'}
          note={
            npv > 0
              ? `The flows earn more than ${percentText(inputs.rate)} a year`
              : npv < 0
                ? `The flows earn less than ${percentText(inputs.rate)} a year`
                : `The flows earn exactly ${percentText(inputs.rate)} a year`
          }
        />
      </StatGrid>
      <FormulaReadout readout={result.readout} />
      <table className="w-full border-collapse text-sm tabular-nums">
        <caption className="sr-only">Present value of each cash flow</caption>
        <thead>
          <tr className="border-b border-border text-left text-muted">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Year
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              Cash flow
            </th>
            <th scope="col" className="py-1.5 text-right font-medium">
              Present value
            </th>
          </tr>
        </thead>
        <tbody>
          {inputs.cashFlows.map((flow, t) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the year number is the row's identity in this table.
            <tr key={t} className="border-b border-border">
              <th scope="row" className="py-1.5 pr-3 text-left font-medium text-fg">
                {t}
              </th>
              <td className="py-1.5 pr-3 text-right text-fg">{formatNumber(flow, 2)}</td>
              <td className="py-1.5 text-right text-fg">
                {formatNumber(presentValues[t] ?? Number.NaN, 2)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2} className="py-1.5 pr-3 text-left font-semibold text-fg">
              Net present value
            </th>
            <td className="py-1.5 text-right font-semibold text-fg">
              {formatNumber(npv, 2, { plus: true })}
            </td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
