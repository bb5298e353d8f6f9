'use client';

import { useMemo } from 'react';
import { formatPercent } from '../lib/format';
import { ComputeError, Results, Stat, StatGrid } from '../shell/results';
import { appendRow, removeRow, updateRow } from './cash-flow-list';
import { DatedFlowRows } from './cash-flow-rows';
import type { TermCalculatorCommonProps } from './formula-calculator';
import { FormulaReadout, TermCalculatorFrame } from './term-calculator-frame';
import { useTermCalculator } from './use-term-calculator';
import {
  computeXirr,
  dayNumber,
  initialXirrState,
  validateXirr,
  type XirrSetup,
} from './xirr-model';

export interface XirrCalculatorProps
  extends XirrSetup,
    Omit<TermCalculatorCommonProps, keyof XirrSetup> {}

function daysNote(days: number): string {
  if (days === 0) return 'Same day as the first flow';
  return `${days.toLocaleString('en-US')} ${days === 1 ? 'day' : 'days'} after the first flow`;
}

/**
 * XIRR calculator: the annual rate that sets the present value of cash flows on actual dates
 * to zero (the money-weighted return of an account). Props are the initial values; title
 * defaults to "XIRR calculator".
 */
export function XirrCalculator({
  flows,
  title = 'XIRR calculator',
  headingLevel,
  ...props
}: XirrCalculatorProps) {
  const flowsKey = flows?.map((flow) => `${flow.date}:${flow.amount}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: flows are compared by value (flowsKey), not by array identity.
  const initial = useMemo(() => initialXirrState({ flows }), [flowsKey]);
  const model = useTermCalculator(initial, validateXirr, computeXirr);
  const { state, setState, errors, result, stale } = model;
  const firstDay = dayNumber(state.flows.rows[0]?.date ?? '');

  return (
    <TermCalculatorFrame
      title={title}
      description="The yearly return of cash flows on actual dates, each discounted by its exact age."
      headingLevel={headingLevel}
      resetState={model.reset}
      {...props}
    >
      <DatedFlowRows
        rows={state.flows.rows}
        nextId={state.flows.nextId}
        amountErrors={errors.rows}
        dateErrors={errors.dates}
        listError={errors.list}
        onChange={(id, patch) =>
          setState((previous) => ({ ...previous, flows: updateRow(previous.flows, id, patch) }))
        }
        onAdd={() =>
          setState((previous) => {
            const last = previous.flows.rows[previous.flows.rows.length - 1];
            return {
              ...previous,
              flows: appendRow(previous.flows, { date: last?.date ?? '', amount: '0' }),
            };
          })
        }
        onRemove={(id) =>
          setState((previous) => ({ ...previous, flows: removeRow(previous.flows, id) }))
        }
        dateNote={(row, index) => {
          if (index === 0 || firstDay === null) return undefined;
          const day = dayNumber(row.date);
          return day === null || day < firstDay ? undefined : daysNote(day - firstDay);
        }}
      />
      <ComputeError message={model.computeError} />
      <Results stale={stale} empty={!result}>
        {result ? (
          <>
            <StatGrid>
              <Stat
                label="XIRR (per year)"
                value={formatPercent(result.xirr, { decimals: 2 })}
                note="Money-weighted, compounded yearly"
              />
            </StatGrid>
            <FormulaReadout readout={result.readout} />
          </>
        ) : null}
      </Results>
      <p className="m-0 text-xs text-muted">
        Ages are counted in calendar days from the first flow and divided by 365. Annualising a
        short trade assumes it could be repeated all year without a loss.
      </p>
    </TermCalculatorFrame>
  );
}
