'use client';

import { useMemo } from 'react';
import { NumberField } from '../fields/number-field';
import { formatNumber, formatPercent } from '../lib/format';
import { ComputeError, Results, Stat, StatGrid } from '../shell/results';
import { appendRow, removeRow, updateRow } from './cash-flow-list';
import { CashFlowRows } from './cash-flow-rows';
import type { TermCalculatorCommonProps } from './formula-calculator';
import { percentText } from './formula-text';
import {
  computeIrr,
  type IrrResult,
  type IrrSetup,
  initialIrrState,
  validateIrr,
} from './irr-model';
import { FormulaReadout, TermCalculatorFrame } from './term-calculator-frame';
import { useTermCalculator } from './use-term-calculator';

export interface IrrCalculatorProps
  extends IrrSetup,
    Omit<TermCalculatorCommonProps, keyof IrrSetup> {}

/**
 * IRR calculator: the rate at which periodic cash flows (add or remove years) have a zero NPV,
 * compared with a hurdle rate through the NPV at that rate. Props are the initial values;
 * title defaults to "IRR calculator".
 */
export function IrrCalculator({
  cashFlows,
  hurdleRate,
  title = 'IRR calculator',
  headingLevel,
  ...props
}: IrrCalculatorProps) {
  const flowsKey = cashFlows?.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: cash flows are compared by value (flowsKey), not by array identity.
  const initial = useMemo(() => initialIrrState({ cashFlows, hurdleRate }), [hurdleRate, flowsKey]);
  const model = useTermCalculator(initial, validateIrr, computeIrr);
  const { state, setState, errors, result, stale } = model;

  return (
    <TermCalculatorFrame
      title={title}
      description="The yearly rate at which the cash flows' net present value is zero."
      headingLevel={headingLevel}
      resetState={model.reset}
      {...props}
    >
      <CashFlowRows
        rows={state.flows.rows}
        nextId={state.flows.nextId}
        errors={errors.rows}
        listError={errors.list}
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
      <NumberField
        className="max-w-56"
        name="hurdleRate"
        label="Hurdle rate (cost of capital)"
        unit="%"
        value={state.hurdle}
        onValueChange={(text) => setState((previous) => ({ ...previous, hurdle: text }))}
        error={errors.hurdle}
      />
      <ComputeError message={model.computeError} />
      <Results stale={stale} empty={!result}>
        {result ? <IrrFigures result={result} /> : null}
      </Results>
      <p className="m-0 text-xs text-muted">
        Year 0 is today; each later flow arrives at the end of its year. The IRR is found
        numerically; it is a rate, not an amount, so compare projects of different size by NPV.
      </p>
    </TermCalculatorFrame>
  );
}

function IrrFigures({ result }: { result: IrrResult }) {
  const hurdle = percentText(result.inputs.hurdleRate);
  const { npvAtHurdle } = result;
  return (
    <>
      <StatGrid>
        <Stat
          label="Internal rate of return"
          value={formatPercent(result.irr, { decimals: 2 })}
          note={
            result.clearsHurdle ? `Above the ${hurdle} hurdle` : `Not above the ${hurdle} hurdle`
          }
        />
        <Stat
          label={`NPV at ${hurdle}`}
          value={formatNumber(npvAtHurdle, 2, { plus: true })}
          tone={npvAtHurdle > 0 ? 'profit' : npvAtHurdle < 0 ? 'loss' : 'neutral'}
        />
      </StatGrid>
      {result.multipleSignChanges ? (
        <p className="m-0 rounded-md border border-[var(--color-warning-border)] bg-[var(--color-warning-bg)] px-3 py-2 text-sm text-fg">
          The cash flows change sign more than once, so more than one rate can make the NPV zero.
          This is one of them; judge the project by its NPV at the hurdle rate.
        </p>
      ) : null}
      <FormulaReadout readout={result.readout} />
    </>
  );
}
